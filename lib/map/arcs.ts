import { geoInterpolate } from "d3-geo";

/** [longitude, latitude] in degrees, GeoJSON order. */
export type LonLat = [number, number];

/**
 * Points along the great circle from `from` to `to`, both ends included: steps + 1 points.
 * 64 steps match turf's great-circle closely at continental scale.
 */
export function greatCircle(from: LonLat, to: LonLat, steps = 64): LonLat[] {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`steps must be a positive integer, got ${steps}`);
  const interpolate = geoInterpolate(from, to);
  return Array.from({ length: steps + 1 }, (_, i) => {
    const [lon, lat] = interpolate(i / steps);
    return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
  });
}
