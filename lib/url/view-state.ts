/**
 * The view the user sees, as a URL: the only module that reads or writes query parameters.
 *
 * - parseViewState never throws: each bad value falls back to its default and is listed in
 *   `ignored`, for the notice on the page.
 * - serializeViewState omits defaults (the default view is the bare URL), rounds floats (zoom 2
 *   decimals, lat/lon 4), and writes the schema version `v` whenever anything else is written.
 * - Links of an older schema version are migrated first (see MIGRATIONS).
 *
 * Example: "?v=2&map=4.2/32.1/-99.5&event=2026-01&place=us_houston&scope=nationwide"
 */
import { LOCALES, DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { STAGES, type Stage } from "../people/status";
import { TIMELINE_KINDS, type TimelineKind } from "../timeline/kinds";
import { isRealMonth } from "../stats/calendar";
import { fillTemplate, IGNORE_REASONS_EN, type IgnoreArgs, type IgnoreCode } from "./ignore-reasons";
import { clampRange, type MonthRange } from "./month-range";

export const SCHEMA_VERSION = 2;

/** Ids the view may refer to; from the dataset, so a link to a removed place degrades to the default. */
export interface ViewContext {
  eventIds: readonly string[];
  placeIds: readonly string[];
  /** First and last month of the monthly series: a link's range is cut to them (omitted: ranges are taken as they are). */
  months?: MonthRange;
  /**
   * The people and courts a link may name. Omitted on a page that shows neither (its browser
   * payload carries no lists it does not need): a `person` or `court` is then not this page's to
   * read, and is left out of its view without a notice.
   */
  personIds?: readonly string[];
  courtIds?: readonly string[];
  /** The timeline entries a link may open; omitted like the people's, off the timeline. */
  entryIds?: readonly string[];
}

/** MapLibre camera; `map=zoom/lat/lon[/bearing/pitch]` in the URL (the OpenStreetMap order). */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
  bearing: number;
  pitch: number;
}

export const CHART_IDS = ["transfers", "homicides", "annual", "fentanyl", "fiscal"] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** CBP scopes the fentanyl charts can show. */
export const CHART_SCOPES = ["swb", "nationwide"] as const;
export type ChartScope = (typeof CHART_SCOPES)[number];

/** The people table's status filter: a case's stage (lib/people/status.ts). */
export const PEOPLE_STATUSES = STAGES;
export type PeopleStatus = Stage;

