/** @jest-environment node */
import type { GeoStream } from "d3-geo";
import { thinStream } from "@/lib/map/thin-stream";

/** Records what reaches the output stream, one entry per call. */
function makeRecorder(): { stream: GeoStream; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    stream: {
      point: (x, y) => void calls.push(`point ${x},${y}`),
      lineStart: () => void calls.push("lineStart"),
      lineEnd: () => void calls.push("lineEnd"),
      polygonStart: () => void calls.push("polygonStart"),
      polygonEnd: () => void calls.push("polygonEnd"),
    },
  };
}

function feedLine(s: GeoStream, points: [number, number][]): void {
  s.lineStart();
  for (const [x, y] of points) s.point(x, y);
  s.lineEnd();
}

describe(thinStream, () => {
  it("thinStream drops points closer than the step but keeps a line's first and last point", () => {
    const { stream, calls } = makeRecorder();
    feedLine(thinStream(stream, 1), [
      [0, 0],
      [0.3, 0],
      [0.6, 0],
      [1.2, 0],
      [1.5, 0],
    ]);
    expect(calls).toEqual(["lineStart", "point 0,0", "point 1.2,0", "point 1.5,0", "lineEnd"]);
  });

  it("thinStream drops a polygon ring that thins below three points, and keeps a large one", () => {
    const { stream, calls } = makeRecorder();
    const s = thinStream(stream, 1);
    s.polygonStart();
    feedLine(s, [
      [0, 0],
      [0.2, 0],
      [0.2, 0.2],
    ]);
    feedLine(s, [
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    s.polygonEnd();
    expect(calls).toEqual(["polygonStart", "lineStart", "point 0,0", "point 10,0", "point 10,10", "lineEnd", "polygonEnd"]);
  });

  it("thinStream passes lone points (Point geometries) through untouched", () => {
    const { stream, calls } = makeRecorder();
    const s = thinStream(stream, 5);
    s.point(1, 1);
    s.point(1.1, 1);
    expect(calls).toEqual(["point 1,1", "point 1.1,1"]);
  });
});
