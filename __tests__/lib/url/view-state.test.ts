/** @jest-environment node */
import { clientIds } from "@/lib/url/client-ids";
import { TIMELINE_KINDS } from "@/lib/timeline/kinds";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { buildMapModel } from "@/lib/map/model";
import { isRealMonth } from "@/lib/stats/calendar";
import {
  CHART_IDS,
  CHART_SCOPES,
  DEFAULT_VIEW,
  PEOPLE_SORTS,
  PEOPLE_STATUSES,
  SCHEMA_VERSION,
  overviewView,
  parseViewState,
  timelineView,
  roundCamera,
  serializeViewState,
  toSearch,
  type Camera,
  type ViewContext,
  type ViewState,
} from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

/** Every property runs at least this often (the brief's floor). */
const RUNS = { numRuns: 10_000 };

type ParamSource = Parameters<typeof parseViewState>[0];
type ParamRecord = Exclude<ParamSource, URLSearchParams>;

/** Query parameter names in the order serializeViewState writes them, after "v". */
const PARAM_ORDER = ["map", "event", "place", "chart", "scope", "range", "table", "person", "court", "status", "sort", "lang"] as const;
const PARAM_NAMES = ["v", ...PARAM_ORDER] as const;
/** Version-1 camera parameters, read only by the migration. */
const LEGACY_NAMES = ["zoom", "lat", "lon"] as const;

// ---------------------------------------------------------------------------------------------
// Contexts (factories: a fresh object per call)

/** The ids the map offers, from the real data/. */
function makeRealContext(): ViewContext {
  const data = loadDatasetSnapshot();
  const model = buildMapModel(data);
  return {
    eventIds: model.events.map((e) => e.id),
    placeIds: model.places.map((p) => p.id),
    personIds: data.people.map((p) => p.id),
    courtIds: data.courts.map((c) => c.id),
    entryIds: data.timeline.map((e) => e.id),
  };
}

/** A small hand-made context for tests that do not depend on the data. */
const makeContext = (): ViewContext => ({
  eventIds: ["ev2025-02", "ev2026-01"],
  placeIds: ["us_houston", "us_pa"],
  personIds: ["rafael-caro-quintero", "fidel-felix-ochoa"],
  courtIds: ["fed-edny", "state-wake"],
  entryIds: ["tl-2025-09-03-rubio-visit"],
});

/**
 * Ids with characters that must be escaped in a query or in HTML. Wider than the schema allows
 * (lib/schema/transfers.ts), to show the serializer escapes whatever the context holds; event ids
 * keep the "ev" prefix the schema guarantees and the URL form drops.
 */
const makeHostileContext = (): ViewContext => ({
  eventIds: ["ev<script>", "ev a&b=c", "ev\"'#?%2F/", "evé😀", "ev"],
  placeIds: ["<b>x</b>", "a/b%2Fc", "x y+z", "ünï😀", "'\"", ""],
  personIds: ["<img src=x>", "a&person=b", "é😀"],
  courtIds: ["\"'><", "c d"],
  entryIds: ["<i>", "e&entry=f"],
});

/** All three contexts, labelled so a counterexample says which one failed. */
const makeContexts = () => [
  { name: "hand-made", ctx: makeContext() },
  { name: "real data", ctx: makeRealContext() },
  { name: "hostile ids", ctx: makeHostileContext() },
];

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const camera = (zoom: number, lat: number, lon: number, bearing = 0, pitch = 0): Camera => ({ zoom, lat, lon, bearing, pitch });
const isSpanishAvailable = (LOCALES as readonly string[]).includes("es");

// ---------------------------------------------------------------------------------------------
// Arbitraries

/**
 * A number in [min, max] with `digits` decimals, built as integer / 10^digits: exactly the double
 * the URL's rounding produces, and never -0 (the integer 0 divides to +0).
 */
const decimal = (min: number, max: number, digits: number) =>
  fc.integer({ min: Math.round(min * 10 ** digits), max: Math.round(max * 10 ** digits) }).map((k) => k / 10 ** digits);

/**
 * Records with Object's prototype, as the parser builds them: fast-check otherwise sometimes makes
 * null-prototype objects, which isDeepStrictEqual tells apart from DEFAULT_VIEW (a 1-in-6 flake).
 */
const PLAIN = { noNullPrototype: true } as const;

const cameraArb: fc.Arbitrary<Camera> = fc.record(
  {
    zoom: decimal(0, 22, 2),
    lat: decimal(-85.0511, 85.0511, 4),
    lon: decimal(-180, 180, 4),
    // 0 often, so both the 3-part and the 5-part form of `map` are common.
    bearing: fc.oneof(fc.constant(0), decimal(-180, 180, 1)),
    pitch: fc.oneof(fc.constant(0), decimal(0, 85, 1)),
  },
  PLAIN,
);

const monthArb = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);

