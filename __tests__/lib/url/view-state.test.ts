/** @jest-environment node */
import { buildMapModel } from "@/lib/map/model";
import { DEFAULT_VIEW, parseViewState, serializeViewState, toSearch, type ViewContext, type ViewState, CHART_SCOPES } from "@/lib/url/view-state";
import { loadRealDataset } from "../../fixtures/real-data";

/** The ids the map offers, from the real data/ (a fresh object per call). */
function makeRealContext(): ViewContext {
  const model = buildMapModel(loadRealDataset());
  return { eventIds: model.events.map((e) => e.id), placeIds: model.places.map((p) => p.id) };
}

/** A small hand-made context for tests that do not depend on the data. */
const makeContext = (): ViewContext => ({ eventIds: ["ev2025-02", "ev2026-01"], placeIds: ["us_houston", "us_pa"] });

/** Every view the real data allows: each event or "all", with no place or with each place. */
function allViews(ctx: ViewContext): ViewState[] {
  return ["all", ...ctx.eventIds].flatMap((event) => [null, ...ctx.placeIds].flatMap((place) => CHART_SCOPES.map((scope) => ({ event, place, scope }))));
}

describe(parseViewState, () => {
  it("parseViewState round-trips every event and place combination of the real data", () => {
    const ctx = makeRealContext();
    const views = allViews(ctx);
    expect(views).toHaveLength(4 * 14 * CHART_SCOPES.length);
    for (const view of views) {
      const query = serializeViewState(view);
      expect({ query, parsed: parseViewState(new URLSearchParams(query), ctx) }).toEqual({ query, parsed: { view, ignored: [] } });
    }
  });

  it("parseViewState round-trips every combination also from a Next.js searchParams object", () => {
    const ctx = makeRealContext();
    for (const view of allViews(ctx)) {
      const record = Object.fromEntries(new URLSearchParams(serializeViewState(view)));
      expect({ record, parsed: parseViewState(record, ctx) }).toEqual({ record, parsed: { view, ignored: [] } });
    }
  });

  it("parseViewState reads '?event=2026-01&place=us_houston' as the Jan 2026 transfer with Houston selected", () => {
    expect(parseViewState(new URLSearchParams("event=2026-01&place=us_houston"), makeContext())).toEqual({ view: { event: "ev2026-01", place: "us_houston", scope: "swb" }, ignored: [] });
  });

  it("parseViewState gives the default view for no parameters", () => {
    expect(parseViewState(new URLSearchParams(""), makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parseViewState({}, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it("parseViewState accepts 'all' as every transfer", () => {
    expect(parseViewState({ event: "all" }, makeContext()).view.event).toBe("all");
  });

  it("parseViewState ignores unknown parameters without reporting them", () => {
    expect(parseViewState(new URLSearchParams("utm_source=x&zoom=4&event=2025-02"), makeContext())).toEqual({ view: { event: "ev2025-02", place: null, scope: "swb" }, ignored: [] });
  });

  it("parseViewState falls back to the default event and names the param when the event is not in the data", () => {
    const rows: { raw: string; why: string }[] = [
      { raw: "2024-09", why: "not a transfer in the data" },
      { raw: "ev2026-01", why: "not a transfer in the data" }, // the URL form drops the "ev" prefix
      { raw: "ALL", why: "not a transfer in the data" },
      { raw: "", why: "not a transfer in the data" },
    ];
    for (const { raw, why } of rows) {
      expect({ raw, parsed: parseViewState({ event: raw }, makeContext()) }).toEqual({ raw, parsed: { view: DEFAULT_VIEW, ignored: [{ param: "event", raw, why }] } });
    }
  });

  it("parseViewState falls back to no place and names the param when the place is not on the map", () => {
    expect(parseViewState({ place: "us_atlantis" }, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [{ param: "place", raw: "us_atlantis", why: "not a place on the map" }] });
  });

  it("parseViewState keeps a valid param when the other one is invalid", () => {
    expect(parseViewState({ event: "1999-01", place: "us_pa", scope: "swb" }, makeContext())).toEqual({
      view: { event: "all", place: "us_pa", scope: "swb" },
      ignored: [{ param: "event", raw: "1999-01", why: "not a transfer in the data" }],
    });
  });

  it("parseViewState ignores a 10 kB value as too long and reports only its first 40 characters", () => {
    const huge = "2".repeat(10_000);
    for (const param of ["event", "place"] as const) {
      const parsed = parseViewState(new URLSearchParams({ [param]: huge }), makeContext());
      expect({ param, parsed }).toEqual({ param, parsed: { view: DEFAULT_VIEW, ignored: [{ param, raw: `${"2".repeat(40)}…`, why: "too long" }] } });
    }
  });

  it("parseViewState looks at values up to 200 characters and calls 201 too long", () => {
    const at200 = parseViewState({ place: "x".repeat(200) }, makeContext()).ignored;
    const at201 = parseViewState({ place: "x".repeat(201) }, makeContext()).ignored;
    expect(at200.map((i) => i.why)).toEqual(["not a place on the map"]);
    expect(at201.map((i) => i.why)).toEqual(["too long"]);
  });

  it("parseViewState cuts a reported raw value to 40 characters plus an ellipsis", () => {
    const [ignored] = parseViewState({ place: "y".repeat(41) }, makeContext()).ignored;
    expect(ignored!.raw).toBe(`${"y".repeat(40)}…`);
  });

  it("parseViewState ignores '<script>' as an event and reports it as plain text", () => {
    const raw = "<script>alert(1)</script>";
    const parsed = parseViewState(new URLSearchParams({ event: raw }), makeContext());
    expect(parsed).toEqual({ view: DEFAULT_VIEW, ignored: [{ param: "event", raw, why: "not a transfer in the data" }] });
  });

  it("parseViewState takes the first value when a param is given as a string array (Next.js searchParams)", () => {
    expect(parseViewState({ event: ["2026-01", "2025-02"], place: ["us_pa"] }, makeContext())).toEqual({ view: { event: "ev2026-01", place: "us_pa", scope: "swb" }, ignored: [] });
  });

  it("parseViewState takes the first value of a repeated param in URLSearchParams, like a string array", () => {
    const ctx = makeContext();
    expect(parseViewState(new URLSearchParams("event=2025-02&event=2026-01"), ctx)).toEqual(parseViewState({ event: ["2025-02", "2026-01"] }, ctx));
  });

  it("parseViewState treats an empty string array and an undefined value as absent", () => {
    expect(parseViewState({ event: [], place: undefined }, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it("parseViewState reports a bad value given in an array", () => {
    expect(parseViewState({ place: ["<b>x</b>", "us_pa"] }, makeContext()).ignored).toEqual([{ param: "place", raw: "<b>x</b>", why: "not a place on the map" }]);
  });
});

describe(serializeViewState, () => {
  it("serializeViewState gives an empty string for the default view", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
    expect(serializeViewState({ event: "all", place: null, scope: "swb" })).toBe("");
  });

  it("serializeViewState drops the 'ev' prefix of the event id and omits defaults", () => {
    const rows: { view: ViewState; expected: string }[] = [
      { view: { event: "ev2026-01", place: null, scope: "swb" }, expected: "event=2026-01" },
      { view: { event: "all", place: "us_houston", scope: "swb" }, expected: "place=us_houston" },
      { view: { event: "ev2026-01", place: "us_houston", scope: "swb" }, expected: "event=2026-01&place=us_houston" },
      { view: { event: "all", place: null, scope: "nationwide" }, expected: "scope=nationwide" },
    ];
    for (const { view, expected } of rows) expect({ view, query: serializeViewState(view) }).toEqual({ view, query: expected });
  });

  it("serializeViewState percent-encodes characters that are not safe in a query", () => {
    expect(serializeViewState({ event: "all", place: "a&b=c", scope: "swb" })).toBe("place=a%26b%3Dc");
  });
});

describe(toSearch, () => {
  it("toSearch prefixes a non-empty query with '?' and leaves the default view empty", () => {
    expect(toSearch({ event: "ev2025-08", place: "us_hpn", scope: "swb" })).toBe("?event=2025-08&place=us_hpn");
    expect(toSearch(DEFAULT_VIEW)).toBe("");
  });
});

describe("DEFAULT_VIEW", () => {
  it("DEFAULT_VIEW shows every transfer with no place selected", () => {
    expect(DEFAULT_VIEW).toEqual({ event: "all", place: null, scope: "swb" });
  });
});
