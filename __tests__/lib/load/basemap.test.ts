/** @jest-environment node */
import { loadBasemap } from "@/lib/load/basemap";
import { BASEMAP_RESOLUTIONS } from "@/lib/map/basemap";

describe(loadBasemap, () => {
  it.each(BASEMAP_RESOLUTIONS)("loadBasemap(%s) gives the countries of Natural Earth with their bbox, Mexico and the U.S. among them", (resolution) => {
    const { countries } = loadBasemap(resolution);
    const names = countries.features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(["Mexico", "United States of America", "Canada"]));
    const mexico = countries.features.find((f) => f.properties?.name === "Mexico")!;
    const [w, s, e, n] = mexico.bbox!;
    expect(w).toBeCloseTo(-118, -0.5);
    expect(e).toBeCloseTo(-86.7, 0);
    expect(s).toBeCloseTo(14.5, 0);
    expect(n).toBeCloseTo(32.7, 0);
  });

  it("loadBasemap gives 1:50m outlines in more detail than 1:110m", () => {
    const vertices = (resolution: "110m" | "50m") =>
      JSON.stringify(loadBasemap(resolution).countries.features.find((f) => f.properties?.name === "Mexico")!.geometry).length;
    expect(vertices("50m")).toBeGreaterThan(3 * vertices("110m"));
  });

  it.each(BASEMAP_RESOLUTIONS)("loadBasemap(%s) gives a bbox across the antimeridian (west > east) to a country that straddles it", (resolution) => {
    const russia = loadBasemap(resolution).countries.features.find((f) => f.properties?.name === "Russia")!;
    const [w, , e] = russia.bbox!;
    expect(w).toBeGreaterThan(e);
  });

  it("loadBasemap gives the lines between U.S. states as one feature and Pennsylvania's outline, at every resolution", () => {
    for (const resolution of BASEMAP_RESOLUTIONS) {
      const { states, pennsylvania } = loadBasemap(resolution);
      expect(states.features).toHaveLength(1);
      expect(states.features[0]!.geometry.type).toBe("MultiLineString");
      expect(pennsylvania.properties).toMatchObject({ name: "Pennsylvania" });
      expect(["Polygon", "MultiPolygon"]).toContain(pennsylvania.geometry.type);
    }
  });

  it("loadBasemap reads the files once per resolution and returns the same object afterwards", () => {
    expect(loadBasemap("110m")).toBe(loadBasemap("110m"));
    expect(loadBasemap("50m")).toBe(loadBasemap("50m"));
    expect(loadBasemap("50m")).not.toBe(loadBasemap("110m"));
  });
});
