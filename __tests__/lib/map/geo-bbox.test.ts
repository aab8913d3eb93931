/** @jest-environment node */
import { geoMercator } from "d3-geo";
import type { Feature, Polygon } from "geojson";
import { geoBoxesMeet, isFeatureVisible, visibleGeoBox, withBbox } from "@/lib/map/geo-bbox";

const fiji: Feature<Polygon> = {
  type: "Feature",
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [177, -19],
        [177, -16],
        [-179, -16],
        [-179, -19],
        [177, -19],
      ],
    ],
  },
};

describe(withBbox, () => {
  it("withBbox gives a feature across the antimeridian a bbox whose west is greater than its east", () => {
    const [w, s, e, n] = withBbox(fiji).bbox!;
    expect([w, e]).toEqual([177, -179]);
    expect(s).toBeCloseTo(-19, 0);
    expect(n).toBeCloseTo(-16, 0);
  });
});

describe(geoBoxesMeet, () => {
  it.each([
    ["two ordinary boxes that overlap", [-100, 10, -90, 20], [-95, 15, -80, 30], true],
    ["two ordinary boxes apart in longitude", [-100, 10, -90, 20], [-80, 10, -70, 20], false],
    ["two boxes apart in latitude", [-100, 10, -90, 20], [-100, 30, -90, 40], false],
    ["boxes that only touch", [-100, 10, -90, 20], [-90, 20, -80, 30], true],
    ["a box across the antimeridian and one east of it", [177, -19, -179, -16], [-179.5, -18, -170, -10], true],
    ["a box across the antimeridian and one west of it", [177, -19, -179, -16], [170, -18, 178, -10], true],
    ["a box across the antimeridian and one far from it", [177, -19, -179, -16], [-100, -18, -90, -10], false],
    ["two boxes across the antimeridian", [170, 0, -170, 10], [175, 5, -175, 6], true],
  ] as const)("geoBoxesMeet: %s -> %s", (_name, a, b, expected) => {
    expect(geoBoxesMeet([...a], [...b])).toBe(expected);
    expect(geoBoxesMeet([...b], [...a])).toBe(expected);
  });
});

describe(isFeatureVisible, () => {
  it("isFeatureVisible keeps a feature without a bbox (it is clipped when drawn)", () => {
    expect(isFeatureVisible(fiji, [-100, 10, -90, 20])).toBe(true);
    expect(isFeatureVisible(withBbox(fiji), [-100, 10, -90, 20])).toBe(false);
  });
});

describe(visibleGeoBox, () => {
  it("visibleGeoBox gives west > east for a canvas that straddles the antimeridian", () => {
    // 10 px per degree, the canvas's left edge at 170° E: 200 px reach 170° W.
    const projection = geoMercator()
      .scale((10 * 180) / Math.PI)
      .translate([-(170 * 10), 100]);
    const [w, , e] = visibleGeoBox(projection, [
      [0, 0],
      [200, 200],
    ]);
    expect(w).toBeCloseTo(170, 6);
    expect(e).toBeCloseTo(-170, 6);
  });

  it("visibleGeoBox gives every longitude for a canvas wider than the world", () => {
    const projection = geoMercator()
      .scale(100 / (2 * Math.PI))
      .translate([50, 50]);
    const [w, , e] = visibleGeoBox(projection, [
      [-30, 0],
      [130, 100],
    ]);
    expect([w, e]).toEqual([-180, 180]);
  });
});
