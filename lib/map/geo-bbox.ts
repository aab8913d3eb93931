import { geoBounds, type GeoProjection } from "d3-geo";
import type { Feature } from "geojson";

/** [west, south, east, north] in degrees; west > east when the box crosses the antimeridian (GeoJSON RFC 7946, 5.2). */
export type GeoBox = [number, number, number, number];

/** A feature with its GeoJSON bbox (d3's geoBounds: across the antimeridian where that is smaller). */
export function withBbox<F extends Feature>(f: F): F {
  const [[w, s], [e, n]] = geoBounds(f);
  return { ...f, bbox: [w, s, e, n] };
}

/** A box's longitudes as ranges within -180..180: two when it crosses the antimeridian. */
const lonRanges = (w: number, e: number): [number, number][] =>
  w <= e
    ? [[w, e]]
    : [
        [w, 180],
        [-180, e],
      ];

/** Whether two boxes meet (touching counts); either may cross the antimeridian. Example: geoBoxesMeet([170, 0, -170, 10], [-175, 5, -160, 6]) === true */
export function geoBoxesMeet([aw, as, ae, an]: GeoBox, [bw, bs, be, bn]: GeoBox): boolean {
  if (an < bs || as > bn) return false;
  return lonRanges(aw, ae).some(([w1, e1]) => lonRanges(bw, be).some(([w2, e2]) => w1 <= e2 && e1 >= w2));
}

/** Whether a feature may show in the visible box: true when it meets it or carries no usable bbox. */
export function isFeatureVisible(f: Feature, visible: GeoBox): boolean {
  const b = f.bbox;
  return !b || b.length !== 4 || geoBoxesMeet(b as GeoBox, visible);
}

/**
 * The box of the world a Mercator projection shows between two canvas corners (top left, bottom
 * right, in projected units): the whole world's longitudes when the canvas is a world wide or
 * more, else west > east when it straddles the antimeridian (d3's invert wraps longitudes).
 */
export function visibleGeoBox(projection: GeoProjection, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): GeoBox {
  const [w, n] = projection.invert?.([x0, y0]) ?? [-180, 85];
  const [e, s] = projection.invert?.([x1, y1]) ?? [180, -85];
  // Mercator's x is linear in longitude: the scale is projected units per radian.
  const isWholeWorld = (x1 - x0) / projection.scale() >= 2 * Math.PI;
  return isWholeWorld ? [-180, s, 180, n] : [w, s, e, n];
}