const rangeArb = fc.tuple(monthArb, monthArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

/** Any view the URL can express for `ctx`. */
function validViewState(ctx: ViewContext): fc.Arbitrary<ViewState> {
  return fc.record(
    {
      camera: fc.option(cameraArb, { nil: null }),
      event: fc.constantFrom("all", ...ctx.eventIds),
      place: fc.option(fc.constantFrom(...ctx.placeIds), { nil: null }),
      chart: fc.option(fc.constantFrom(...CHART_IDS), { nil: null }),
      scope: fc.constantFrom(...CHART_SCOPES),
      range: fc.option(rangeArb, { nil: null }),
      table: fc.boolean(),
      person: ctx.personIds?.length ? fc.option(fc.constantFrom(...ctx.personIds), { nil: null }) : fc.constant(null),
      court: ctx.courtIds?.length ? fc.option(fc.constantFrom(...ctx.courtIds), { nil: null }) : fc.constant(null),
      status: fc.option(fc.constantFrom(...PEOPLE_STATUSES), { nil: null }),
      sort: fc.constantFrom(...PEOPLE_SORTS),
      kind: fc.option(fc.constantFrom(...TIMELINE_KINDS), { nil: null }),
      entry: ctx.entryIds?.length ? fc.option(fc.constantFrom(...ctx.entryIds), { nil: null }) : fc.constant(null),
      lang: fc.constantFrom(...LOCALES),
    },
    PLAIN,
  );
}

/** A labelled context together with a valid view for it. */
const contextAndView = (contexts: ReturnType<typeof makeContexts>) =>
  fc.constantFrom(...contexts).chain(({ name, ctx }) => validViewState(ctx).map((s) => ({ name, ctx, s })));

/** Values chosen to hit every parser branch, including the accepting ones. */
function nastyValues(contexts: ReturnType<typeof makeContexts>): string[] {
  const ids = contexts.flatMap(({ ctx }) => [
    ...ctx.eventIds,
    ...ctx.eventIds.map((id) => id.slice(2)),
    ...ctx.placeIds,
    ...(ctx.personIds ?? []),
    ...(ctx.courtIds ?? []),
  ]);
  return [
    ...ids,
    ...CHART_IDS,
    ...PEOPLE_STATUSES,
    ...PEOPLE_SORTS,
    ...CHART_SCOPES,
    ...LOCALES,
    "",
    "all",
    "es",
    "1",
    "0",
    "2",
    "99",
    "<script>alert(1)</script>",
    "1e309",
    "-1e309",
    "NaN",
    "-0",
    "Infinity",
    "-Infinity",
    "0x10",
    "1_000",
    " 4",
    "4.",
    ".5",
    "+4",
    "4/32/-99",
    "4/32/-99/10/30",
    "-0/-0/-0/-0/-0",
    "1e309/0/0",
    "NaN/NaN/NaN",
    "4/32/-99/10",
    "2024-01..2025-06",
    "2025-06..2024-01",
    "2024-13..2025-01",
    "2024-01..2024-02..2024-03",
    "__proto__",
    "constructor",
    "toString",
    "%00",
    "\u0000",
    "\uD800",
    "x\uDC00",
    "\u202E",
    "😀".repeat(30),
    "é".normalize("NFD").repeat(30),
  ];
}

/** Strings from 150 code units (around the 200 limit) up to 10 kB, by repeating a short unit. */
const longString = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 4 }), fc.integer({ min: 150, max: 10_240 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Camera-shaped values: slash-separated numbers written in every way JavaScript prints them. */
const slashNumbers = fc
  .array(fc.oneof(fc.double().map(String), fc.integer({ min: -200, max: 200 }).map(String), fc.constantFrom("-0", "NaN", "1e309", "")), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join("/"));

const monthLike = fc.tuple(fc.oneof(monthArb, fc.string({ maxLength: 8 })), fc.oneof(monthArb, fc.string({ maxLength: 8 }))).map(([a, b]) => `${a}..${b}`);

function valueArb(contexts: ReturnType<typeof makeContexts>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    { weight: 3, arbitrary: fc.constantFrom(...nastyValues(contexts)) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: longString },
    { weight: 2, arbitrary: slashNumbers },
    { weight: 1, arbitrary: monthLike },
  );
}

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<string>(...PARAM_NAMES, ...LEGACY_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "utm_source", "") },
);

// ---------------------------------------------------------------------------------------------
// Checks

/** Everything wrong with `s` as a view for `ctx`; [] when it is valid. */
function problemsOf(s: ViewState, ctx: ViewContext): string[] {
  const problems: string[] = [];
  const c = s.camera;
  if (c !== null) {
    const values = [c.zoom, c.lat, c.lon, c.bearing, c.pitch];
    if (!values.every(Number.isFinite)) problems.push("camera has a non-finite number");
    if (values.some((n) => Object.is(n, -0))) problems.push("camera has -0");
    if (!(c.zoom >= 0 && c.zoom <= 22)) problems.push("zoom out of 0-22");
    if (!(Math.abs(c.lat) <= 85.0511)) problems.push("lat out of ±85.0511");
    if (!(Math.abs(c.lon) <= 180)) problems.push("lon out of ±180");
    if (!(Math.abs(c.bearing) <= 180)) problems.push("bearing out of ±180");
    if (!(c.pitch >= 0 && c.pitch <= 85)) problems.push("pitch out of 0-85");
    if (!isDeepStrictEqual(roundCamera(c), c)) problems.push("camera not rounded");
  }
  if (s.event !== "all" && !ctx.eventIds.includes(s.event)) problems.push(`unknown event ${s.event}`);
  if (s.place !== null && !ctx.placeIds.includes(s.place)) problems.push(`unknown place ${s.place}`);
  if (s.chart !== null && !(CHART_IDS as readonly string[]).includes(s.chart)) problems.push(`unknown chart ${s.chart}`);
  if (!(CHART_SCOPES as readonly string[]).includes(s.scope)) problems.push(`unknown scope ${s.scope}`);
  if (s.range !== null && !(isRealMonth(s.range.from) && isRealMonth(s.range.to) && s.range.from <= s.range.to)) problems.push("bad range");
  if (typeof s.table !== "boolean") problems.push("table not a boolean");
  if (s.person !== null && !(ctx.personIds ?? []).includes(s.person)) problems.push(`unknown person ${s.person}`);
  if (s.court !== null && !(ctx.courtIds ?? []).includes(s.court)) problems.push(`unknown court ${s.court}`);
  if (s.status !== null && !(PEOPLE_STATUSES as readonly string[]).includes(s.status)) problems.push(`unknown status ${s.status}`);
  if (!(PEOPLE_SORTS as readonly string[]).includes(s.sort)) problems.push(`unknown sort ${s.sort}`);
  if (!(LOCALES as readonly string[]).includes(s.lang)) problems.push(`unknown lang ${s.lang}`);
  return problems;
}

