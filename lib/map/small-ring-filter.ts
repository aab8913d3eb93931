import type { GeoStream } from "d3-geo";
import { bufferedLines } from "./buffered-lines";

/**
 * A d3-geo stream filter for projected coordinates that drops polygon rings whose bounding box is
 * smaller than `minSizePx` both ways (small islands a picture cannot show anyway); lines and
 * points pass untouched. Wrap it after the projection, like thinStream.
 */
export function smallRingFilter(out: GeoStream, minSizePx: number): GeoStream {
  return bufferedLines(out, {
    buffersOpenLines: false,
    point: (ring, x, y) => void ring.push([x, y]),
    end(ring) {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      return Math.max(...xs) - Math.min(...xs) < minSizePx && Math.max(...ys) - Math.min(...ys) < minSizePx ? null : ring;
    },
  });
}
