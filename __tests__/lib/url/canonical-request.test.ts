/** @jest-environment node */
import fc from "fast-check";
import { canonicalRequest, canonicalViews, imageView, type RequestContext } from "@/lib/url/canonical-request";
import { clampRange } from "@/lib/url/month-range";
import { DEFAULT_VIEW, parseViewState, toSearch } from "@/lib/url/view-state";

const ctx: RequestContext = {
  eventIds: ["ev2025-02", "ev2025-08", "ev2026-01"],
  placeIds: ["mx_aifa", "us_houston", "us_pa"],
  months: { from: "2019-01", to: "2026-04" },
};
const key = (url: string) => {
  const u = new URL(url, "http://x");
  return canonicalRequest(u.pathname, u.searchParams, ctx);
};

describe("canonicalRequest", () => {
  it("gives every URL of one view the same key: order, junk, defaults and old link versions do not matter", () => {
    const paths = [
      "/?v=2&event=2026-01&place=us_houston",
      "/?place=us_houston&event=2026-01&v=2",
      "/?v=2&event=2026-01&place=us_houston&junk=1&lang=en&scope=swb",
      "/?event=ev2026-01&place=us_houston",
      "/?v=2&event=2026-01&place=us_houston&_rsc=abc",
    ];
    const keys = paths.map(key);
    expect(new Set(keys.map((k) => k?.path))).toEqual(new Set(["/?v=2&event=2026-01&place=us_houston"]));
    expect(keys.every((k) => k?.kind === "page")).toBe(true);
  });

  it("keeps what a view shows: a camera or a language make another key", () => {
    expect(key("/?v=2&map=4.5/30/-95")?.path).toBe("/?v=2&map=4.5/30/-95");
    expect(key("/?lang=es")?.path).toBe("/?v=2&lang=es");
    expect(key("/")?.path).toBe("/");
  });

  it("/sources depends on the language only", () => {
    expect(key("/sources?v=2&event=2026-01&map=4/30/-90")?.path).toBe("/sources");
    expect(key("/sources?lang=es&place=us_houston")?.path).toBe("/sources?v=2&lang=es");
  });

  it("an embedded chart ignores ?chart= (it shows its own) and keeps its table flag, scope and range", () => {
    expect(key("/embed/chart/fentanyl?v=2&chart=homicides&scope=nationwide&table=1")?.path).toBe("/embed/chart/fentanyl?v=2&scope=nationwide&table=1");
    expect(key("/embed/chart/nonsense?v=2")).toBeNull();
  });

  it("the preview image keys only what it draws, and clamps its range to the data", () => {
    expect(key("/og?v=2&event=2026-01&map=4/30/-90&table=1&scope=nationwide&range=2020-01..2021-01&junk=1")?.path).toBe("/og?v=2&event=2026-01");
    expect(key("/og?v=2&chart=fentanyl&scope=nationwide&range=1990-01..2030-01")).toEqual({
      kind: "image",
      path: "/og?v=2&chart=fentanyl&scope=nationwide&range=2019-01..2026-04",
    });
    expect(key("/og?v=2&chart=annual&scope=nationwide&range=2020-01..2021-01")?.path).toBe("/og?v=2&chart=annual");
  });

  it("files, data and unknown paths are not views", () => {
    for (const path of ["/data/transfers.json", "/map-data/all/arcs.json", "/embed", "/nope", "/_next/static/x.js"]) expect(key(path)).toBeNull();
  });

  it("a key is itself canonical: parsing it again gives the same key (any accepted view)", () => {
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
        return first !== null && key(first.path)?.path === first.path;
      }),
    );
  });
});

describe("clampRange", () => {
  const months = { from: "2019-01", to: "2026-04" };
  it("cuts a range to the data and drops one that misses it", () => {
    expect(clampRange({ from: "1990-01", to: "2020-06" }, months)).toEqual({ from: "2019-01", to: "2020-06" });
    expect(clampRange({ from: "2025-01", to: "2030-12" }, months)).toEqual({ from: "2025-01", to: "2026-04" });
    expect(clampRange({ from: "2030-01", to: "2030-02" }, months)).toBeNull();
    expect(clampRange({ from: "1990-01", to: "1990-02" }, months)).toBeNull();
    expect(clampRange(null, months)).toBeNull();
  });
});

describe("imageView", () => {
  it("resets everything the image does not draw", () => {
    const view = parseViewState(new URLSearchParams("v=2&event=2026-01&place=us_houston&map=4/30/-90&table=1&scope=nationwide"), ctx).view;
    expect(imageView(view)).toEqual({ ...DEFAULT_VIEW, event: "ev2026-01", place: "us_houston" });
  });
});

describe("canonicalViews", () => {
  it("lists every transfer (and all) x every place (and none), in each language", () => {
    const views = canonicalViews(ctx, ["en", "es"]);
    expect(views).toHaveLength(2 * 4 * 4);
    expect(new Set(views.map((v) => toSearch(v))).size).toBe(views.length);
    expect(views[0]).toEqual(DEFAULT_VIEW);
  });
});
