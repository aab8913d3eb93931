/** @jest-environment node */
import type { Feature, LineString, MultiPolygon, Polygon } from "geojson";
import { buildArcs } from "@/lib/map/features";
import { buildMapModel, type MapModel } from "@/lib/map/model";
import type { Basemap } from "@/lib/map/basemap";
import { escapeXml } from "@/lib/export/xml";
import { buildRouteMapSvg } from "@/lib/og/route-map-svg";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const makeModel = (): MapModel => buildMapModel(loadDatasetSnapshot());

/** A made-up basemap: one box of land over Mexico and the U.S., one over Cuba, one state line, and Pennsylvania. */
function makeBasemap(): Basemap {
  const box = (w: number, s: number, e: number, n: number, name: string): Feature<Polygon, { name: string }> => ({
    type: "Feature",
    properties: { name },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  });
  const line: Feature<LineString> = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "LineString",
      coordinates: [
        [-100, 30],
        [-100, 45],
      ],
    },
  };
  const countries: Feature<Polygon | MultiPolygon, { name: string }>[] = [box(-125, 15, -67, 49, "United States of America"), box(-85, 20, -74, 23, "Cuba")];
  return {
    countries: { type: "FeatureCollection", features: countries },
    states: { type: "FeatureCollection", features: [line] },
    pennsylvania: box(-80.5, 39.7, -74.7, 42.3, "Pennsylvania"),
  };
}

const SIZE = { width: 1200, height: 630 };
const svgFor = (view: { event: string; place: string | null }, model = makeModel()) => buildRouteMapSvg(model, view, { ...SIZE, basemap: makeBasemap() });

const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;

