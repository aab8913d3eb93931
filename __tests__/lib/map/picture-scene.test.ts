/** @jest-environment node */
import { loadPictureBasemap } from "@/lib/load/picture-basemap";
import { toWorld, worldRectOf } from "@/lib/map/mercator";
import { buildMapModel } from "@/lib/map/model";
import { buildMapPictureScene, smoothArcPath } from "@/lib/map/picture-scene";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const makeModel = () => buildMapModel(loadDatasetSnapshot());
const basemap = loadPictureBasemap();
const fitView = (event: string, place: string | null = null) => ({ event, place, camera: null });

describe(buildMapPictureScene, () => {
  it("buildMapPictureScene places each marker where Web Mercator puts it inside the view's fit box (what MapLibre's fitBounds shows)", () => {
    const model = makeModel();
    for (const view of [fitView("all"), fitView("ev2026-01", "us_houston"), fitView("ev2025-02", "us_chicago")]) {
      const scene = buildMapPictureScene(model, view, basemap);
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

  it("buildMapPictureScene keeps every marker of a transfer inside the box when no place is chosen", () => {
    const model = makeModel();
    for (const event of ["all", ...model.events.map((e) => e.id)]) {
      const outside = buildMapPictureScene(model, fitView(event), basemap).markers.filter((m) => m.xPct < 0 || m.xPct > 100 || m.yPct < 0 || m.yPct > 100);
      expect({ event, outside }).toEqual({ event, outside: [] });
    }
  });

  it("buildMapPictureScene draws a linked camera at 1:1 pixels around its centre", () => {
    const model = makeModel();
    const jfk = model.places.find((p) => p.id === "us_jfk")!;
    const scene = buildMapPictureScene(
      model,
      { event: "all", place: null, camera: { zoom: 5, lon: jfk.lonLat[0], lat: jfk.lonLat[1], bearing: 0, pitch: 0 } },
      basemap,
    );
    expect(scene.mode).toBe("camera");
    const marker = scene.markers.find((m) => m.id === "us_jfk")!;
    expect([marker.xPct, marker.yPct]).toEqual([50, 50]);
    // One degree of longitude at zoom 5 is 512 * 32 / 360 px.
    const hpn = scene.markers.find((m) => m.id === "us_hpn")!;
    const hpnLon = model.places.find((p) => p.id === "us_hpn")!.lonLat[0];
    expect(((hpn.xPct - 50) / 100) * scene.width).toBeCloseTo(((hpnLon - jfk.lonLat[0]) * 512 * 32) / 360, 0);
  });

  it("buildMapPictureScene draws one arc per departure and destination, emphasizing the selected place's routes", () => {
    const model = makeModel();
    expect(buildMapPictureScene(model, fitView("all"), basemap).arcs).toHaveLength(33);
    const jan = buildMapPictureScene(model, fitView("ev2026-01", "us_houston"), basemap);
    expect(jan.arcs).toHaveLength(12);
    expect(jan.arcs.filter((a) => a.emphasis === "highlighted")).toHaveLength(2);
    expect(jan.arcs.filter((a) => a.emphasis === "muted")).toHaveLength(10);
    expect(jan.markers.find((m) => m.id === "us_houston")).toMatchObject({ isSelected: true });
    expect(jan.markers.find((m) => m.id === "us_houston")!.labelAt).not.toBeNull();
  });

  it("buildMapPictureScene hatches Pennsylvania only when a shown transfer reported it and it is in view", () => {
    const model = makeModel();
    expect(buildMapPictureScene(model, fitView("ev2026-01"), basemap).pennsylvania).not.toBe("");
    expect(buildMapPictureScene(model, fitView("ev2025-08"), basemap).pennsylvania).toBe("");
  });

  it("buildMapPictureScene gives the same scene for the same view (pure), and a light one", () => {
    const model = makeModel();
    const a = buildMapPictureScene(model, fitView("all"), basemap);
    const b = buildMapPictureScene(makeModel(), fitView("all"), basemap);
    expect(a).toEqual(b);
    const bytes = a.landFocus.length + a.landOther.length + a.stateLines.length + a.pennsylvania.length + a.arcs.reduce((n, x) => n + x.d.length, 0);
    expect(bytes).toBeLessThan(12_000);
  });
});

describe(smoothArcPath, () => {
  it("smoothArcPath is a cubic Bezier through both ends and the points at one and two thirds", () => {
    // A parabola sampled at 65 points: the cubic through its thirds is the parabola itself.
    const points = Array.from({ length: 65 }, (_, i) => [i * 10, (i - 32) ** 2 / 4] as [number, number]);
    const d = smoothArcPath(points);
    const [x0, y0, x1, y1, x2, y2, x3, y3] = d.match(/-?\d+/g)!.map(Number) as [number, number, number, number, number, number, number, number];
    const at = (t: number) => [
      (1 - t) ** 3 * x0 + 3 * t * (1 - t) ** 2 * x1 + 3 * t * t * (1 - t) * x2 + t ** 3 * x3,
      (1 - t) ** 3 * y0 + 3 * t * (1 - t) ** 2 * y1 + 3 * t * t * (1 - t) * y2 + t ** 3 * y3,
    ];
    for (let i = 0; i <= 64; i++) {
      const [x, y] = at(i / 64);
      expect(Math.hypot(x! - points[i]![0], y! - points[i]![1])).toBeLessThan(1.5);
    }
  });

  it("smoothArcPath draws nothing for a path with unprojectable points or too few of them", () => {
    expect(
      smoothArcPath([
        [0, 0],
        [1, 1],
      ]),
    ).toBe("");
    expect(
      smoothArcPath([
        [0, 0],
        [1, 1],
        [NaN, 2],
        [3, 3],
      ]),
    ).toBe("");
  });
});
