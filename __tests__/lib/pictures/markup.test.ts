/** @jest-environment node */
import { getBuildId } from "@/lib/load/build-id";
import { GENERATOR_MARKER, parsePictureSrc, pictureMarkup, renderPictureKey } from "@/lib/pictures/markup";
import type { PlotData } from "@/lib/charts/plot-data";
import type { MapExportData } from "@/lib/export/map-export-data";
import { fromWire } from "@/lib/charts/wire";
import { getMessages } from "@/lib/i18n/messages";
import { pictureKey, pictureMediaType } from "@/lib/pictures/picture-source";
import { DEFAULT_VIEW, type ViewState } from "@/lib/url/view-state";

/** The static pictures' generator: what each kind draws from a view, and the addresses it answers. */
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));

describe("pictureMarkup", () => {
  it("draws the overview's map with one link per marker to that place's view, keeping the rest of the view", () => {
    const html = pictureMarkup("map", view({ event: "ev2026-01", lang: "es", scope: "nationwide" }));
    expect(html).toMatch(/^<div class="map-picture[^"]*"[^>]* data-map-picture="">/);
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) expect(href).toMatch(/^\/\?v=2&event=2026-01&place=[a-z_]+&scope=nationwide&lang=es$/);
    expect(html).toContain('aria-label="Houston');
  });

  it("draws the embed's map with links that stay in the embed", () => {
    for (const href of hrefs(pictureMarkup("embed-map", view({ event: "ev2025-08" })))) expect(href).toMatch(/^\/embed\/map\?v=2&event=2025-08&place=/);
  });

  it("draws a linked camera's picture in camera mode, and the fitted picture otherwise", () => {
    expect(pictureMarkup("map", view({ camera: { zoom: 4, lat: 25, lon: -100, bearing: 0, pitch: 0 } }))).toContain("map-picture--camera");
    expect(pictureMarkup("map", view({}))).not.toContain("map-picture--camera");
  });

  it("draws the map legend as a named group, in the view's language", () => {
    expect(pictureMarkup("map-legend", view({}))).toMatch(/^<div class="map-legend" aria-label="Legend" role="group">/);
    expect(pictureMarkup("map-legend", view({ lang: "es" }))).toMatch(/^<div class="map-legend" aria-label="Simbología" role="group">/);
  });

  it("cuts a time chart's picture to the view's range, and draws a chart's legend as its list", () => {
    // The monthly line is one path of relative steps ("l10.5-9.5"), one per month after the first.
    const points = (html: string) => (/series--perDay"><path d="([^"]+)"/.exec(html)?.[1]?.match(/l/g) ?? []).length;
    const all = pictureMarkup("chart-homicides", view({}));
    const cut = pictureMarkup("chart-homicides", view({ range: { from: "2025-01", to: "2025-06" } }));
    expect(all).toMatch(/^<div class="chart-picture" data-chart-picture=""( data-thin="\d+")? role="img" aria-labelledby="chart-homicides-desc">/);
    expect(points(cut)).toBeLessThan(points(all));
    expect(pictureMarkup("legend-fiscal", view({}))).toMatch(/^<ul class="chart__legend"><li>/);
  });

  it("gives a plot's data as JSON (the compact wire form, cut to the view's range and in its scope) with the export's words", () => {
    const data = JSON.parse(pictureMarkup("plot-fentanyl", view({ scope: "nationwide", range: { from: "2025-01", to: "2025-06" }, lang: "es" }))) as PlotData;
    const spec = fromWire(data.spec);
    expect(spec.kind).toBe("fentanyl");
    expect(data.meta).toMatchObject({ chartId: "fentanyl", title: getMessages("es").charts.fentanyl.title, sourceLine: expect.stringMatching(/^Fuente/) });
    expect((spec.props.rows as { month: string }[]).map((r) => r.month)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(pictureMediaType("plot-fentanyl")).toBe("application/json");
    expect(pictureMediaType("chart-fentanyl")).toBe("text/html; charset=utf-8");
  });

  it("gives the map download panel's words and the image's for the view's transfer, as JSON", () => {
    const data = JSON.parse(pictureMarkup("map-export", view({ event: "ev2025-08", lang: "es", place: "us_pa" }))) as MapExportData;
    expect(data.meta.title).toContain("12 de agosto de 2025");
    expect(data.meta.legend.filter((item) => item.mark === "line")).toHaveLength(1);
    expect(data.strings.size).toBe(getMessages("es").export.size);
    expect(pictureMediaType("map-export")).toBe("application/json");
  });

  it("draws a picture once per distinct result: parts of the view it does not draw give the very same string", () => {
    const a = pictureMarkup("chart-annual", view({ event: "ev2025-02", place: "us_pa", table: true }));
    expect(pictureMarkup("chart-annual", view({}))).toBe(a);
    expect(pictureMarkup("chart-annual", view({ lang: "es" }))).not.toBe(a);
  });
});

describe("parsePictureSrc and renderPictureKey", () => {
  const build = getBuildId();

  it("read the kind and the view from an address of this build; junk in the query is ignored as a page ignores it", () => {
    expect(parsePictureSrc(`/pictures/${build}/chart-fentanyl?scope=nationwide&junk=<x>`, build)).toEqual({
      kind: "chart-fentanyl",
      view: view({ scope: "nationwide" }),
    });
    expect(renderPictureKey(pictureKey("map-legend", view({ lang: "es" })))).toBe(pictureMarkup("map-legend", view({ lang: "es" })));
  });

  it("name no picture for another build, an unknown kind or another path; rendering one throws with the generator's marker", () => {
    for (const src of [`/pictures/other/map`, `/pictures/${build}/nope`, `/pictures/${build}/map/x`, `/og?v=2`, `/pictures/${build}`])
      expect({ src, parsed: parsePictureSrc(src, build) }).toEqual({ src, parsed: null });
    expect(() => renderPictureKey("nope?v=2")).toThrow(GENERATOR_MARKER);
  });
});
