/** @jest-environment node */
import { greatCircle, type LonLat } from "@/lib/map/arcs";

function expectLonLatClose(actual: LonLat | undefined, expected: LonLat, label: string) {
  expect(actual).toBeDefined();
  const [lon, lat] = actual!;
  expect({ label, lon: Number(lon.toFixed(4)), lat: Number(lat.toFixed(4)) }).toEqual({ label, lon: expected[0], lat: expected[1] });
}

describe(greatCircle, () => {
  const routes: { name: string; from: LonLat; to: LonLat }[] = [
    { name: "Toluca to San Antonio", from: [-99.5658, 19.3369], to: [-98.4698, 29.5337] },
    { name: "AIFA to White Plains", from: [-99.0153, 19.7567], to: [-73.7076, 41.067] },
    { name: "AIFA to San Diego", from: [-99.0153, 19.7567], to: [-117.1897, 32.7336] },
    { name: "the equator, west to east", from: [0, 0], to: [90, 0] },
  ];

  it("greatCircle starts at `from` and ends at `to`, in both directions", () => {
    for (const { name, from, to } of routes) {
      for (const [a, b, dir] of [
        [from, to, "forward"],
        [to, from, "backward"],
      ] as const) {
        const line = greatCircle(a, b);
        expect({ name, dir, first: line[0], last: line.at(-1) }).toEqual({ name, dir, first: a, last: b });
      }
    }
  });

  it("greatCircle returns steps + 1 points", () => {
    for (const steps of [1, 2, 7, 64, 200]) {
      expect({ steps, length: greatCircle([0, 0], [90, 0], steps).length }).toEqual({ steps, length: steps + 1 });
    }
  });

  it("greatCircle uses 64 steps by default", () => {
    expect(greatCircle([-99.0153, 19.7567], [-73.7076, 41.067])).toHaveLength(65);
  });

  it("greatCircle puts the midpoint of [0,0] to [90,0] at [45,0]", () => {
    expectLonLatClose(greatCircle([0, 0], [90, 0], 2)[1], [45, 0], "equator midpoint");
  });

  it("greatCircle puts the midpoint of a meridian arc halfway in latitude", () => {
    expectLonLatClose(greatCircle([10, 0], [10, 60], 2)[1], [10, 30], "meridian midpoint");
  });

  it("greatCircle keeps the longitude constant along a meridian", () => {
    const line = greatCircle([-99.5, 19.3], [-99.5, 41], 16);
    for (const [i, [lon]] of line.entries()) expect({ i, lon }).toEqual({ i, lon: -99.5 });
    const lats = line.map(([, lat]) => lat);
    expect(lats).toEqual([...lats].sort((a, b) => a - b));
  });

  it("greatCircle bends a long east-west arc in the northern hemisphere towards the pole", () => {
    // Two points at 40°N: the great circle between them passes north of the parallel.
    const line = greatCircle([-117, 40], [-74, 40], 2);
    expect(line[1]![1]).toBeGreaterThan(40);
    expect(line[1]![0]).toBeCloseTo(-95.5, 5);
  });

  it("greatCircle returns the same point repeated when both ends coincide", () => {
    expect(greatCircle([-98.4698, 29.5337], [-98.4698, 29.5337], 3)).toEqual([
      [-98.4698, 29.5337],
      [-98.4698, 29.5337],
      [-98.4698, 29.5337],
      [-98.4698, 29.5337],
    ]);
  });

  it("greatCircle rounds coordinates to 5 decimals (about 1 m)", () => {
    const line = greatCircle([-99.0153, 19.7567], [-73.7076, 41.067], 7);
    for (const [i, [lon, lat]] of line.entries()) {
      expect({ i, lon: Math.round(lon * 1e5) / 1e5, lat: Math.round(lat * 1e5) / 1e5 }).toEqual({ i, lon, lat });
    }
  });

  it("greatCircle rejects steps that are not positive integers", () => {
    for (const steps of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => greatCircle([0, 0], [90, 0], steps)).toThrow(new RangeError(`steps must be a positive integer, got ${steps}`));
    }
  });
});