/** parseViewState's output is valid, its notices are well-formed, and it survives a round trip. */
function expectWellFormedParse(source: ParamSource, ctx: ViewContext): void {
  const parsed = parseViewState(source, ctx);
  const noticeProblems = parsed.ignored.flatMap((entry) => [
    ...((PARAM_NAMES as readonly string[]).includes(entry.param) ? [] : [`notice for unknown param ${entry.param}`]),
    ...([...entry.raw].length <= 41 ? [] : [`raw of ${entry.param} not cut`]),
    ...(entry.why ? [] : [`no reason for ${entry.param}`]),
  ]);
  expect([...problemsOf(parsed.view, ctx), ...noticeProblems]).toEqual([]);
  expect(parseViewState(new URLSearchParams(serializeViewState(parsed.view)), ctx)).toEqual({ view: parsed.view, ignored: [] });
}

/** The params a view should produce, written out independently of the module, in order. */
function expectedParams(s: ViewState): [string, string][] {
  const out: [string, string][] = [];
  const c = s.camera;
  if (c) out.push(["map", c.bearing === 0 && c.pitch === 0 ? `${c.zoom}/${c.lat}/${c.lon}` : `${c.zoom}/${c.lat}/${c.lon}/${c.bearing}/${c.pitch}`]);
  if (s.event !== "all") out.push(["event", s.event.slice(2)]);
  if (s.place !== null) out.push(["place", s.place]);
  if (s.chart !== null) out.push(["chart", s.chart]);
  if (s.scope !== DEFAULT_VIEW.scope) out.push(["scope", s.scope]);
  if (s.range !== null) out.push(["range", `${s.range.from}..${s.range.to}`]);
  if (s.table) out.push(["table", "1"]);
  if (s.person !== null) out.push(["person", s.person]);
  if (s.court !== null) out.push(["court", s.court]);
  if (s.status !== null) out.push(["status", s.status]);
  if (s.sort !== DEFAULT_VIEW.sort) out.push(["sort", s.sort]);
  if (s.kind !== null) out.push(["kind", s.kind]);
  if (s.entry !== null) out.push(["entry", s.entry]);
  if (s.lang !== DEFAULT_VIEW.lang) out.push(["lang", s.lang]);
  return out.length ? [["v", String(SCHEMA_VERSION)], ...out] : [];
}

// ---------------------------------------------------------------------------------------------

