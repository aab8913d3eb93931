import type { GeoStream } from "d3-geo";

/**
 * A d3-geo stream filter for projected coordinates that drops polygon rings whose bounding box is
 * smaller than `minSizePx` both ways (small islands a picture cannot show anyway); lines and
 * points pass untouched. Wrap it after the projection, like thinStream.
 */
export function smallRingFilter(out: GeoStream, minSizePx: number): GeoStream {
  let isPolygon = false;
  let ring: [number, number][] | null = null;
  return {
    point(x, y) {
      if (ring) ring.push([x, y]);
      else out.point(x, y);
    },
    lineStart() {
      if (isPolygon) ring = [];
      else out.lineStart();
    },
    lineEnd() {
      if (!ring) return out.lineEnd();
      const points = ring;
      ring = null;
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      if (Math.max(...xs) - Math.min(...xs) < minSizePx && Math.max(...ys) - Math.min(...ys) < minSizePx) return;
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
