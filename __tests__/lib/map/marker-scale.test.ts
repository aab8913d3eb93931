/** @jest-environment node */
import { buildRadiusScale, MAX_RADIUS_PX, MIN_RADIUS_PX, NOT_REPORTED_RADIUS_PX } from "@/lib/map/marker-scale";

describe(buildRadiusScale, () => {
  it("buildRadiusScale gives the largest count the maximum radius", () => {
    expect(buildRadiusScale(8)(8)).toBeCloseTo(MAX_RADIUS_PX, 10);
    expect(buildRadiusScale(100)(100)).toBeCloseTo(MAX_RADIUS_PX, 10);
  });

  it("buildRadiusScale makes marker area proportional to people: radius(4n) is 2 * radius(n) above the minimum", () => {
    const radius = buildRadiusScale(100);
    for (const n of [8, 10, 12.5, 20, 25]) {
      expect(radius(n)).toBeGreaterThan(MIN_RADIUS_PX);
      expect({ n, ratio: Number((radius(4 * n) / radius(n)).toFixed(10)) }).toEqual({ n, ratio: 2 });
    }
  });

  it("buildRadiusScale makes the area ratio of two markers equal the ratio of their counts", () => {
    const radius = buildRadiusScale(8);
    for (const [a, b] of [
      [2, 8],
      [3, 6],
      [5, 7],
    ] as const) {
      const areaRatio = (radius(b) / radius(a)) ** 2;
      expect({ a, b, areaRatio: Number(areaRatio.toFixed(10)) }).toEqual({ a, b, areaRatio: b / a });
    }
  });

  it("buildRadiusScale never goes below the minimum radius, also for 0 and tiny counts", () => {
    const radius = buildRadiusScale(100);
    for (const n of [0, 1, 2, 5, 7]) expect({ n, r: radius(n) }).toEqual({ n, r: MIN_RADIUS_PX });
  });

  it("buildRadiusScale clamps counts above the domain to the maximum radius and negatives to the minimum", () => {
    const radius = buildRadiusScale(8);
    expect(radius(80)).toBeCloseTo(MAX_RADIUS_PX, 10);
    expect(radius(-3)).toBe(MIN_RADIUS_PX);
  });

  it("buildRadiusScale treats a maximum below 1 as 1, so one person still gets the maximum radius", () => {
    expect(buildRadiusScale(0)(1)).toBeCloseTo(MAX_RADIUS_PX, 10);
    expect(buildRadiusScale(0)(0)).toBe(MIN_RADIUS_PX);
  });

  it("buildRadiusScale increases with people", () => {
    const radius = buildRadiusScale(37);
    const radii = [0, 1, 2, 5, 10, 20, 37].map(radius);
    for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThanOrEqual(radii[i - 1]!);
  });

  it("buildRadiusScale's bounds put the not-reported ring between the minimum and maximum", () => {
    expect(MIN_RADIUS_PX).toBeLessThan(NOT_REPORTED_RADIUS_PX);
    expect(NOT_REPORTED_RADIUS_PX).toBeLessThan(MAX_RADIUS_PX);
  });
});