/** How the people table is sorted: by transfer (the default), name, court, status, or latest court event (newest first). */
export const PEOPLE_SORTS = ["transfer", "name", "court", "status", "latest"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export type { MonthRange };

export interface ViewState {
  /** null: the map frames the chosen transfer. */
  camera: Camera | null;
  /** "all" or an event id such as "ev2026-01". */
  event: string;
  /** Selected place id, or null. */
  place: string | null;
  /** The chart a link points at (scrolled to; its table opens when `table`). */
  chart: ChartId | null;
  /** Fentanyl charts: southwest border (default) or nationwide. */
  scope: ChartScope;
  /** Time charts show only these months; null = everything. */
  range: MonthRange | null;
  /** Show the linked chart's data table instead of leaving it closed. */
  table: boolean;
  /** The people page: one person's case (their id), or null for the table. */
  person: string | null;
  /** The people table's filters (the transfer filter is `event`) and sort. */
  court: string | null;
  status: PeopleStatus | null;
  sort: PeopleSort;
  /** The timeline: one kind of entry (null: all kinds), and the entry opened (its id), or null. */
  kind: TimelineKind | null;
  entry: string | null;
  lang: Locale;
}

export const DEFAULT_VIEW: ViewState = {
  camera: null,
  event: "all",
  place: null,
  chart: null,
  scope: "swb",
  range: null,
  table: false,
  person: null,
  court: null,
  status: null,
  sort: "transfer",
  kind: null,
  entry: null,
  lang: DEFAULT_LOCALE,
};

/** A parameter that was present but unusable, for the notice shown to the user. */
export interface IgnoredParam {
  param: string;
  /** The raw value, cut to 40 characters; rendered as text only, never as HTML. */
  raw: string;
  /** Why, as a code and its values (the notice words it in the page's language). */
  code: IgnoreCode;
  args?: IgnoreArgs;
  /** Why, in English (logs and tests). */
  why: string;
}

export interface ParsedView {
  view: ViewState;
  ignored: IgnoredParam[];
}

type Failure = { ok: false; code: IgnoreCode; args?: IgnoreArgs };
type Parsed<T> = { ok: true; value: T } | Failure | undefined;
const fail = (code: IgnoreCode, args?: IgnoreArgs): Failure => ({ ok: false, code, args });
/** One ignored parameter, with its English wording. */
const ignoredOf = (param: string, raw: string, code: IgnoreCode, args?: IgnoreArgs): IgnoredParam => ({
  param,
  raw,
  code,
  ...(args ? { args } : {}),
  why: fillTemplate(IGNORE_REASONS_EN[code], args),
});
type Params = Map<string, string>;

/** Longest value we look at; anything longer is ignored whole. */
const MAX_VALUE_LENGTH = 200;
const ZOOM = { min: 0, max: 22 };
/** Web Mercator's latitude limit. */
const MAX_LAT = 85.0511;
const MAX_PITCH = 85;

const round = (value: number, digits: number) => {
  const r = Math.round(value * 10 ** digits) / 10 ** digits;
  return Object.is(r, -0) ? 0 : r;
};
/** At most 40 characters (code points, so an emoji is never split or miscounted), then "…". */
const cut = (raw: string) => {
  const chars = [...raw];
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : raw;
};

/** Rounds a camera the way the URL stores it, so parse(serialize(c)) === c. */
export function roundCamera(c: Camera): Camera {
  return { zoom: round(c.zoom, 2), lat: round(c.lat, 4), lon: round(c.lon, 4), bearing: round(c.bearing, 1), pitch: round(c.pitch, 1) };
}

/** "4.2/32.1/-99.5" or "4.2/32.1/-99.5/10/30" -> Camera. */
function parseCamera(raw: string | undefined): Parsed<Camera | null> {
  if (raw === undefined) return undefined;
  const parts = raw.split("/");
  if (parts.length !== 3 && parts.length !== 5) return fail("cameraShape");
  const numbers = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if (numbers.some((n) => !Number.isFinite(n))) return fail("cameraNumbers");
  const [zoom, lat, lon, bearing = 0, pitch = 0] = numbers as [number, number, number, number?, number?];
  if (zoom < ZOOM.min || zoom > ZOOM.max) return fail("zoomRange", ZOOM);
  if (Math.abs(lat) > MAX_LAT) return fail("latRange", { max: MAX_LAT });
  if (Math.abs(lon) > 180) return fail("lonRange", { max: 180 });
  if (Math.abs(bearing) > 180) return fail("bearingRange", { max: 180 });
  if (pitch < 0 || pitch > MAX_PITCH) return fail("pitchRange", { min: 0, max: MAX_PITCH });
  return { ok: true, value: roundCamera({ zoom, lat, lon, bearing, pitch }) };
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string | undefined): Parsed<T> => {
    if (raw === undefined) return undefined;
    return (values as readonly string[]).includes(raw) ? { ok: true, value: raw as T } : fail("oneOf", { values: values.join(", ") });
  };
}

/** "2026-01" in the URL is the event "ev2026-01"; "all" is every event. */
const parseEvent =
  (ctx: ViewContext) =>
  (raw: string | undefined): Parsed<string> => {
    if (raw === undefined) return undefined;
    if (raw === "all") return { ok: true, value: "all" };
    return ctx.eventIds.includes(`ev${raw}`) ? { ok: true, value: `ev${raw}` } : fail("noSuchTransfer");
  };

const parsePlace =
  (ctx: ViewContext) =>
  (raw: string | undefined): Parsed<string | null> => {
    if (raw === undefined) return undefined;
    return ctx.placeIds.includes(raw) ? { ok: true, value: raw } : fail("noSuchPlace");
  };

/**
 * An id the context lists, else the given reason. No list: the page does not read this parameter
 * (ViewContext), so it is left out as if absent. Empty means none: the people page's filter form
 * sends "court=" for "any".
 */
const parseListed =
  (ids: readonly string[] | undefined, code: IgnoreCode) =>
  (raw: string | undefined): Parsed<string | null> => {
    if (raw === undefined || ids === undefined) return undefined;
    if (raw === "") return { ok: true, value: null };
    return ids.includes(raw) ? { ok: true, value: raw } : fail(code);
  };

