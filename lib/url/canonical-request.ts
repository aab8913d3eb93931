import type { MonthRange } from "./month-range";
import { CHART_CATALOG } from "../charts/chart-catalog";
import { DEFAULT_VIEW, type ViewContext, type ViewState } from "./view-state";

/** The ids a link may name and the months the series cover (a range is cut to these). */
export interface RequestContext extends ViewContext {
  months: MonthRange;
}

/** What the people preview (/og/people) draws of a view: the person, or the page, in its language. */
export function peoplePreviewView(view: ViewState): ViewState {
  return { ...DEFAULT_VIEW, lang: view.lang, person: view.person };
}

/** Only what the timeline's preview card draws: its language and the opened entry. */
export function timelinePreviewView(view: ViewState): ViewState {
  return { ...DEFAULT_VIEW, lang: view.lang, entry: view.entry };
}

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
    // The chart catalogue says which charts a scope or a range changes.
    scope: chart && CHART_CATALOG[chart].takesScope ? view.scope : DEFAULT_VIEW.scope,
    range: chart && CHART_CATALOG[chart].takesRange ? view.range : null,
  };
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
