/** @jest-environment node */
import { smoothArcPath } from "@/lib/map/smooth-arc";

describe(smoothArcPath, () => {
  it("smoothArcPath is a cubic Bezier through both ends and the points at one and two thirds", () => {
    // A parabola sampled at 65 points: the cubic through its thirds is the parabola itself.
    const points = Array.from({ length: 65 }, (_, i) => [i * 10, (i - 32) ** 2 / 4] as [number, number]);
    const d = smoothArcPath(points);
    const [x0, y0, x1, y1, x2, y2, x3, y3] = d.match(/-?\d+/g)!.map(Number) as [number, number, number, number, number, number, number, number];
    const at = (t: number) => [
      (1 - t) ** 3 * x0 + 3 * t * (1 - t) ** 2 * x1 + 3 * t * t * (1 - t) * x2 + t ** 3 * x3,
      (1 - t) ** 3 * y0 + 3 * t * (1 - t) ** 2 * y1 + 3 * t * t * (1 - t) * y2 + t ** 3 * y3,
    ];
    for (let i = 0; i <= 64; i++) {
      const [x, y] = at(i / 64);
      expect(Math.hypot(x! - points[i]![0], y! - points[i]![1])).toBeLessThan(1.5);
    }
  });

  it("smoothArcPath draws nothing for a path with unprojectable points or too few of them", () => {
    expect(
      smoothArcPath([
        [0, 0],
        [1, 1],
      ]),
    ).toBe("");
    expect(
      smoothArcPath([
        [0, 0],
        [1, 1],
        [NaN, 2],
        [3, 3],
      ]),
    ).toBe("");
  });
});
