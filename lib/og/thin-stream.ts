import type { GeoStream } from "d3-geo";

type Xy = [number, number];

/**
 * A d3-geo stream filter for projected (pixel) coordinates: drops each point closer than
 * `minStepPx` to the last kept one, so a 1:50m coastline drawn 600 px wide does not carry
 * thousands of sub-pixel segments into the SVG. A line keeps its last point; a polygon ring
 * thinned below 3 points (an island smaller than a pixel or so) is dropped whole.
 *
 * Wrap it after the projection: `geoPath({ stream: (out) => projection.stream(thinStream(out, 0.8)) })`.
 */
export function thinStream(out: GeoStream, minStepPx: number): GeoStream {
  let isPolygon = false;
  let line: Xy[] | null = null;
  let skipped: Xy | null = null;
  return {
    point(x, y) {
      // Outside a line or ring: a Point or MultiPoint, passed through untouched.
      if (!line) return out.point(x, y);
      const last = line.at(-1);
      if (last && Math.hypot(x - last[0], y - last[1]) < minStepPx) {
        skipped = [x, y];
        return;
      }
      line.push([x, y]);
      skipped = null;
    },
    lineStart() {
      line = [];
      skipped = null;
    },
    lineEnd() {
      const points = line ?? [];
      // A ring closes on its own (lineEnd within a polygon); an open line must reach its end.
      if (!isPolygon && skipped) points.push(skipped);
      line = null;
      if (points.length < (isPolygon ? 3 : 2)) return;
      out.lineStart();
      for (const [x, y] of points) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      isPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      isPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}
