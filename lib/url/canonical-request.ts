import type { MonthRange } from "./month-range";
import { CHART_IDS, DEFAULT_VIEW, parseViewState, toSearch, type ChartId, type ViewContext, type ViewState } from "./view-state";

/**
 * Which cached response answers a request. Every URL that means the same thing maps to one
 * canonical path: parameters a route ignores, unknown or broken parameters and their order do not
 * make a new entry. The server renders that canonical path (never the raw URL), so a response is
 * a pure function of its key and the build.
 */
export interface CanonicalRequest {
  kind: "page" | "image";
  /** Pathname and canonical query, e.g. "/?v=2&event=2026-01" or "/og?v=2&place=us_houston". */
  path: string;
}

/** The ids a link may name and the months the series cover (a range is cut to these). */
export interface RequestContext extends ViewContext {
  months: MonthRange;
}

/** The part of the page a chart link may cut to a range (see components/charts). */
const RANGED_CHARTS: readonly ChartId[] = ["homicides", "fentanyl"];
const SCOPED_CHARTS: readonly ChartId[] = ["fentanyl", "fiscal"];

/**
 * Only what the preview image draws: its language, transfer, place, and a linked chart's scope and
 * range (already cut to the data by parseViewState when its context knows the months).
 */
export function imageView(view: ViewState): ViewState {
  const chart = view.chart;
  return {
    ...DEFAULT_VIEW,
    lang: view.lang,
    event: view.event,
    place: view.place,
    chart,
    scope: chart && SCOPED_CHARTS.includes(chart) ? view.scope : DEFAULT_VIEW.scope,
    range: chart && RANGED_CHARTS.includes(chart) ? view.range : null,
  };
}

const isChartId = (id: string): id is ChartId => (CHART_IDS as readonly string[]).includes(id);

/**
 * The canonical request for a pathname and query, or null for anything that is not a view (files,
 * data, unknown paths: they are served as they are).
 *
 *   canonicalRequest("/", new URLSearchParams("lang=en&junk=1&event=ev2026-01"), ctx)
 *     // { kind: "page", path: "/?v=2&event=2026-01" }
 */
export function canonicalRequest(pathname: string, params: URLSearchParams, ctx: RequestContext): CanonicalRequest | null {
  const view = () => parseViewState(params, ctx).view;
  if (pathname === "/" || pathname === "/embed/map") return { kind: "page", path: `${pathname}${toSearch(view())}` };
  if (pathname === "/sources") return { kind: "page", path: `/sources${toSearch({ ...DEFAULT_VIEW, lang: view().lang })}` };
  if (pathname === "/og") return { kind: "image", path: `/og${toSearch(imageView(view()))}` };
  const chart = /^\/embed\/chart\/([a-z]+)$/.exec(pathname)?.[1];
  // The embed shows its own chart whatever ?chart= says; only its table flag and the rest matter.
  if (chart && isChartId(chart)) return { kind: "page", path: `${pathname}${toSearch({ ...view(), chart: null })}` };
  return null;
}

/**
 * The views a server renders before its first reader: every transfer (and all) x every place
 * (and none), in each language. These are the links the page itself hands out.
 */
export function canonicalViews(ctx: ViewContext, langs: readonly ViewState["lang"][]): ViewState[] {
  const views: ViewState[] = [];
  for (const lang of langs)
    for (const event of ["all", ...ctx.eventIds]) for (const place of [null, ...ctx.placeIds]) views.push({ ...DEFAULT_VIEW, lang, event, place });
  return views;
}
