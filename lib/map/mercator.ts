import type { LonLat } from "./arcs";
import type { Bounds } from "./bounds";

/**
 * Web Mercator as MapLibre uses it: the world is a square of 512 * 2^zoom CSS pixels (512 px
 * tiles), x from the antimeridian eastwards, y from the north edge (85.05° N) southwards.
 * World units here are fractions of that square, [0, 1] on both axes.
 */
export const TILE_SIZE_PX = 512;
const MAX_LAT_DEG = 85.051129;

/** A point in world units: [x, y], each in [0, 1]. */
export type WorldXy = [number, number];

/** toWorld([-99.13, 19.43]) -> [0.2246, 0.4444]. */
export function toWorld([lon, lat]: LonLat): WorldXy {
  const phi = (Math.max(-MAX_LAT_DEG, Math.min(MAX_LAT_DEG, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** The inverse of toWorld. */
export function fromWorld([x, y]: WorldXy): LonLat {
  const lat = (Math.atan(Math.sinh((0.5 - y) * 2 * Math.PI)) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/** Side of the world square in CSS pixels at a zoom level. */
export const worldSizePx = (zoom: number) => TILE_SIZE_PX * 2 ** zoom;

/** The zoom at which the world square is `sizePx` wide. */
export const zoomForWorldSize = (sizePx: number) => Math.log2(sizePx / TILE_SIZE_PX);

/** A box in world units: x0 < x1 west to east, y0 < y1 north to south. */
export interface WorldRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The world rectangle of [[west, south], [east, north]] (not across the antimeridian). */
export function worldRectOf([[w, s], [e, n]]: Bounds): WorldRect {
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  return { x0, y0, x1, y1 };
}
