/** @jest-environment node */
import fc from "fast-check";
import { notFoundRoute, resolveRoute, type RouteContext } from "@/lib/http/route-keys";
import { DEFAULT_VIEW, toSearch } from "@/lib/url/view-state";

const ctx: RouteContext = {
  eventIds: ["ev2025-02", "ev2025-08", "ev2026-01"],
  placeIds: ["mx_aifa", "us_houston", "us_pa"],
  personIds: ["rafael-caro-quintero"],
  entryIds: ["tl-2025-09-03-rubio-visit-security-cooperation-program"],
  months: { from: "2019-01", to: "2026-04" },
  buildId: "b1",
};
const resolve = (url: string) => {
  const u = new URL(url, "http://x");
  return resolveRoute(decodeURIComponent(u.pathname), u.searchParams, ctx);
};
const key = (url: string) => resolve(url).key;

describe("resolveRoute", () => {
  it("gives every URL of one view the same key: order, junk, defaults and old link versions do not matter", () => {
    const paths = [
      "/?v=2&event=2026-01&place=us_houston",
      "/?place=us_houston&event=2026-01&v=2",
      "/?v=2&event=2026-01&place=us_houston&junk=1&lang=en&scope=swb",
      "/?event=ev2026-01&place=us_houston",
      "/?v=2&event=2026-01&place=us_houston&_rsc=abc",
    ];
    const resolved = paths.map(resolve);
    expect(new Set(resolved.map((r) => r.key))).toEqual(new Set(["/?v=2&event=2026-01&place=us_houston"]));
    expect(resolved.every((r) => r.id === "home" && r.route.rule === "view")).toBe(true);
  });

  it("keeps what a view shows: a camera or a language make another key", () => {
    expect(key("/?v=2&map=4.5/30/-95")).toBe("/?v=2&map=4.5/30/-95");
    expect(key("/?lang=es")).toBe("/?v=2&lang=es");
    expect(key("/")).toBe("/");
  });

  it("/sources depends on the language only, and /floor on nothing", () => {
    expect(key("/sources?v=2&event=2026-01&map=4/30/-90")).toBe("/sources");
    expect(key("/sources?lang=es&place=us_houston")).toBe("/sources?v=2&lang=es");
    expect(key("/floor?lang=es&x=1")).toBe("/floor");
  });

  it("an embedded chart ignores ?chart= (it shows its own) and keeps its table flag, scope and range; an unknown chart is the 404 page", () => {
    expect(key("/embed/chart/fentanyl?v=2&chart=homicides&scope=nationwide&table=1")).toBe("/embed/chart/fentanyl?v=2&scope=nationwide&table=1");
    expect(resolve("/embed/chart/nonsense?v=2")).toMatchObject({ id: "notFound", key: "/_atlas/not-found" });
  });

  it("the preview image keys only what it draws, and clamps its range to the data", () => {
    expect(key("/og?v=2&event=2026-01&map=4/30/-90&table=1&scope=nationwide&range=2020-01..2021-01&junk=1")).toBe("/og?v=2&event=2026-01");
    expect(resolve("/og?v=2&chart=fentanyl&scope=nationwide&range=1990-01..2030-01")).toMatchObject({
      id: "previewImage",
      key: "/og?v=2&chart=fentanyl&scope=nationwide&range=2019-01..2026-04",
    });
    expect(key("/og?v=2&chart=annual&scope=nationwide&range=2020-01..2021-01")).toBe("/og?v=2&chart=annual");
  });

  it("the people preview keys the person and the language only: filters and sort draw nothing on it; an unknown person is the page's card", () => {
    expect(key("/og/people?v=2&lang=es&person=rafael-caro-quintero&event=2025-02&sort=name&status=pleaded_not_guilty")).toBe(
      "/og/people?v=2&person=rafael-caro-quintero&lang=es",
    );
    expect(key("/og/people?v=2&event=2026-01&court=fed-sdcal")).toBe("/og/people");
    expect(key("/og/people?v=2&person=nobody-at-all")).toBe("/og/people");
  });

  it("the claims page, its CSV and its preview are keyed by the language alone: a view's transfer, chart or junk draws nothing on them", () => {
    expect(key("/claims?v=2&lang=es&event=2026-01&chart=homicides&junk=1")).toBe("/claims?v=2&lang=es");
    expect(key("/claims?v=2&place=us_houston")).toBe("/claims");
    expect(key("/claims.csv?lang=es&sort=name")).toBe("/claims.csv?v=2&lang=es");
    expect(key("/og/claims?v=2&lang=en&person=rafael-caro-quintero")).toBe("/og/claims");
    expect(key("/og/claims?lang=es")).toBe("/og/claims?v=2&lang=es");
  });

  it("the timeline's preview keys the entry and the language; its CSV the kind, the months and the language, never the entry", () => {
    const rubio = "tl-2025-09-03-rubio-visit-security-cooperation-program";
    expect(key(`/og/timeline?v=2&lang=es&entry=${rubio}&kind=call&range=2025-01..2025-06`)).toBe(`/og/timeline?v=2&entry=${rubio}&lang=es`);
    expect(key("/og/timeline?v=2&entry=tl-1999-01-01-nope")).toBe("/og/timeline");
    expect(key(`/timeline.csv?v=2&kind=tariff&entry=${rubio}&lang=es&event=2026-01`)).toBe("/timeline.csv?v=2&kind=tariff&lang=es");
    expect(key("/timeline.csv?kind=rumour")).toBe("/timeline.csv");
  });

  it("data files and map data are keyed by their path, without the query; an unknown name is the 404 page", () => {
    expect(resolve("/data/transfers.json?x=1")).toMatchObject({ id: "dataFile", key: "/data/transfers.json" });
    expect(resolve("/map-data/ev2026-01/places.json")).toMatchObject({ id: "mapData", key: "/map-data/ev2026-01/places.json" });
    for (const path of ["/data/nope.csv", "/data/..%2Fpackage.json", "/map-data/nope/arcs.json", "/map-data/all/nope.json", "/map-data/all"])
      expect({ path, id: resolve(path).id }).toEqual({ path, id: "notFound" });
  });

  it("a picture is keyed by its build, its kind and only the part of the view it draws; another build or an unknown kind is the 404 page", () => {
    expect(resolve("/pictures/b1/map?lang=es&place=us_houston&junk=1&map=3/20/-100")).toMatchObject({
      id: "pictures",
      key: "/pictures/b1/map?v=2&map=3/20/-100&place=us_houston&lang=es",
    });
    // A chart's parts take what they draw: its picture and table the scope and range, its caption the scope, its notes the range, its legend neither.
    const view = "?v=2&event=2026-01&place=us_pa&chart=fentanyl&scope=nationwide&range=2025-01..2025-06&table=1&lang=es";
    expect(key(`/pictures/b1/chart-homicides${view}`)).toBe("/pictures/b1/chart-homicides?v=2&range=2025-01..2025-06&lang=es");
    expect(key(`/pictures/b1/chart-fentanyl${view}`)).toBe("/pictures/b1/chart-fentanyl?v=2&scope=nationwide&range=2025-01..2025-06&lang=es");
    expect(key(`/pictures/b1/table-homicides${view}`)).toBe("/pictures/b1/table-homicides?v=2&range=2025-01..2025-06&lang=es");
    expect(key(`/pictures/b1/claim-checks${view}`)).toBe("/pictures/b1/claim-checks?v=2&lang=es");
    expect(key(`/pictures/b1/legend-fentanyl${view}`)).toBe("/pictures/b1/legend-fentanyl?v=2&lang=es");
    expect(key(`/pictures/b1/plot-fentanyl${view}`)).toBe("/pictures/b1/plot-fentanyl?v=2&scope=nationwide&range=2025-01..2025-06&lang=es");
    expect(key(`/pictures/b1/caption-fentanyl${view}`)).toBe("/pictures/b1/caption-fentanyl?v=2&scope=nationwide&lang=es");
    expect(key(`/pictures/b1/notes-fentanyl${view}`)).toBe("/pictures/b1/notes-fentanyl?v=2&range=2025-01..2025-06&lang=es");
    expect(key(`/pictures/b1/embed-notes-homicides${view}`)).toBe("/pictures/b1/embed-notes-homicides?v=2&range=2025-01..2025-06&lang=es");
    expect(key(`/pictures/b1/chart-annual${view}`)).toBe("/pictures/b1/chart-annual?v=2&lang=es");
    expect(key(`/pictures/b1/map-legend${view}`)).toBe("/pictures/b1/map-legend?v=2&lang=es");
    expect(key("/pictures/b1/map-legend")).toBe("/pictures/b1/map-legend");
    for (const path of ["/pictures/b0/map", "/pictures/b1/chart-nope", "/pictures/b1", "/pictures/b1/map/x", "/pictures//map"])
      expect({ path, id: resolve(path).id }).toEqual({ path, id: "notFound" });
  });

  it("build files, fonts, the basemap, the worker and the icon are static (no key); the image optimizer is refused", () => {
    for (const path of ["/_next/static/chunks/abc.js", "/fonts/inter-latin-400-normal.woff2", "/geo/countries.json", "/maplibre-gl-worker.mjs", "/icon.svg"])
      expect({ path, rule: resolve(path).route.rule, key: resolve(path).key }).toEqual({ path, rule: "static", key: null });
    expect(resolve("/_next/image?url=%2Fog&w=64").route.rule).toBe("refused");
  });

  it("every other path is the 404 page, one entry per language", () => {
    for (const path of ["/nope", "/embed", "/sources/x", "/_next/data/x.json", "/og/x", "/og/people/x", "/favicon.ico", "/_next/static"])
      expect(key(path)).toBe("/_atlas/not-found");
    expect(key("/nope?lang=es&junk=1")).toBe("/_atlas/not-found?v=2&lang=es");
    expect(notFoundRoute(new URLSearchParams("lang=xx")).key).toBe("/_atlas/not-found");
  });

  it("a key is itself canonical: resolving it again gives the same key (any accepted view)", () => {
    const view = fc.record({
      event: fc.constantFrom("all", ...ctx.eventIds),
      place: fc.constantFrom(null, ...ctx.placeIds),
      lang: fc.constantFrom("en" as const, "es" as const),
      scope: fc.constantFrom("swb" as const, "nationwide" as const),
      table: fc.boolean(),
      chart: fc.constantFrom(null, "homicides" as const, "fentanyl" as const, "fiscal" as const),
    });
    fc.assert(
      fc.property(view, fc.constantFrom("/", "/embed/map", "/og", "/sources", "/embed/chart/fiscal"), (v, path) => {
        const first = key(`${path}${toSearch({ ...DEFAULT_VIEW, ...v })}`);
        return first !== null && key(first) === first;
      }),
    );
  });
});
