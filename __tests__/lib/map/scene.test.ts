/** @jest-environment node */
import type { Feature, Polygon } from "geojson";
import { loadBasemap } from "@/lib/load/basemap";
import type { Basemap } from "@/lib/map/basemap";
import { FOCUS_COUNTRIES } from "@/lib/map/focus-countries";
import { toWorld, worldRectOf } from "@/lib/map/mercator";
import { buildMapModel } from "@/lib/map/model";
import { buildMapScene, canvasLabels, type SceneLayout } from "@/lib/map/scene";
import { buildBaseStyle, LAYER } from "@/lib/map/style";
import { MAP_PALETTES } from "@/lib/theme/palette";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const makeModel = () => buildMapModel(loadDatasetSnapshot());
const PICTURE: SceneLayout = { kind: "picture" };
const PREVIEW: SceneLayout = { kind: "canvas", width: 1200, height: 630, frame: { x: 520, y: 0, width: 680, height: 582 }, paddingPx: 56, labelSizePx: 19 };
const fitView = (event: string, place: string | null = null) => ({ event, place, camera: null });

/** A square of land named `name`, [west, south, east, north] in degrees; west > east crosses the antimeridian. */
function land(name: string, [w, s, e, n]: [number, number, number, number]): Feature<Polygon, { name: string }> {
  const east = e < w ? e + 360 : e;
  return {
    type: "Feature",
    bbox: [w, s, e, n],
    properties: { name },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [w, s],
          [w, n],
          [east, n],
          [east, s],
          [w, s],
        ],
      ],
    },
  };
}

/** A made-up basemap: the given countries, one state line, Pennsylvania as a box. */
function makeBasemap(countries: Feature<Polygon, { name: string }>[]): Basemap {
  return {
    countries: { type: "FeatureCollection", features: countries },
    states: { type: "FeatureCollection", features: [] },
    pennsylvania: land("Pennsylvania", [-80.5, 39.7, -74.7, 42.3]),
  };
}

