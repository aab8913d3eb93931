/** @jest-environment node */
import type { LonLat } from "@/lib/map/arcs";
import { boundsOf, padBounds, type Bounds } from "@/lib/map/bounds";

describe(boundsOf, () => {
  it("boundsOf returns undefined for no points", () => {
    expect(boundsOf([])).toBeUndefined();
  });

  it("boundsOf gives a zero-size box at a single point", () => {
    expect(boundsOf([[-77.8028, 40.875]])).toEqual([
      [-77.8028, 40.875],
      [-77.8028, 40.875],
    ]);
  });

  it("boundsOf returns [[west, south], [east, north]] whatever the order of the points", () => {
    const points: LonLat[] = [
      [-99.0153, 19.7567], // AIFA: southernmost
      [-117.1897, 32.7336], // San Diego: westernmost
      [-73.7076, 41.067], // White Plains: easternmost and northernmost
      [-112.0081, 33.4342],
    ];
    const expected: Bounds = [
      [-117.1897, 19.7567],
      [-73.7076, 41.067],
    ];
    for (const order of [points, [...points].reverse(), [points[2]!, points[0]!, points[3]!, points[1]!]]) {
      expect({ order, bounds: boundsOf(order) }).toEqual({ order, bounds: expected });
    }
  });

  it("boundsOf does not let the west-east and south-north extremes come from the same point", () => {
    expect(
      boundsOf([
        [10, -5],
        [-10, 5],
      ]),
    ).toEqual([
      [-10, -5],
      [10, 5],
    ]);
  });
});

describe(padBounds, () => {
  const box = (): Bounds => [
    [-100, 20],
    [-80, 40],
  ];

  it("padBounds grows the box by the fraction of its width and height on each side", () => {
    const [[w, s], [e, n]] = padBounds(box(), 0.1);
    expect(w).toBeCloseTo(-102, 10);
    expect(e).toBeCloseTo(-78, 10);
    expect(s).toBeCloseTo(18, 10);
    expect(n).toBeCloseTo(42, 10);
  });

  it("padBounds with a fraction of 0 returns the same box", () => {
    expect(padBounds(box(), 0)).toEqual(box());
  });

  it("padBounds keeps the centre of the box", () => {
    for (const fraction of [0.05, 0.25, 1]) {
      const [[w, s], [e, n]] = padBounds(box(), fraction);
      expect({ fraction, lon: (w + e) / 2, lat: (s + n) / 2 }).toEqual({ fraction, lon: -90, lat: 30 });
    }
  });

  it("padBounds leaves a zero-size box unchanged (nothing to scale)", () => {
    const point: Bounds = [
      [-77.8028, 40.875],
      [-77.8028, 40.875],
    ];
    expect(padBounds(point, 0.2)).toEqual(point);
  });

  it("padBounds does not modify its input", () => {
    const input = box();
    padBounds(input, 0.5);
    expect(input).toEqual(box());
  });
});