/** A status filter, empty meaning any (as the filter form sends it). */
function parseStatus(raw: string | undefined): Parsed<PeopleStatus | null> {
  return raw === "" ? { ok: true, value: null } : oneOf(PEOPLE_STATUSES)(raw);
}

/** "2024-01..2026-02" */
function parseRange(raw: string | undefined): Parsed<MonthRange | null> {
  if (raw === undefined) return undefined;
  const [from, to, ...rest] = raw.split("..");
  if (rest.length || !from || !to || !isRealMonth(from) || !isRealMonth(to)) return fail("rangeShape");
  return from <= to ? { ok: true, value: { from, to } } : fail("rangeReversed");
}

function parseFlag(raw: string | undefined): Parsed<boolean> {
  if (raw === undefined) return undefined;
  return raw === "1" ? { ok: true, value: true } : raw === "0" ? { ok: true, value: false } : fail("flag");
}

/**
 * Ordered migrations from older schema versions. Version 1 (before this module had a version)
 * wrote the camera as separate zoom, lat and lon parameters and the event with its "ev" prefix.
 */
const MIGRATIONS: { from: number; migrate: (p: Params) => void }[] = [
  {
    from: 1,
    migrate(p) {
      const [zoom, lat, lon] = ["zoom", "lat", "lon"].map((k) => p.get(k));
      if (zoom !== undefined && lat !== undefined && lon !== undefined && !p.has("map")) p.set("map", `${zoom}/${lat}/${lon}`);
      for (const k of ["zoom", "lat", "lon"]) p.delete(k);
      const event = p.get("event");
      if (event?.startsWith("ev")) p.set("event", event.slice(2));
    },
  },
];

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function toParams(source: ParamSource): Params {
  const out: Params = new Map();
  if (source instanceof URLSearchParams) {
    for (const [k, v] of source) if (!out.has(k)) out.set(k, v);
  } else {
    for (const [k, v] of Object.entries(source)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (first !== undefined) out.set(k, first);
    }
  }
  return out;
}

export function parseViewState(source: ParamSource, ctx: ViewContext): ParsedView {
  const params = toParams(source);
  const ignored: IgnoredParam[] = [];

  const rawVersion = params.get("v");
  let version = SCHEMA_VERSION;
  if (rawVersion === undefined) version = 1;
  else if (/^\d{1,3}$/.test(rawVersion) && Number(rawVersion) >= 1 && Number(rawVersion) <= SCHEMA_VERSION) version = Number(rawVersion);
  else ignored.push(ignoredOf("v", cut(rawVersion), "unknownVersion", { version: SCHEMA_VERSION }));
  for (const m of MIGRATIONS) if (m.from >= version) m.migrate(params);

  function field<T>(name: string, parse: (raw: string | undefined) => Parsed<T>, fallback: T): T {
    const raw = params.get(name);
    if (raw !== undefined && raw.length > MAX_VALUE_LENGTH) {
      ignored.push(ignoredOf(name, cut(raw), "tooLong"));
      return fallback;
    }
    const parsed = parse(raw);
    if (parsed === undefined) return fallback;
    if (parsed.ok) return parsed.value;
    ignored.push(ignoredOf(name, cut(raw!), parsed.code, parsed.args));
    return fallback;
  }

  const view: ViewState = {
    camera: field("map", parseCamera, DEFAULT_VIEW.camera),
    event: field("event", parseEvent(ctx), DEFAULT_VIEW.event),
    place: field("place", parsePlace(ctx), DEFAULT_VIEW.place),
    chart: field<ChartId | null>("chart", oneOf(CHART_IDS), DEFAULT_VIEW.chart),
    scope: field("scope", oneOf(CHART_SCOPES), DEFAULT_VIEW.scope),
    range: inData(field("range", parseRange, DEFAULT_VIEW.range), ctx.months, ignored),
    table: field("table", parseFlag, DEFAULT_VIEW.table),
    person: field("person", parseListed(ctx.personIds, "noSuchPerson"), DEFAULT_VIEW.person),
    court: field("court", parseListed(ctx.courtIds, "noSuchCourt"), DEFAULT_VIEW.court),
    status: field("status", parseStatus, DEFAULT_VIEW.status),
    sort: field("sort", oneOf(PEOPLE_SORTS), DEFAULT_VIEW.sort),
    kind: field<TimelineKind | null>("kind", oneOf(TIMELINE_KINDS), DEFAULT_VIEW.kind),
    entry: field("entry", parseListed(ctx.entryIds, "noSuchEntry"), DEFAULT_VIEW.entry),
    lang: field("lang", oneOf(LOCALES), DEFAULT_VIEW.lang),
  };
  return { view, ignored };
}

