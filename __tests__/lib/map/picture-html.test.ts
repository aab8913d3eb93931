/** @jest-environment jsdom */
import { loadBasemap } from "@/lib/load/basemap";
import { buildMapModel, type MapModel } from "@/lib/map/model";
import { mapPictureHtml, renderMapPicture, type MapPictureOptions } from "@/lib/map/picture-html";
import { buildMapScene, type MapScene } from "@/lib/map/scene";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const HOSTILE = `<script>"&`;
const basemap = loadBasemap("110m");
const OPTIONS: MapPictureOptions = { hrefOf: (id) => `/?event=2026-01&place=${id}`, nameOf: (m) => `${m.label}: 3 people`, alt: "Map of the transfer" };

function sceneOf(view: { event: string; place: string | null }, edit: (model: MapModel) => void = () => {}): MapScene {
  const model = buildMapModel(loadDatasetSnapshot());
  edit(model);
  return buildMapScene(model, { ...view, camera: null }, basemap, { kind: "picture" });
}

/** The picture as the browser parses it. */
function parse(scene: MapScene, options = OPTIONS): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = mapPictureHtml(renderMapPicture(scene, options));
  return host.firstElementChild as HTMLElement;
}

describe(renderMapPicture, () => {
  it("renderMapPicture draws the box, the land, one arc path per arc and one link per marker, big markers first", () => {
    const scene = sceneOf({ event: "ev2026-01", place: "us_houston" });
    const picture = parse(scene);
    expect(picture.matches("div.map-picture.map-picture--fit[data-map-picture]")).toBe(true);
    expect(picture.getAttribute("style")).toBe("--map-pad:28px");
    const box = picture.querySelector(":scope > .map-picture__fit > .map-picture__box")!;
    expect(box.getAttribute("style")).toMatch(/^--ratio:[\d.]+$/);
    const svg = box.querySelector(":scope > svg.map-picture__svg")!;
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${+scene.width.toFixed(2)} ${+scene.height.toFixed(2)}`);
    expect(svg.getAttribute("aria-label")).toBe("Map of the transfer");
    expect([...svg.querySelectorAll(":scope > path")].map((p) => p.getAttribute("class"))).toEqual(["land land--other", "land land--focus", "state-lines"]);
    expect(svg.querySelectorAll("g.arcs > path.arc")).toHaveLength(12);
    expect(svg.querySelectorAll("path.arc--highlighted")).toHaveLength(2);
    const pins = [...box.querySelectorAll<HTMLAnchorElement>(":scope > a.pin")];
    expect(pins.map((a) => a.dataset.place)).toEqual([...scene.markers].sort((a, b) => b.radiusPx - a.radiusPx).map((m) => m.id));
    const houston = box.querySelector<HTMLAnchorElement>('a.pin[data-place="us_houston"]')!;
    expect(houston.getAttribute("href")).toBe("/?event=2026-01&place=us_houston");
    expect(houston.getAttribute("aria-current")).toBe("true");
    expect(houston.className).toContain("pin--selected");
    expect([houston.getAttribute("tabindex"), houston.getAttribute("aria-hidden"), houston.getAttribute("aria-label")]).toEqual([
      "-1",
      "true",
      "Houston*: 3 people",
    ]);
    expect(houston.querySelector(".pin__label")!.textContent).toBe("Houston*");
    expect(box.querySelectorAll('a.pin[aria-current="true"]')).toHaveLength(1);
  });

  it("renderMapPicture positions a marker in percent of the box with its radius and colour as CSS variables", () => {
    const scene = sceneOf({ event: "ev2025-08", place: null });
    const m = scene.markers[0]!;
    const pin = parse(scene).querySelector<HTMLElement>(`a.pin[data-place="${m.id}"]`)!;
    expect(pin.getAttribute("style")).toBe(`left:${m.xPct}%;top:${m.yPct}%;--r:${m.radiusPx}px;--c:${m.color}`);
    expect(parse(scene).querySelector(".pennsylvania")).toBeNull();
    expect(parse(scene).querySelector("pattern#pa-hatch")).toBeNull();
  });

  it("renderMapPicture hatches Pennsylvania after the state lines when the scene has it", () => {
    const svg = parse(sceneOf({ event: "ev2026-01", place: null })).querySelector("svg")!;
    expect([...svg.querySelectorAll(":scope > path")].map((p) => p.getAttribute("class"))).toEqual([
      "land land--other",
      "land land--focus",
      "state-lines",
      "pennsylvania",
    ]);
    expect(svg.querySelector(":scope > defs > pattern#pa-hatch > line")).not.toBeNull();
  });

  it("renderMapPicture writes one label without a size class where narrow and wide boxes agree, and one per class where they differ", () => {
    const scene = sceneOf({ event: "all", place: null });
    const picture = parse(scene);
    for (const m of scene.markers) {
      const labels = [...picture.querySelectorAll(`a.pin[data-place="${m.id}"] > .pin__label`)];
      const same = JSON.stringify(m.labelAt.compact) === JSON.stringify(m.labelAt.wide);
      const expected = same ? (m.labelAt.wide ? [""] : []) : [m.labelAt.compact && "pin--compact", m.labelAt.wide && "pin--wide"].filter(Boolean);
      expect({ id: m.id, classes: labels.map((l) => l.className.match(/pin--(compact|wide)/)?.[0] ?? "") }).toEqual({ id: m.id, classes: expected });
    }
    expect(picture.querySelectorAll(".pin__label").length).toBeGreaterThan(5);
  });

  it("renderMapPicture escapes a hostile place name, link, accessible name and text alternative", () => {
    const scene = sceneOf({ event: "ev2026-01", place: "us_houston" }, (model) => {
      model.places = model.places.map((p) => (p.id === "us_houston" ? { ...p, name: { en: HOSTILE, es: HOSTILE } } : p));
    });
    const options: MapPictureOptions = { hrefOf: (id) => `/?place=${id}&x="><script>`, nameOf: () => HOSTILE, alt: HOSTILE };
    const { html } = renderMapPicture(scene, options);
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;&quot;&amp;");
    const picture = parse(scene, options);
    expect(picture.querySelectorAll("script")).toHaveLength(0);
    const houston = picture.querySelector('a.pin[data-place="us_houston"]')!;
    expect(houston.querySelector(".pin__label")!.textContent).toBe(`${HOSTILE}*`);
    expect(houston.getAttribute("aria-label")).toBe(HOSTILE);
    expect(houston.getAttribute("href")).toBe(`/?place=us_houston&x="><script>`);
    expect(picture.querySelector("svg")!.getAttribute("aria-label")).toBe(HOSTILE);
  });

  it("renderMapPicture draws a linked camera's canvas in camera mode", () => {
    const model = buildMapModel(loadDatasetSnapshot());
    const scene = buildMapScene(model, { event: "all", place: null, camera: { zoom: 4, lon: -100, lat: 30, bearing: 0, pitch: 0 } }, basemap, {
      kind: "picture",
    });
    expect(renderMapPicture(scene, OPTIONS).className).toBe("map-picture map-picture--camera");
  });
});
