import type { GeoStream } from "d3-geo";
import { bufferedLines, type Xy } from "./buffered-lines";

/**
 * A d3-geo stream filter for projected (pixel) coordinates: drops each point closer than
 * `minStepPx` to the last kept one, so a 1:50m coastline drawn 600 px wide does not carry
 * thousands of sub-pixel segments into the SVG. A line keeps its last point; a polygon ring
 * thinned below 3 points (an island smaller than a pixel or so) is dropped whole.
 *
 * Wrap it after the projection: `geoPath({ stream: (out) => projection.stream(thinStream(out, 0.8)) })`.
 */
export function thinStream(out: GeoStream, minStepPx: number): GeoStream {
  let skipped: Xy | null = null;
  return bufferedLines(out, {
    buffersOpenLines: true,
    start: () => void (skipped = null),
    point(line, x, y) {
      const last = line.at(-1);
      if (last && Math.hypot(x - last[0], y - last[1]) < minStepPx) {
        skipped = [x, y];
        return;
      }
      line.push([x, y]);
      skipped = null;
    },
    end(line, isPolygon) {
      // A ring closes on its own (lineEnd within a polygon); an open line must reach its end.
      if (!isPolygon && skipped) line.push(skipped);
      return line.length < (isPolygon ? 3 : 2) ? null : line;
    },
  });
}
