/** @jest-environment node */
import { loadBasemap } from "@/lib/og/basemap";

describe(loadBasemap, () => {
  it("loadBasemap gives the countries of Natural Earth with their bbox, Mexico and the U.S. among them", () => {
    const { countries } = loadBasemap();
    const names = countries.features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(["Mexico", "United States of America", "Canada"]));
    const mexico = countries.features.find((f) => f.properties?.name === "Mexico")!;
    const [w, s, e, n] = mexico.bbox!;
    expect(w).toBeCloseTo(-118.4, 0);
    expect(e).toBeCloseTo(-86.7, 0);
    expect(s).toBeCloseTo(14.5, 0);
    expect(n).toBeCloseTo(32.7, 0);
  });

  it("loadBasemap gives the lines between U.S. states as one feature", () => {
    const { states } = loadBasemap();
    expect(states.features).toHaveLength(1);
    expect(states.features[0]!.geometry.type).toBe("MultiLineString");
  });

  it("loadBasemap reads the files once and returns the same object afterwards", () => {
    expect(loadBasemap()).toBe(loadBasemap());
  });
});
