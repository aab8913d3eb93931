/** @jest-environment node */
import { geoIdentity, geoPath } from "d3-geo";
import type { Feature, MultiPolygon, LineString } from "geojson";
import { smallRingFilter } from "@/lib/map/small-ring-filter";

type Ring = [number, number][];
const square = (x: number, y: number, size: number): Ring[] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

function draw(feature: Feature, minSize: number): string {
  const identity = geoIdentity();
  return geoPath({ stream: (out) => identity.stream(smallRingFilter(out, minSize)) })(feature) ?? "";
}

describe(smallRingFilter, () => {
  it("smallRingFilter drops polygon rings smaller than the minimum both ways and keeps the others", () => {
    const islands: Feature<MultiPolygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: [square(0, 0, 50), square(100, 100, 4), square(200, 0, 3)] },
    };
    const d = draw(islands, 10);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d).toContain("M0,0");
  });

  it("smallRingFilter keeps a thin but long ring, and passes lines through untouched", () => {
    const strip: Feature<MultiPolygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: [square(0, 0, 2).map((ring) => ring.map(([x, y]): [number, number] => [x * 40, y]))] },
    };
    expect(draw(strip, 10)).not.toBe("");
    const line: Feature<LineString> = {
      type: "Feature",
      properties: {},
      geometry: {
        type: "LineString",
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    expect(draw(line, 10)).toBe("M0,0L1,1");
  });
});