describe(parseViewState, () => {
  // --- properties ----------------------------------------------------------------------------

  it("parseViewState never throws and returns a valid view for any string as the whole query", () => {
    const contexts = makeContexts();
    const value = valueArb(contexts);
    const rawQuery = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      // name=value pairs written without any encoding, so '&', '=', '%' and '+' inside values bite.
      fc.array(fc.tuple(keyArb, value), { maxLength: 10 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&")),
      // The same pairs properly encoded (lone surrogates become U+FFFD), behind a leading "?".
      fc.array(fc.tuple(keyArb, value), { maxLength: 10 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...contexts), rawQuery, ({ ctx }, query) => expectWellFormedParse(new URLSearchParams(query), ctx)),
      RUNS,
    );
  });

  it("parseViewState never throws and returns a valid view for any searchParams record, with string or string[] values", () => {
    const contexts = makeContexts();
    const value = valueArb(contexts);
    const record: fc.Arbitrary<ParamRecord> = fc.dictionary(keyArb, fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined)), {
      maxKeys: 12,
    });
    fc.assert(
      fc.property(fc.constantFrom(...contexts), record, ({ ctx }, source) => expectWellFormedParse(source, ctx)),
      RUNS,
    );
  });

  it("parseViewState never throws and returns a valid view for URLSearchParams with repeated keys", () => {
    const contexts = makeContexts();
    const pairs = fc.array(fc.tuple(keyArb, valueArb(contexts)), { maxLength: 14 });
    fc.assert(
      fc.property(fc.constantFrom(...contexts), pairs, ({ ctx }, entries) => expectWellFormedParse(new URLSearchParams(entries), ctx)),
      RUNS,
    );
  });

  it("parseViewState reads back every valid view serializeViewState writes, from URLSearchParams and from a record", () => {
    fc.assert(
      fc.property(contextAndView(makeContexts()), ({ ctx, s }) => {
        const query = serializeViewState(s);
        expect({ query, parsed: parseViewState(new URLSearchParams(query), ctx) }).toEqual({ query, parsed: { view: s, ignored: [] } });
        expect({ query, parsed: parseViewState(Object.fromEntries(new URLSearchParams(query)), ctx) }).toEqual({ query, parsed: { view: s, ignored: [] } });
      }),
      RUNS,
    );
  });

  // --- empty, unknown, duplicates ------------------------------------------------------------

  it("parseViewState gives the default view with no notices for an empty query or record", () => {
    expect(parseViewState(new URLSearchParams(""), makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parseViewState({}, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it("parseViewState ignores unknown params silently, without a notice", () => {
    expect(parseViewState(new URLSearchParams("utm_source=x&foo=<script>&MAP=4/0/0&Event=2026-01"), makeContext())).toEqual({
      view: DEFAULT_VIEW,
      ignored: [],
    });
  });

  it("parseViewState takes the first of repeated params in URLSearchParams", () => {
    const ctx = makeContext();
    expect(parseViewState(new URLSearchParams("event=2026-01&event=2025-02"), ctx)).toEqual({ view: view({ event: "ev2026-01" }), ignored: [] });
    expect(parseViewState(new URLSearchParams("event=bogus&event=2026-01"), ctx)).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ param: "event", raw: "bogus", why: "not a transfer in the data" }],
    });
  });

  it("parseViewState takes the first value of a string[] in a Next.js searchParams record", () => {
    const ctx = makeContext();
    expect(parseViewState({ event: ["2026-01", "2025-02"], place: ["us_pa", "us_houston"] }, ctx)).toEqual({
      view: view({ event: "ev2026-01", place: "us_pa" }),
      ignored: [],
    });
    expect(parseViewState({ place: ["<b>x</b>", "us_pa"] }, ctx).ignored).toMatchObject([{ param: "place", raw: "<b>x</b>", why: "not a place on the map" }]);
  });

  it("parseViewState treats an empty string[] and an undefined value as absent", () => {
    expect(parseViewState({ event: [], place: undefined }, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  // --- map -----------------------------------------------------------------------------------

  it("parseViewState ignores map=abc and names the param", () => {
    const parsed = parseViewState(new URLSearchParams("v=2&map=abc"), makeContext());
    expect(parsed.view.camera).toBeNull();
    expect(parsed.ignored).toMatchObject([{ param: "map", raw: "abc", why: expect.any(String) }]);
  });

  it("parseViewState reads map=zoom/lat/lon as a camera with no bearing or pitch", () => {
    expect(parseViewState(new URLSearchParams("v=2&map=4.5/32.1/-99.5"), makeContext())).toEqual({
      view: view({ camera: camera(4.5, 32.1, -99.5) }),
      ignored: [],
    });
  });

  it("parseViewState reads map=zoom/lat/lon/bearing/pitch as a tilted, rotated camera", () => {
    expect(parseViewState(new URLSearchParams("v=2&map=4.5/32.1/-99.5/-30.5/45"), makeContext())).toEqual({
      view: view({ camera: camera(4.5, 32.1, -99.5, -30.5, 45) }),
      ignored: [],
    });
  });

  it("parseViewState accepts a camera on every bound", () => {
    const rows = [
      { raw: "22/85.0511/180/180/85", expected: camera(22, 85.0511, 180, 180, 85) },
      { raw: "0/-85.0511/-180/-180/0", expected: camera(0, -85.0511, -180, -180, 0) },
    ];
    for (const { raw, expected } of rows)
      expect({ raw, camera: parseViewState({ v: "2", map: raw }, makeContext()).view.camera }).toEqual({ raw, camera: expected });
  });

  it("parseViewState ignores a camera with a value out of range or not a plain decimal, with a reason", () => {
    const rows: { raw: string; why: RegExp }[] = [
      { raw: "23/0/0", why: /zoom/ },
      { raw: "-1/0/0", why: /zoom/ },
      { raw: "4/86/0", why: /latitude/ },
      { raw: "4/-85.0512/0", why: /latitude/ },
      { raw: "4/0/181", why: /longitude/ },
      { raw: "4/0/-180.0001", why: /longitude/ },
      { raw: "4/0/0/181/0", why: /bearing/ },
      { raw: "4/0/0/0/90", why: /pitch/ },
      { raw: "4/0/0/0/-1", why: /pitch/ },
      { raw: "4/0/0/10", why: /zoom\/lat\/lon/ },
      { raw: "4/0", why: /zoom\/lat\/lon/ },
      { raw: "1e309/0/0", why: /numbers/ },
      { raw: "NaN/0/0", why: /numbers/ },
      { raw: "Infinity/0/0", why: /numbers/ },
      { raw: "0x4/0/0", why: /numbers/ },
      { raw: "+4/0/0", why: /numbers/ },
      { raw: "4//0", why: /numbers/ },
      { raw: " 4/0/0", why: /numbers/ },
    ];
    for (const { raw, why } of rows) {
      const parsed = parseViewState({ v: "2", map: raw }, makeContext());
      expect({ raw, parsed }).toMatchObject({ raw, parsed: { view: DEFAULT_VIEW, ignored: [{ param: "map", raw, why: expect.stringMatching(why) }] } });
    }
  });

  it("parseViewState rounds the camera to the URL's precision", () => {
    // Exact equality on purpose: the rounding is what makes parse(serialize(s)) === s hold.
    expect(parseViewState({ v: "2", map: "4.5678/32.123456/-99.987654/12.34/45.67" }, makeContext()).view.camera).toEqual(
      camera(4.57, 32.1235, -99.9877, 12.3, 45.7),
    );
  });

  it("parseViewState turns -0 and values that round to -0 into 0", () => {
    const c = parseViewState({ v: "2", map: "-0/-0.00001/-0/-0.01/-0" }, makeContext()).view.camera;
    expect(c).toEqual(camera(0, 0, 0, 0, 0)); // toEqual tells -0 from 0
  });

  // --- event, place, chart, scope, table, lang ------------------------------------------------

  it("parseViewState reads event=all as every transfer and event=YYYY-MM as that transfer", () => {
    expect(parseViewState({ v: "2", event: "all" }, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parseViewState({ v: "2", event: "2025-02" }, makeContext())).toEqual({ view: view({ event: "ev2025-02" }), ignored: [] });
  });

  it("parseViewState ignores event=<script> and reports the raw text as given", () => {
    expect(parseViewState(new URLSearchParams("v=2&event=<script>"), makeContext())).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ param: "event", raw: "<script>", why: "not a transfer in the data" }],
    });
  });

  it("parseViewState cuts a reported raw value longer than 40 characters to 40 plus an ellipsis", () => {
    const raw = "<script>alert(1)</script>".repeat(3);
    expect(parseViewState({ v: "2", event: raw }, makeContext()).ignored).toMatchObject([
      { param: "event", raw: `${raw.slice(0, 40)}…`, why: "not a transfer in the data" },
    ]);
    expect(parseViewState({ v: "2", place: "y".repeat(40) }, makeContext()).ignored[0]?.raw).toBe("y".repeat(40));
  });

  it("parseViewState ignores a 10 kB value in any param as too long", () => {
    const huge = "2".repeat(10_000);
    for (const param of PARAM_ORDER) {
      const parsed = parseViewState(new URLSearchParams({ v: "2", [param]: huge }), makeContext());
      expect({ param, parsed }).toMatchObject({ param, parsed: { view: DEFAULT_VIEW, ignored: [{ param, raw: `${"2".repeat(40)}…`, why: "too long" }] } });
    }
  });

  it("parseViewState looks at values up to 200 characters and calls 201 too long", () => {
    expect(parseViewState({ v: "2", place: "x".repeat(200) }, makeContext()).ignored.map((i) => i.why)).toMatchObject(["not a place on the map"]);
    expect(parseViewState({ v: "2", place: "x".repeat(201) }, makeContext()).ignored.map((i) => i.why)).toMatchObject(["too long"]);
  });

  it("parseViewState falls back to no place when the place is not on the map", () => {
    expect(parseViewState({ v: "2", place: "us_atlantis" }, makeContext())).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ param: "place", raw: "us_atlantis", why: "not a place on the map" }],
    });
  });

  it("parseViewState accepts each chart id and ignores any other", () => {
    for (const chart of CHART_IDS)
      expect({ chart, parsed: parseViewState({ v: "2", chart }, makeContext()) }).toEqual({ chart, parsed: { view: view({ chart }), ignored: [] } });
    expect(parseViewState({ v: "2", chart: "Transfers" }, makeContext()).ignored).toMatchObject([
      { param: "chart", raw: "Transfers", why: expect.stringMatching(/expected one of/) },
    ]);
  });

  it("parseViewState accepts each scope and ignores any other", () => {
    for (const scope of CHART_SCOPES)
      expect({ scope, parsed: parseViewState({ v: "2", scope }, makeContext()) }).toEqual({ scope, parsed: { view: view({ scope }), ignored: [] } });
    expect(parseViewState({ v: "2", scope: "NATIONWIDE" }, makeContext()).ignored).toMatchObject([
      { param: "scope", raw: "NATIONWIDE", why: expect.stringMatching(/expected one of/) },
    ]);
  });

  it("parseViewState reads table=1 as true and table=0 as false, and ignores anything else", () => {
    expect(parseViewState({ v: "2", table: "1" }, makeContext())).toEqual({ view: view({ table: true }), ignored: [] });
    expect(parseViewState({ v: "2", table: "0" }, makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    for (const raw of ["yes", "true", "", "01"]) {
      expect({ raw, parsed: parseViewState({ v: "2", table: raw }, makeContext()) }).toMatchObject({
        raw,
        parsed: { view: DEFAULT_VIEW, ignored: [{ param: "table", raw, why: "expected 1 or 0" }] },
      });
    }
  });

  it("parseViewState accepts lang=es only once Spanish is in LOCALES", () => {
    const parsed = parseViewState({ v: "2", lang: "es" }, makeContext());
    const expected = isSpanishAvailable
      ? { view: view({ lang: "es" as Locale }), ignored: [] }
      : { view: DEFAULT_VIEW, ignored: [{ param: "lang", raw: "es", why: expect.stringMatching(/expected one of/) }] };
    expect(parsed).toEqual(expected);
  });

  it("parseViewState accepts every locale in LOCALES", () => {
    for (const lang of LOCALES)
      expect({ lang, parsed: parseViewState({ v: "2", lang }, makeContext()) }).toEqual({ lang, parsed: { view: view({ lang }), ignored: [] } });
  });

  // --- range ---------------------------------------------------------------------------------

  it("parseViewState reads range=YYYY-MM..YYYY-MM as an inclusive month range, one month included", () => {
    expect(parseViewState({ v: "2", range: "2024-01..2025-06" }, makeContext()).view.range).toEqual({ from: "2024-01", to: "2025-06" });
    expect(parseViewState({ v: "2", range: "2024-03..2024-03" }, makeContext()).view.range).toEqual({ from: "2024-03", to: "2024-03" });
  });

  it("parseViewState ignores a range that ends before it starts", () => {
    expect(parseViewState({ v: "2", range: "2025-01..2024-01" }, makeContext())).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ param: "range", raw: "2025-01..2024-01", why: "the range ends before it starts" }],
    });
  });

  it("parseViewState ignores a range whose ends are not real months or not in YYYY-MM..YYYY-MM form", () => {
    for (const raw of [
      "2024-13..2025-01",
      "2024-00..2024-02",
      "2024-1..2024-02",
      "2024-01..",
      "..2024-01",
      "2024-01..2024-02..2024-03",
      "2024-01-2024-02",
      "2024-01…2024-02",
    ]) {
      expect({ raw, parsed: parseViewState({ v: "2", range: raw }, makeContext()) }).toMatchObject({
        raw,
        parsed: { view: DEFAULT_VIEW, ignored: [{ param: "range", raw, why: "expected YYYY-MM..YYYY-MM" }] },
      });
    }
  });

  // --- version and migrations ----------------------------------------------------------------

  it("parseViewState reports an unknown version v=99 and still parses the rest as the current version", () => {
    expect(parseViewState(new URLSearchParams("v=99&event=2026-01&place=us_pa"), makeContext())).toMatchObject({
      view: view({ event: "ev2026-01", place: "us_pa" }),
      ignored: [{ param: "v", raw: "99", why: expect.stringMatching(/version/) }],
    });
  });

  it("parseViewState reports a version that is not a supported number", () => {
    for (const raw of ["0", "abc", "", "2.0", "-1", "1e0"]) {
      const parsed = parseViewState({ v: raw }, makeContext());
      expect({ raw, parsed }).toMatchObject({ raw, parsed: { view: DEFAULT_VIEW, ignored: [{ param: "v", raw, why: expect.stringMatching(/version/) }] } });
    }
  });

  it("parseViewState migrates a version-1 link (no v) with separate zoom, lat, lon and an 'ev' event id", () => {
    expect(parseViewState(new URLSearchParams("zoom=4&lat=30&lon=-100&event=ev2026-01"), makeContext())).toEqual({
      view: view({ camera: camera(4, 30, -100), event: "ev2026-01" }),
      ignored: [],
    });
  });

  it("parseViewState migrates a link marked v=1 the same way", () => {
    expect(parseViewState(new URLSearchParams("v=1&zoom=4&lat=30&lon=-100&event=ev2026-01"), makeContext())).toEqual({
      view: view({ camera: camera(4, 30, -100), event: "ev2026-01" }),
      ignored: [],
    });
  });

  it("parseViewState still reads a current link written without v", () => {
    expect(parseViewState(new URLSearchParams("event=2026-01&place=us_houston&map=4.2/32.1/-99.5"), makeContext())).toEqual({
      view: view({ event: "ev2026-01", place: "us_houston", camera: camera(4.2, 32.1, -99.5) }),
      ignored: [],
    });
  });

  it("parseViewState keeps map over zoom, lat and lon when a version-1 link has both", () => {
    expect(parseViewState(new URLSearchParams("zoom=4&lat=30&lon=-100&map=5/10/20"), makeContext()).view.camera).toEqual(camera(5, 10, 20));
  });

  it("parseViewState drops a version-1 camera that lacks one of zoom, lat and lon, without a notice", () => {
    expect(parseViewState(new URLSearchParams("zoom=4&lat=30"), makeContext())).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it("parseViewState reports an out-of-range version-1 camera under the map param it migrates to", () => {
    expect(parseViewState(new URLSearchParams("zoom=30&lat=0&lon=0"), makeContext())).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ param: "map", raw: "30/0/0", why: expect.stringMatching(/zoom/) }],
    });
  });

  it("parseViewState does not migrate a v=2 link: zoom/lat/lon are unknown and an 'ev' event is not an event", () => {
    expect(parseViewState(new URLSearchParams("v=2&zoom=4&lat=30&lon=-100&event=ev2026-01"), makeContext())).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ param: "event", raw: "ev2026-01", why: "not a transfer in the data" }],
    });
  });
});

