/**
 * The view the user sees, as a URL. The only module that reads or writes query parameters:
 * parseViewState never throws (each bad value falls back to its default and is reported in
 * `ignored`), serializeViewState omits defaults, so the default view is the bare URL.
 *
 * Example: "?event=2026-01&place=us_houston" -> { event: "ev2026-01", place: "us_houston" }.
 */

/** Ids the view may refer to; from the dataset, so a link to a removed place degrades to the default. */
export interface ViewContext {
  eventIds: readonly string[];
  placeIds: readonly string[];
}

/** CBP scopes the fentanyl charts can show. */
export const CHART_SCOPES = ["swb", "nationwide"] as const;
export type ChartScope = (typeof CHART_SCOPES)[number];

export interface ViewState {
  /** "all" or an event id such as "ev2026-01". */
  event: string;
  /** Selected place id, or null. */
  place: string | null;
  /** Fentanyl charts: southwest border (default) or nationwide. */
  scope: ChartScope;
}

export const DEFAULT_VIEW: ViewState = { event: "all", place: null, scope: "swb" };

/** A parameter that was present but unusable, for the notice shown to the user. */
export interface IgnoredParam {
  param: string;
  /** The raw value, cut to 40 characters: never rendered as HTML, only as text. */
  raw: string;
  why: string;
}

export interface ParsedView {
  view: ViewState;
  ignored: IgnoredParam[];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; why: string } | undefined;

/** Longest value we even look at; anything longer is ignored as a whole. */
const MAX_VALUE_LENGTH = 200;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: ParamSource, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** "2026-01" in the URL is the event "ev2026-01"; "all" is every event. */
function parseEvent(raw: string | undefined, ctx: ViewContext): Parsed<string> {
  if (raw === undefined) return undefined;
  if (raw === "all") return { ok: true, value: "all" };
  const id = `ev${raw}`;
  return ctx.eventIds.includes(id) ? { ok: true, value: id } : { ok: false, why: "not a transfer in the data" };
}

function parsePlace(raw: string | undefined, ctx: ViewContext): Parsed<string> {
  if (raw === undefined) return undefined;
  return ctx.placeIds.includes(raw) ? { ok: true, value: raw } : { ok: false, why: "not a place on the map" };
}

function parseScope(raw: string | undefined): Parsed<ChartScope> {
  if (raw === undefined) return undefined;
  return (CHART_SCOPES as readonly string[]).includes(raw) ? { ok: true, value: raw as ChartScope } : { ok: false, why: `expected one of ${CHART_SCOPES.join(", ")}` };
}

export function parseViewState(params: ParamSource, ctx: ViewContext): ParsedView {
  const ignored: IgnoredParam[] = [];
  function orDefault<T>(name: string, parse: (raw: string | undefined) => Parsed<T>, fallback: T): T {
    const raw = read(params, name);
    if (raw !== undefined && raw.length > MAX_VALUE_LENGTH) {
      ignored.push({ param: name, raw: `${raw.slice(0, 40)}…`, why: "too long" });
      return fallback;
    }
    const parsed = parse(raw);
    if (parsed === undefined) return fallback;
    if (parsed.ok) return parsed.value;
    ignored.push({ param: name, raw: raw!.length > 40 ? `${raw!.slice(0, 40)}…` : raw!, why: parsed.why });
    return fallback;
  }
  const view: ViewState = {
    event: orDefault("event", (r) => parseEvent(r, ctx), DEFAULT_VIEW.event),
    place: orDefault<string | null>("place", (r) => parsePlace(r, ctx), DEFAULT_VIEW.place),
    scope: orDefault("scope", parseScope, DEFAULT_VIEW.scope),
  };
  return { view, ignored };
}

/** Query string without "?", defaults omitted: serializeViewState(DEFAULT_VIEW) === "". */
export function serializeViewState(view: ViewState): string {
  const entries: Record<keyof ViewState, string | undefined> = {
    event: view.event === DEFAULT_VIEW.event ? undefined : view.event.replace(/^ev/, ""),
    place: view.place ?? undefined,
    scope: view.scope === DEFAULT_VIEW.scope ? undefined : view.scope,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) params.set(key, value);
  return params.toString();
}

/** "?event=2026-01" or "" for the default view: ready to append to a path. */
export function toSearch(view: ViewState): string {
  const query = serializeViewState(view);
  return query ? `?${query}` : "";
}
