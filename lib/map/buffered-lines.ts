import type { GeoStream } from "d3-geo";

export type Xy = [number, number];

/** What a line filter decides: which points of a line to keep, and whether the line stays. */
export interface LineRules {
  /** Buffer open lines too (not only polygon rings); unbuffered lines pass through untouched. */
  buffersOpenLines: boolean;
  /** A new line or ring starts. */
  start?(): void;
  /** A point of the buffered line: push it onto `line` or not. */
  point(line: Xy[], x: number, y: number): void;
  /** The points to draw for the finished line, or null to drop it. */
  end(line: Xy[], isPolygon: boolean): Xy[] | null;
}

/**
 * The plumbing of a d3-geo stream filter on projected coordinates that works line by line: it
 * buffers each ring (and each open line, if asked), lets `rules` keep or drop it, replays what is
 * kept, and passes points, polygons and the sphere through. thinStream and smallRingFilter are
 * two sets of rules.
 */
export function bufferedLines(out: GeoStream, rules: LineRules): GeoStream {
  let isPolygon = false;
  let line: Xy[] | null = null;
  return {
    point(x, y) {
      // Outside a buffered line: a Point, a MultiPoint or an unbuffered line, passed through.
      if (!line) return out.point(x, y);
      rules.point(line, x, y);
    },
    lineStart() {
      if (!isPolygon && !rules.buffersOpenLines) return out.lineStart();
      line = [];
      rules.start?.();
    },
    lineEnd() {
      if (!line) return out.lineEnd();
      const kept = rules.end(line, isPolygon);
      line = null;
      if (!kept) return;
      out.lineStart();
      for (const [x, y] of kept) out.point(x, y);
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