/**
 * A range cut to the months with data (when the context knows them), so that every range a link
 * can hold draws something: the cut, or a range that misses the data, is reported in the notice.
 */
function inData(range: MonthRange | null, months: MonthRange | undefined, ignored: IgnoredParam[]): MonthRange | null {
  if (!range || !months) return range;
  const cut = clampRange(range, months);
  const raw = `${range.from}..${range.to}`;
  if (!cut) ignored.push(ignoredOf("range", raw, "rangeNoData", { from: months.from, to: months.to }));
  else if (cut.from !== range.from || cut.to !== range.to) ignored.push(ignoredOf("range", raw, "rangeCut", { from: cut.from, to: cut.to }));
  return cut;
}

/** The parts of a view the map, the charts and their embeds show: everything but the people page's. */
export function overviewView(view: ViewState): ViewState {
  return { ...view, person: null, court: null, status: null, sort: DEFAULT_VIEW.sort, kind: null, entry: null };
}

/** The parts of a view the people page shows: its language, transfer filter, person, court, status and sort. */
export function peopleView(view: ViewState): ViewState {
  return { ...DEFAULT_VIEW, lang: view.lang, event: view.event, person: view.person, court: view.court, status: view.status, sort: view.sort };
}

/** The parts of a view the timeline shows: its language, month range, kind filter and opened entry. */
export function timelineView(view: ViewState): ViewState {
  return { ...DEFAULT_VIEW, lang: view.lang, range: view.range, kind: view.kind, entry: view.entry };
}

/** Only the language of a URL, for code that runs before the dataset is at hand (proxy, layout). */
export function readLang(params: URLSearchParams): Locale {
  const raw = params.get("lang");
  return raw !== null && (LOCALES as readonly string[]).includes(raw) ? (raw as Locale) : DEFAULT_LOCALE;
}

const formatCamera = (c: Camera) => {
  const r = roundCamera(c);
  const base = `${r.zoom}/${r.lat}/${r.lon}`;
  return r.bearing === 0 && r.pitch === 0 ? base : `${base}/${r.bearing}/${r.pitch}`;
};

/** Query string without "?", defaults omitted: serializeViewState(DEFAULT_VIEW) === "". */
export function serializeViewState(view: ViewState): string {
  // A Record over every key: a new ViewState field without URL handling fails the type check.
  const entries: Record<keyof ViewState, string | undefined> = {
    camera: view.camera ? formatCamera(view.camera) : undefined,
    event: view.event === DEFAULT_VIEW.event ? undefined : view.event.replace(/^ev/, ""),
    place: view.place ?? undefined,
    chart: view.chart ?? undefined,
    scope: view.scope === DEFAULT_VIEW.scope ? undefined : view.scope,
    range: view.range ? `${view.range.from}..${view.range.to}` : undefined,
    table: view.table ? "1" : undefined,
    person: view.person ?? undefined,
    court: view.court ?? undefined,
    status: view.status ?? undefined,
    sort: view.sort === DEFAULT_VIEW.sort ? undefined : view.sort,
    kind: view.kind ?? undefined,
    entry: view.entry ?? undefined,
    lang: view.lang === DEFAULT_VIEW.lang ? undefined : view.lang,
  };
  const names: Record<keyof ViewState, string> = {
    camera: "map",
    event: "event",
    place: "place",
    chart: "chart",
    scope: "scope",
    range: "range",
    table: "table",
    person: "person",
    court: "court",
    status: "status",
    sort: "sort",
    kind: "kind",
    entry: "entry",
    lang: "lang",
  };
  const params = new URLSearchParams();
  for (const key of Object.keys(entries) as (keyof ViewState)[]) {
    const value = entries[key];
    if (value !== undefined) params.set(names[key], value);
  }
  if ([...params.keys()].length === 0) return "";
  return `v=${SCHEMA_VERSION}&${params.toString().replaceAll("%2F", "/")}`;
}

/** "?v=2&event=2026-01" or "" for the default view: ready to append to a path. */
export function toSearch(view: ViewState): string {
  const query = serializeViewState(view);
  return query ? `?${query}` : "";
}