describe(serializeViewState, () => {
  it("serializeViewState gives an empty string for the default view and for a copy of it", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
    expect(serializeViewState(structuredClone(DEFAULT_VIEW))).toBe("");
  });

  it("serializeViewState writes v=2 then the event without its 'ev' prefix and the place", () => {
    expect(serializeViewState(view({ event: "ev2026-01", place: "us_houston" }))).toBe("v=2&event=2026-01&place=us_houston");
  });

  it("serializeViewState writes the camera with literal slashes, not %2F", () => {
    expect(serializeViewState(view({ camera: camera(4.2, 32.1, -99.5) }))).toBe("v=2&map=4.2/32.1/-99.5");
  });

  it("serializeViewState writes bearing and pitch only when one of them is not zero", () => {
    const rows = [
      { c: camera(4.2, 32.1, -99.5, 0, 0), expected: "v=2&map=4.2/32.1/-99.5" },
      { c: camera(4.2, 32.1, -99.5, 10, 0), expected: "v=2&map=4.2/32.1/-99.5/10/0" },
      { c: camera(4.2, 32.1, -99.5, 0, 30), expected: "v=2&map=4.2/32.1/-99.5/0/30" },
      { c: camera(4.2, 32.1, -99.5, -0.01, 0.04), expected: "v=2&map=4.2/32.1/-99.5" }, // both round to 0
    ];
    for (const { c, expected } of rows) expect({ c, query: serializeViewState(view({ camera: c })) }).toEqual({ c, query: expected });
  });

  it("serializeViewState rounds an unrounded camera (zoom 2 decimals, lat/lon 4, bearing/pitch 1)", () => {
    expect(serializeViewState(view({ camera: camera(4.5678, 32.123456, -99.987654, 12.34, 45.67) }))).toBe("v=2&map=4.57/32.1235/-99.9877/12.3/45.7");
  });

  it("serializeViewState writes params in a stable order: map, event, place, chart, scope, range, table, lang", () => {
    const full = view({
      camera: camera(4.2, 32.1, -99.5, 10, 30),
      event: "ev2026-01",
      place: "us_pa",
      chart: "fentanyl",
      scope: "nationwide",
      range: { from: "2024-01", to: "2025-06" },
      table: true,
    });
    expect(serializeViewState(full)).toBe(
      "v=2&map=4.2/32.1/-99.5/10/30&event=2026-01&place=us_pa&chart=fentanyl&scope=nationwide&range=2024-01..2025-06&table=1",
    );
    const otherLocale = LOCALES.find((l) => l !== DEFAULT_VIEW.lang);
    if (otherLocale) expect(serializeViewState({ ...full, lang: otherLocale })).toMatch(/&table=1&lang=[^&]+$/);
  });

  it("serializeViewState percent-encodes characters that are not safe in a query", () => {
    expect(serializeViewState(view({ place: "a&b=c d" }))).toBe("v=2&place=a%26b%3Dc+d");
  });

  it("serializeViewState omits only default values: it is empty exactly for the default view and starts with the version otherwise", () => {
    fc.assert(
      fc.property(contextAndView(makeContexts()), ({ s }) => {
        const query = serializeViewState(s);
        expect({ s, query, isEmpty: query === "" }).toEqual({ s, query, isEmpty: isDeepStrictEqual(s, DEFAULT_VIEW) });
        if (query !== "") expect(query.startsWith(`v=${SCHEMA_VERSION}&`)).toBe(true);
      }),
      RUNS,
    );
  });

  it("serializeViewState writes something for a view that differs from the default in any single field", () => {
    const ctx = makeContext();
    const oneChange = fc
      .tuple(validViewState(ctx), fc.constantFrom(...(Object.keys(DEFAULT_VIEW) as (keyof ViewState)[])))
      .map(([s, key]) => ({ ...DEFAULT_VIEW, [key]: s[key] }));
    fc.assert(
      fc.property(oneChange, (s) => {
        const query = serializeViewState(s);
        expect(query === "").toBe(isDeepStrictEqual(s, DEFAULT_VIEW));
        if (query !== "") expect(query).toMatch(/^v=2&[a-z]+=/);
      }),
      RUNS,
    );
  });

  it("serializeViewState writes no character that needs escaping in HTML, and each param reads back with URLSearchParams", () => {
    fc.assert(
      fc.property(contextAndView(makeContexts()), ({ s }) => {
        const query = serializeViewState(s);
        expect(query).not.toMatch(/[<>"'\s#]/);
        expect([...new URLSearchParams(query)]).toEqual(expectedParams(s));
      }),
      RUNS,
    );
  });

  it("serializeViewState rounds any in-bounds camera so that it parses back as roundCamera(camera)", () => {
    const anyCamera = fc.record({
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      lat: fc.double({ min: -85.0511, max: 85.0511, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      bearing: fc.double({ min: -180, max: 180, noNaN: true }),
      pitch: fc.double({ min: 0, max: 85, noNaN: true }),
    });
    fc.assert(
      fc.property(anyCamera, (c) => {
        const query = serializeViewState(view({ camera: c }));
        expect({ query, parsed: parseViewState(new URLSearchParams(query), makeContext()) }).toEqual({
          query,
          parsed: { view: view({ camera: roundCamera(c) }), ignored: [] },
        });
      }),
      RUNS,
    );
  });
});

describe(roundCamera, () => {
  it("roundCamera rounds zoom to 2 decimals, lat and lon to 4, bearing and pitch to 1", () => {
    expect(roundCamera(camera(4.5678, 32.123456, -99.987654, 12.34, 45.67))).toEqual(camera(4.57, 32.1235, -99.9877, 12.3, 45.7));
  });

  it("roundCamera turns values that round to -0 into 0", () => {
    const rounded = roundCamera(camera(-0.001, -0.00001, -0, -0.04, -0));
    for (const [key, value] of Object.entries(rounded)) expect({ key, isPositiveZero: Object.is(value, 0) }).toEqual({ key, isPositiveZero: true });
  });

  it("roundCamera leaves its input unchanged", () => {
    const input = camera(4.5678, 32.123456, -99.987654, 12.34, 45.67);
    roundCamera(input);
    expect(input).toEqual(camera(4.5678, 32.123456, -99.987654, 12.34, 45.67));
  });

  it("roundCamera is idempotent, never gives -0 and moves no field by more than half a step", () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const anyCamera = fc.record({ zoom: finite, lat: finite, lon: finite, bearing: finite, pitch: finite });
    const halfStep: Camera = { zoom: 0.005, lat: 0.00005, lon: 0.00005, bearing: 0.05, pitch: 0.05 };
    fc.assert(
      fc.property(anyCamera, (c) => {
        const once = roundCamera(c);
        // One expect per run: a list of what is wrong keeps 10k runs fast and the failure readable.
        const problems = (Object.keys(halfStep) as (keyof Camera)[]).flatMap((key) => [
          ...(Object.is(roundCamera(once)[key], once[key]) ? [] : [`${key} not idempotent`]),
          ...(Object.is(once[key], -0) ? [`${key} is -0`] : []),
          ...(Math.abs(once[key] - c[key]) <= halfStep[key] * (1 + 1e-9) + Math.abs(c[key]) * 1e-15 ? [] : [`${key} moved too far`]),
        ]);
        expect({ c, once, problems }).toEqual({ c, once, problems: [] });
      }),
      RUNS,
    );
  });
});

describe(toSearch, () => {
  it("toSearch gives an empty string for the default view", () => {
    expect(toSearch(DEFAULT_VIEW)).toBe("");
  });

  it("toSearch prefixes a non-empty query with '?'", () => {
    expect(toSearch(view({ event: "ev2025-08", place: "us_hpn" }))).toBe("?v=2&event=2025-08&place=us_hpn");
  });

  it("toSearch is '?' plus serializeViewState for every non-default view", () => {
    fc.assert(
      fc.property(validViewState(makeContext()), (s) => {
        const query = serializeViewState(s);
        expect(toSearch(s)).toBe(query === "" ? "" : `?${query}`);
      }),
      RUNS,
    );
  });
});

describe("parseViewState notice text", () => {
  it("parseViewState counts characters, not UTF-16 units, when it shortens a rejected value", () => {
    const ctx = { eventIds: ["ev2026-01"], placeIds: ["us_pa"] };
    expect(parseViewState({ v: "2", place: "😀".repeat(21) }, ctx).ignored[0]?.raw).toBe("😀".repeat(21));
    expect(parseViewState({ v: "2", place: "😀".repeat(41) }, ctx).ignored[0]?.raw).toBe(`${"😀".repeat(40)}…`);
  });
});

describe("parseViewState: ranges are cut to the months with data", () => {
  const ctx = { eventIds: ["ev2026-01"], placeIds: ["us_houston"], months: { from: "2018-01", to: "2026-04" } };
  const parse = (q: string) => parseViewState(new URLSearchParams(q), ctx);

  it("keeps a range inside the data as it is, with no notice", () => {
    expect(parse("v=2&range=2020-01..2021-06")).toEqual({ view: { ...DEFAULT_VIEW, range: { from: "2020-01", to: "2021-06" } }, ignored: [] });
  });

  it("cuts a range that reaches past the data, and says so", () => {
    const { view, ignored } = parse("v=2&range=1990-01..2030-12");
    expect(view.range).toEqual({ from: "2018-01", to: "2026-04" });
    expect(ignored).toMatchObject([{ param: "range", raw: "1990-01..2030-12", why: "cut to the months with data: 2018-01..2026-04" }]);
  });

  it("drops a range wholly outside the data (the issue's 1990-01..1990-02 and 2030-01..2030-02), and says so", () => {
    for (const raw of ["1990-01..1990-02", "2030-01..2030-02"]) {
      const { view, ignored } = parse(`v=2&range=${raw}`);
      expect(view.range).toBeNull();
      expect(ignored).toMatchObject([{ param: "range", raw, why: "no data in these months (the series cover 2018-01..2026-04)" }]);
    }
  });

  it("without known months (no context), takes ranges as they are", () => {
    expect(parseViewState(new URLSearchParams("v=2&range=1990-01..1990-02"), { eventIds: [], placeIds: [] }).view.range).toEqual({
      from: "1990-01",
      to: "1990-02",
    });
  });
});

describe("the timeline's parameters", () => {
  it("reads a kind and an entry the data holds, ignores others with a notice, and keeps them off the other pages' views", () => {
    const ctx = makeContext();
    const { view: ok, ignored: none } = parseViewState(new URLSearchParams("v=2&kind=call&entry=tl-2025-09-03-rubio-visit&lang=es"), ctx);
    expect([ok.kind, ok.entry, none]).toEqual(["call", "tl-2025-09-03-rubio-visit", []]);
    expect(serializeViewState(timelineView({ ...ok, event: "ev2026-01", person: "rafael-caro-quintero" }))).toBe(
      "v=2&kind=call&entry=tl-2025-09-03-rubio-visit&lang=es",
    );
    expect(overviewView(ok)).toMatchObject({ kind: null, entry: null });
    const { view: bad, ignored } = parseViewState(new URLSearchParams("v=2&kind=rumour&entry=tl-1999-01-01-nope"), ctx);
    expect([bad.kind, bad.entry]).toEqual([null, null]);
    expect(ignored.map((i) => [i.param, i.code])).toEqual([
      ["kind", "oneOf"],
      ["entry", "noSuchEntry"],
    ]);
  });
});

describe("the lists only some pages read", () => {
  it("clientIds keeps a page's own lists, and a parameter whose list is left out is not read, without a notice", () => {
    const ctx = makeContext();
    const home = clientIds(ctx, []);
    expect([home.personIds, home.courtIds, home.entryIds]).toEqual([undefined, undefined, undefined]);
    expect(clientIds(ctx, ["timeline"]).entryIds).toEqual(ctx.entryIds);
    expect(clientIds(ctx, ["people"])).toMatchObject({ personIds: ctx.personIds, courtIds: ctx.courtIds });
    expect(clientIds(ctx, ["people"]).entryIds).toBeUndefined();
    const query = new URLSearchParams("v=2&event=2026-01&person=nobody&entry=tl-1999-01-01-nope&lang=es");
    const { view, ignored } = parseViewState(query, home);
    expect([view.event, view.person, view.entry, view.lang, ignored]).toEqual(["ev2026-01", null, null, "es", []]);
    // The page that reads them still refuses unknown ids, with a notice.
    expect(parseViewState(query, ctx).ignored.map((i) => i.code)).toEqual(["noSuchPerson", "noSuchEntry"]);
  });
});
