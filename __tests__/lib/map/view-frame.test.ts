/** @jest-environment node */
import type { LonLat } from "@/lib/map/arcs";
import { buildMapModel } from "@/lib/map/model";
import { buildFitBounds, buildViewFeatures } from "@/lib/map/view-frame";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const makeModel = () => buildMapModel(loadDatasetSnapshot());
const contains = ([[w, s], [e, n]]: [LonLat, LonLat], [lon, lat]: LonLat) => lon >= w && lon <= e && lat >= s && lat <= n;

describe(buildFitBounds, () => {
  it("buildFitBounds frames every place and every arc vertex of the chosen transfers", () => {
    const model = makeModel();
    for (const event of ["all", ...model.events.map((e) => e.id)]) {
      const bounds = buildFitBounds(model, { event, place: null });
      const { arcs, points } = buildViewFeatures(model, { event, place: null });
      const outside = [...points.map((f) => f.geometry.coordinates as LonLat), ...arcs.flatMap((f) => f.geometry.coordinates as LonLat[])].filter(
        (c) => !contains(bounds, c),
      );
      expect({ event, outside }).toEqual({ event, outside: [] });
    }
  });

  it("buildFitBounds frames a selected place with the other ends of its routes only", () => {
    const model = makeModel();
    const bounds = buildFitBounds(model, { event: "ev2025-08", place: "us_san" });
    const lonLatOf = (id: string) => model.places.find((p) => p.id === id)!.lonLat;
    expect(contains(bounds, lonLatOf("us_san"))).toBe(true);
    expect(contains(bounds, lonLatOf("mx_aifa"))).toBe(true);
    expect(contains(bounds, lonLatOf("us_jfk"))).toBe(false);
  });

  it("buildFitBounds is at least six degrees each way, so one place is not framed at street level", () => {
    const model = makeModel();
    for (const place of model.places) {
      const [[w, s], [e, n]] = buildFitBounds(model, { event: "all", place: place.id });
      expect({ place: place.id, wide: e - w >= 6 - 1e-9, tall: n - s >= 6 - 1e-9 }).toEqual({ place: place.id, wide: true, tall: true });
    }
  });
});

describe(buildViewFeatures, () => {
  it("buildViewFeatures adds the selected place when another transfer brought it, and nothing else", () => {
    const model = makeModel();
    const plain = buildViewFeatures(model, { event: "ev2025-08", place: null });
    const withChicago = buildViewFeatures(model, { event: "ev2025-08", place: "us_chicago" });
    expect(plain.points.some((f) => f.properties.id === "us_chicago")).toBe(false);
    expect(withChicago.points.map((f) => f.properties.id)).toEqual([...plain.points.map((f) => f.properties.id), "us_chicago"]);
    expect(withChicago.arcs).toHaveLength(plain.arcs.length);
  });
});