describe(buildMapScene, () => {
  describe("the page picture (1:110m)", () => {
    const basemap = loadBasemap("110m");

    it("buildMapScene places each marker where Web Mercator puts it inside the view's fit box (what MapLibre's fitBounds shows)", () => {
      const model = makeModel();
      for (const view of [fitView("all"), fitView("ev2026-01", "us_houston"), fitView("ev2025-02", "us_chicago")]) {
        const scene = buildMapScene(model, view, basemap, PICTURE);
        const r = worldRectOf(scene.fitBounds);
        expect(scene.mode).toBe("fit");
        expect(scene.width / scene.height).toBeCloseTo((r.x1 - r.x0) / (r.y1 - r.y0), 2);
        for (const m of scene.markers) {
          const [x, y] = toWorld(model.places.find((p) => p.id === m.id)!.lonLat);
          const expected = { x: ((x - r.x0) / (r.x1 - r.x0)) * 100, y: ((y - r.y0) / (r.y1 - r.y0)) * 100 };
          expect({ id: m.id, dx: Math.abs(m.xPct - expected.x) < 0.01, dy: Math.abs(m.yPct - expected.y) < 0.01 }).toEqual({ id: m.id, dx: true, dy: true });
        }
      }
    });

    it("buildMapScene keeps every marker of a transfer inside the box when no place is chosen", () => {
      const model = makeModel();
      for (const event of ["all", ...model.events.map((e) => e.id)]) {
        const outside = buildMapScene(model, fitView(event), basemap, PICTURE).markers.filter((m) => m.xPct < 0 || m.xPct > 100 || m.yPct < 0 || m.yPct > 100);
        expect({ event, outside }).toEqual({ event, outside: [] });
      }
    });

    it("buildMapScene draws a linked camera at 1:1 pixels around its centre", () => {
      const model = makeModel();
      const jfk = model.places.find((p) => p.id === "us_jfk")!;
      const scene = buildMapScene(
        model,
        { event: "all", place: null, camera: { zoom: 5, lon: jfk.lonLat[0], lat: jfk.lonLat[1], bearing: 0, pitch: 0 } },
        basemap,
        PICTURE,
      );
      expect(scene.mode).toBe("camera");
      const marker = scene.markers.find((m) => m.id === "us_jfk")!;
      expect([marker.xPct, marker.yPct]).toEqual([50, 50]);
      // One degree of longitude at zoom 5 is 512 * 32 / 360 px.
      const hpn = scene.markers.find((m) => m.id === "us_hpn")!;
      const hpnLon = model.places.find((p) => p.id === "us_hpn")!.lonLat[0];
      expect(((hpn.xPct - 50) / 100) * scene.width).toBeCloseTo(((hpnLon - jfk.lonLat[0]) * 512 * 32) / 360, 0);
    });

    it("buildMapScene draws the land of a camera zoomed out to more than the world's width", () => {
      const scene = buildMapScene(makeModel(), { event: "all", place: null, camera: { zoom: 0.5, lon: 170, lat: 20, bearing: 0, pitch: 0 } }, basemap, PICTURE);
      expect(scene.landFocus).not.toBe("");
      expect(scene.landOther.length).toBeGreaterThan(1000);
    });

    it("buildMapScene draws one arc per departure and destination, emphasizing the selected place's routes", () => {
      const model = makeModel();
      expect(buildMapScene(model, fitView("all"), basemap, PICTURE).arcs).toHaveLength(33);
      const jan = buildMapScene(model, fitView("ev2026-01", "us_houston"), basemap, PICTURE);
      expect(jan.arcs).toHaveLength(12);
      expect(jan.arcs.filter((a) => a.emphasis === "highlighted")).toHaveLength(2);
      expect(jan.arcs.filter((a) => a.emphasis === "muted")).toHaveLength(10);
      expect(jan.markers.find((m) => m.id === "us_houston")).toMatchObject({ isSelected: true });
      expect(jan.markers.find((m) => m.id === "us_houston")!.labelAt.wide).not.toBeNull();
    });

    it("buildMapScene hatches Pennsylvania only when a shown transfer reported it and it is in view", () => {
      const model = makeModel();
      expect(buildMapScene(model, fitView("ev2026-01"), basemap, PICTURE).pennsylvania).not.toBe("");
      expect(buildMapScene(model, fitView("ev2025-08"), basemap, PICTURE).pennsylvania).toBe("");
    });

    it("buildMapScene gives the same scene for the same view (pure), and a light one", () => {
      const a = buildMapScene(makeModel(), fitView("all"), basemap, PICTURE);
      const b = buildMapScene(makeModel(), fitView("all"), basemap, PICTURE);
      expect(a).toEqual(b);
      const bytes = a.landFocus.length + a.landOther.length + a.stateLines.length + a.pennsylvania.length + a.arcs.reduce((n, x) => n + x.d.length, 0);
      expect(bytes).toBeLessThan(12_000);
    });
  });

  describe("a canvas (the link preview, 1:50m)", () => {
    const basemap = loadBasemap("50m");

    it("buildMapScene fits every route and marker of the view inside the canvas's frame, in px", () => {
      const scene = buildMapScene(makeModel(), fitView("all", "us_houston"), basemap, PREVIEW);
      expect([scene.mode, scene.width, scene.height]).toEqual(["canvas", 1200, 630]);
      for (const m of scene.markers) {
        expect(m.x).toBeGreaterThanOrEqual(520);
        expect(m.x).toBeLessThanOrEqual(1200);
        expect(m.y).toBeGreaterThanOrEqual(0);
        expect(m.y).toBeLessThanOrEqual(582);
      }
      // A preview frames the whole transfer, so the selected place's routes are among the others.
      expect(scene.arcs).toHaveLength(33);
      expect(scene.arcs.filter((a) => a.emphasis === "highlighted").length).toBeGreaterThan(0);
    });

    it("buildMapScene draws the preview's land in more detail than the picture's", () => {
      const model = makeModel();
      const preview = buildMapScene(model, fitView("all"), basemap, PREVIEW);
      const picture = buildMapScene(model, fitView("all"), loadBasemap("110m"), PICTURE);
      expect(preview.landFocus.length).toBeGreaterThan(2 * picture.landFocus.length);
      expect(preview.landFocus).toMatch(/^M[\d.]+,[\d.]+L/);
    });

    it("canvasLabels gives each placed label's anchor in canvas px, the selected place first", () => {
      const scene = buildMapScene(makeModel(), fitView("ev2026-01", "us_houston"), basemap, PREVIEW);
      const labels = canvasLabels(scene);
      expect(labels[0]).toMatchObject({ id: "us_houston", isSelected: true, text: "Houston*" });
      for (const l of labels) {
        const m = scene.markers.find((x) => x.id === l.id)!;
        expect(l.x - m.x).toBeCloseTo(m.labelAt.wide!.dx, 9);
        expect(l.y - m.y).toBeCloseTo(m.labelAt.wide!.dy, 9);
        expect(l.x).toBeGreaterThanOrEqual(520);
      }
    });
  });

  describe("land", () => {
    it("buildMapScene draws the focus countries (the list the live map's style uses) apart from the others", () => {
      const style = buildBaseStyle("http://localhost", MAP_PALETTES.light);
      const landLayer = style.layers.find((l) => l.id === LAYER.land)!;
      expect(JSON.stringify(landLayer)).toContain(JSON.stringify([...FOCUS_COUNTRIES]));
      const countries = [land("Mexico", [-118, 14, -86, 33]), land("United States of America", [-125, 24, -66, 49]), land("Cuba", [-85, 20, -74, 23])];
      const scene = buildMapScene(makeModel(), fitView("all"), makeBasemap(countries), PICTURE);
      const onlyCuba = buildMapScene(makeModel(), fitView("all"), makeBasemap([countries[2]!]), PICTURE);
      expect(scene.landFocus.match(/M/g)).toHaveLength(FOCUS_COUNTRIES.length);
      expect(scene.landOther).toBe(onlyCuba.landOther);
      expect(onlyCuba.landFocus).toBe("");
    });

    it("buildMapScene draws the United States of 1:50m, whose bbox crosses the antimeridian (the Aleutians), in the picture too", () => {
      const basemap = loadBasemap("50m");
      const usa = basemap.countries.features.find((f) => f.properties?.name === "United States of America")!;
      expect(usa.bbox![0]).toBeGreaterThan(usa.bbox![2]);
      const scene = buildMapScene(makeModel(), fitView("all"), { ...basemap, countries: { type: "FeatureCollection", features: [usa] } }, PICTURE);
      expect(scene.landFocus.length).toBeGreaterThan(1000);
    });

    it("buildMapScene draws a country whose bbox crosses the antimeridian when it reaches the view, and skips it when it does not", () => {
      // West 170° E to east 170° W, seen by a camera on the antimeridian and by one over Mexico.
      const pacific = land("Pacific", [170, 10, -170, 30]);
      const basemap = makeBasemap([pacific]);
      const camera = (lon: number) => ({ event: "all", place: null, camera: { zoom: 3, lon, lat: 20, bearing: 0, pitch: 0 } });
      expect(buildMapScene(makeModel(), camera(180), basemap, PICTURE).landOther).not.toBe("");
      expect(buildMapScene(makeModel(), camera(-175), basemap, PICTURE).landOther).not.toBe("");
      expect(buildMapScene(makeModel(), camera(-90), basemap, PICTURE).landOther).toBe("");
      // The same land without a bbox is projected and clipped away: the bbox test only saves work.
      expect(buildMapScene(makeModel(), camera(-90), makeBasemap([{ ...pacific, bbox: undefined }]), PICTURE).landOther).toBe("");
    });
  });
});
