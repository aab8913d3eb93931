/** @jest-environment node */
import { fromWorld, toWorld, worldRectOf, worldSizePx, zoomForWorldSize } from "@/lib/map/mercator";

describe(toWorld, () => {
  it("toWorld puts the null island at the centre and the Web Mercator corners at 0 and 1", () => {
    expect(toWorld([0, 0])).toEqual([0.5, 0.5]);
    const [x0, y0] = toWorld([-180, 85.051129]);
    const [x1, y1] = toWorld([180, -85.051129]);
    for (const [value, expected] of [
      [x0, 0],
      [y0, 0],
      [x1, 1],
      [y1, 1],
    ] as const)
      expect(value).toBeCloseTo(expected, 6);
  });

  it("toWorld clamps latitudes beyond the Web Mercator limit instead of returning infinity", () => {
    expect(toWorld([10, 90])[1]).toBeCloseTo(0, 6);
    expect(toWorld([10, -90])[1]).toBeCloseTo(1, 6);
  });

  it("toWorld and fromWorld are inverse for the places of this atlas", () => {
    const places: [number, number][] = [
      [-99.0154, 19.7456],
      [-73.7781, 40.6413],
      [-117.1611, 32.7157],
      [-77.4565, 38.9531],
    ];
    for (const lonLat of places) {
      const [lon, lat] = fromWorld(toWorld(lonLat));
      expect({ lonLat, lon: Math.abs(lon - lonLat[0]) < 1e-9, lat: Math.abs(lat - lonLat[1]) < 1e-9 }).toEqual({ lonLat, lon: true, lat: true });
    }
  });
});

describe(worldSizePx, () => {
  it("worldSizePx is MapLibre's 512 px tile doubled per zoom level, and zoomForWorldSize inverts it", () => {
    expect(worldSizePx(0)).toBe(512);
    expect(worldSizePx(3)).toBe(4096);
    expect(zoomForWorldSize(worldSizePx(4.37))).toBeCloseTo(4.37, 10);
  });
});

describe(worldRectOf, () => {
  it("worldRectOf orders a box west to east and north to south", () => {
    const r = worldRectOf([
      [-118, 14],
      [-70, 45],
    ]);
    expect(r.x0).toBeLessThan(r.x1);
    expect(r.y0).toBeLessThan(r.y1);
    expect([r.x0, r.y0]).toEqual(toWorld([-118, 45]));
  });
});
