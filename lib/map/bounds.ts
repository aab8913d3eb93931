import type { LonLat } from "./arcs";

/** [[west, south], [east, north]] in degrees, the order MapLibre's fitBounds takes. */
export type Bounds = [LonLat, LonLat];

/** The smallest box holding every point; undefined for no points. Does not cross the antimeridian. */
export function boundsOf(points: readonly LonLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  let [w, s] = points[0]!;
  let [e, n] = points[0]!;
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** Grows a box by a fraction of its size on each side, so markers and labels are not at the edge. */
export function padBounds([[w, s], [e, n]]: Bounds, fraction: number): Bounds {
  const dx = (e - w) * fraction;
  const dy = (n - s) * fraction;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
}