/** Throws unless tags nest and close properly and every "&" starts an entity: enough XML for an <img> to load. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const [, close, name, selfClose] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
}

/** Centres of the place markers, [x, y] in px. */
function markerCentres(svg: string): [number, number][] {
  return [...svg.matchAll(/class="marker"[^>]*? cx="([-\d.]+)" cy="([-\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe(buildRouteMapSvg, () => {
  it.each([
    ["ev2025-08", 5],
    ["ev2026-01", 12],
  ])("buildRouteMapSvg draws one path per arc of %s (%i)", (event, arcs) => {
    const svg = svgFor({ event, place: null });
    expectWellFormed(svg);
    expect(count(svg, /<path class="arc/g)).toBe(arcs);
  });

  it("buildRouteMapSvg draws every event's arcs for the view 'all'", () => {
    const model = makeModel();
    expect(count(svgFor({ event: "all", place: null }, model), /<path class="arc/g)).toBe(buildArcs(model, "all").features.length);
  });

  it("buildRouteMapSvg dashes exactly the disputed arcs and colours them by event", () => {
    const model = makeModel();
    const disputed = buildArcs(model, "ev2026-01").features.filter((f) => f.properties.isDisputed).length;
    expect(disputed).toBeGreaterThan(0);
    const svg = svgFor({ event: "ev2026-01", place: null }, model);
    const dashed = [...svg.matchAll(/<path class="arc arc--disputed"[^>]*>/g)].map((m) => m[0]);
    expect(dashed).toHaveLength(disputed);
    for (const tag of dashed) expect(tag).toContain("stroke-dasharray");
    const color = model.events.find((e) => e.id === "ev2026-01")!.color;
    expect(new Set([...svg.matchAll(/<path class="arc[^"]*"[^>]*stroke="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]))).toEqual(new Set([color]));
  });

  it("buildRouteMapSvg draws no dash for an event whose routes no source disputes (Aug 2025)", () => {
    expect(svgFor({ event: "ev2025-08", place: null })).not.toContain("stroke-dasharray");
  });

  it("buildRouteMapSvg fits every marker of the event inside the canvas", () => {
    const centres = markerCentres(svgFor({ event: "ev2026-01", place: null }));
    expect(centres).toHaveLength(8); // 2 departures + 6 destinations
    for (const [x, y] of centres) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(SIZE.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(SIZE.height);
    }
  });

  it("buildRouteMapSvg keeps routes and markers inside the frame it is given", () => {
    const frame = { x: 520, y: 0, width: 680, height: 580 };
    const svg = buildRouteMapSvg(makeModel(), { event: "all", place: null }, { ...SIZE, basemap: makeBasemap(), frame });
    for (const [x, y] of markerCentres(svg)) {
      expect(x).toBeGreaterThanOrEqual(frame.x);
      expect(x).toBeLessThanOrEqual(frame.x + frame.width);
      expect(y).toBeGreaterThanOrEqual(frame.y);
      expect(y).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });

  it("buildRouteMapSvg rings the selected place and mutes the routes that do not touch it", () => {
    const svg = svgFor({ event: "ev2026-01", place: "us_houston" });
    expect(count(svg, /<circle [^>]*fill="none"/g)).toBe(1);
    // Houston: 2 departures x 1 destination are highlighted, the other 10 arcs are muted.
    expect(count(svg, /<path class="arc[^>]*stroke-opacity="1"/g)).toBe(2);
    expect(count(svg, /<path class="arc[^>]*stroke-opacity="0.22"/g)).toBe(10);
    expect(svg).toMatch(/<text [^>]*font-weight="700"[^>]*>Houston\*<\/text>/);
  });

  it("buildRouteMapSvg shows a selected place that the chosen event never reached", () => {
    const svg = svgFor({ event: "ev2025-08", place: "us_pa" });
    expect(svg).toContain('data-place="us_pa"');
  });

  it("buildRouteMapSvg escapes place names and the title for XML", () => {
    const model = makeModel();
    model.places = model.places.map((p) => (p.id === "us_houston" ? { ...p, name: { en: `Hou<&>"ston, Texas`, es: `Hou<&>"ston, Texas` } } : p));
    const svg = buildRouteMapSvg(model, { event: "ev2026-01", place: "us_houston" }, { ...SIZE, basemap: makeBasemap(), title: "Routes <of> Jan & Feb" });
    expectWellFormed(svg);
    expect(svg).toContain("Hou&lt;&amp;&gt;&quot;ston*");
    expect(svg).toContain("<title>Routes &lt;of&gt; Jan &amp; Feb</title>");
    expect(svg).not.toContain("<&>");
  });

  it("buildRouteMapSvg leaves labels out when asked (a caller that draws text itself)", () => {
    const svg = buildRouteMapSvg(makeModel(), DEFAULT_VIEW, { ...SIZE, basemap: makeBasemap(), showLabels: false });
    expect(svg).not.toContain("<text");
  });

  it("buildRouteMapSvg leaves out basemap features that lie off the canvas", () => {
    const basemap = makeBasemap();
    const far: Feature<Polygon, { name: string }> = {
      type: "Feature",
      bbox: [100, -10, 110, 0],
      properties: { name: "Far away" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [100, -10],
            [110, -10],
            [110, 0],
            [100, 0],
            [100, -10],
          ],
        ],
      },
    };
    const withFar = { ...basemap, countries: { ...basemap.countries, features: [...basemap.countries.features, far] } };
    const view = { event: "ev2025-08", place: null };
    expect(buildRouteMapSvg(makeModel(), view, { ...SIZE, basemap: withFar })).toBe(buildRouteMapSvg(makeModel(), view, { ...SIZE, basemap }));
  });

  it("buildRouteMapSvg returns the same string for the same input (pure)", () => {
    expect(svgFor({ event: "all", place: "us_phx" })).toBe(svgFor({ event: "all", place: "us_phx" }));
  });
});

describe(escapeXml, () => {
  it.each([
    ["A<&>B", "A&lt;&amp;&gt;B"],
    [`"it's"`, "&quot;it&apos;s&quot;"],
    ["San José\u0007", "San José"],
    ["&amp;", "&amp;amp;"],
  ])("escapeXml(%j) is %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
