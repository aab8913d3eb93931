import { CHART_CATALOG } from "../charts/chart-catalog";
import { CHART_IDS, DEFAULT_VIEW, peopleView, timelineView, toSearch, type ChartId, type ViewState } from "../url/view-state";

/**
 * The parts of a page the server draws as markup and sends once (components/view/static-markup.tsx):
 * the pictures (the map picture of the page and of the map embed, whose marker links differ; the
 * map legend; each chart's picture and legend) and the long server-only texts (the latest
 * transfer, the table of transfers, the claim checks, a chart's data table, the discrepancies and
 * the sources of /sources). All are called pictures here; one kind is not markup but the data of
 * a chart's plot (`plot-<chart>`, JSON), fetched the same way when recharts needs it. Each is a pure function of its kind,
 * the parts of the view it draws (pictureView) and the build; its address says all three:
 *
 *   picturePath("b1", "chart-homicides", view) // "/pictures/b1/chart-homicides?v=2&range=2025-01..2025-06"
 *
 * The same address is the key the page hands the component, the request it fetches on a
 * client-side view change, and the server's cache key (lib/http/route-keys.ts).
 */
/** What each kind of chart part draws besides the language: the view's scope, its month range (where the chart takes them). */
const CHART_PARTS = {
  chart: { scope: true, range: true },
  // The plot's data (JSON, lib/charts/wire.ts), fetched when a reader reaches the chart or exports it.
  plot: { scope: true, range: true },
  table: { scope: true, range: true },
  // A legend names series and markers: neither the scope nor the months change it.
  legend: { scope: false, range: false },
  // Title, subtitle (it names the scope) and description.
  caption: { scope: true, range: false },
  // The note (it says when a range held none of the months), the caveats and the source line; the embed's opens its links outside the frame.
  notes: { scope: false, range: true },
  "embed-notes": { scope: false, range: true },
} as const;
type ChartPart = keyof typeof CHART_PARTS;
const CHART_PART_NAMES = Object.keys(CHART_PARTS) as ChartPart[];

export const PICTURE_KINDS = [
  "map",
  "embed-map",
  "map-filter",
  "embed-map-filter",
  "map-side",
  "embed-map-side",
  "map-legend",
  ...CHART_PART_NAMES.flatMap((part) => CHART_IDS.map((id) => `${part}-${id}` as const)),
  "latest-transfer",
  "transfers-table",
  // The claims on /: each claim's latest statement; and on /claims: every statement and window.
  "claim-checks",
  "claims-full",
  // The timeline page (app/timeline/): the axis with the series, and the entries.
  "timeline-axis",
  "timeline-list",
  "sources-discrepancies",
  "sources-list",
  // The people page (app/people/): the counts and status picture, the table, one person's case.
  "people-summary",
  "people-table",
  "person-case",
  // The same in /embed/people: its own links stay in the frame, the rest open outside (embed-links.ts).
  "embed-people-table",
  "embed-person-case",
  // The map download panel's words and the image's (JSON, lib/export/map-export-data.ts).
  "map-export",
  // The status picture's download panel: its words, the image's and its bars (JSON, lib/export/status-export-data.ts).
  "people-status-export",
  // The words of the notice about a link's ignored parts (JSON), fetched only when there is one.
  "notice-words",
  // The headline, the lede and the running count of the transfers.
  "hero",
  // The charts section's heading and lede: what the charts mark, with the link to the timeline.
  "charts-head",
  // The inks of both schemes as CSS custom properties (lib/theme/ink.ts), in every page's <head>.
  "ink",
] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/**
 * The element a part fills when it is not a <div>: a chart's caption is the figure's own
 * <figcaption> (which must be the figure's child), the inks are a <style> in <head>. Read from the
 * key by components/view/static-markup.tsx, so the page's payload carries no more than the key.
 */
export function pictureElement(key: string): "div" | "figcaption" | "style" {
  if (key.startsWith("caption-")) return "figcaption";
  return key === "ink" || key.startsWith("ink?") ? "style" : "div";
}

/** The page each map part's links lead to: the overview or the map embed. */
export const MAP_PICTURE_PATHS = {
  map: "/",
  "embed-map": "/embed/map",
  "map-filter": "/",
  "embed-map-filter": "/embed/map",
  "map-side": "/",
  "embed-map-side": "/embed/map",
} as const;
export type MapPartKind = keyof typeof MAP_PICTURE_PATHS;
export type MapPictureKind = "map" | "embed-map";

export const isPictureKind = (kind: string): kind is PictureKind => (PICTURE_KINDS as readonly string[]).includes(kind);

/** The media type a picture of `kind` is served as: JSON for a plot's data, the map's download panel and the notice's words, HTML for the rest. */
export const pictureMediaType = (kind: PictureKind): string =>
  kind.startsWith("plot-") || kind === "map-export" || kind === "people-status-export" || kind === "notice-words"
    ? "application/json"
    : "text/html; charset=utf-8";

/** The chart part a kind draws ({ part: "legend", chart: "fiscal" } for "legend-fiscal"), or null for the others. */
export function chartPartOf(kind: PictureKind): { part: ChartPart; chart: ChartId } | null {
  for (const part of CHART_PART_NAMES) {
    const chart = kind.startsWith(`${part}-`) ? kind.slice(part.length + 1) : null;
    if (chart && (CHART_IDS as readonly string[]).includes(chart)) return { part, chart: chart as ChartId };
  }
  return null;
}

/**
 * Only what a picture of `kind` depends on. The map picture's marker links carry the whole view,
 * so it takes all of it; the place list and panel all but the camera (their links drop it), the
 * transfer filter all but the camera and the place (its links drop both); a chart's parts the language and, where the chart catalogue says the
 * chart takes them and the part draws them (CHART_PARTS), the scope and the range; every other
 * kind the language only. A view change that leaves these alone keeps the picture (same address,
 * nothing fetched).
 */
export function pictureView(kind: PictureKind, view: ViewState): ViewState {
  if (kind === "map" || kind === "embed-map") return view;
  if (kind === "ink") return DEFAULT_VIEW;
  if (kind === "map-export") return { ...DEFAULT_VIEW, lang: view.lang, event: view.event };
  if (kind === "map-side" || kind === "embed-map-side") return { ...view, camera: null };
  if (kind === "map-filter" || kind === "embed-map-filter") return { ...view, camera: null, place: null };
  // The table draws its filters and sort; a person's case those too (its link back keeps them).
  if (kind === "people-table" || kind === "embed-people-table") return { ...peopleView(view), person: null };
  if (kind === "person-case" || kind === "embed-person-case") return peopleView(view);
  if (kind === "timeline-axis" || kind === "timeline-list") return timelineView(view);
  const of = chartPartOf(kind);
  if (!of) return { ...DEFAULT_VIEW, lang: view.lang };
  const entry = CHART_CATALOG[of.chart];
  const draws = CHART_PARTS[of.part];
  return {
    ...DEFAULT_VIEW,
    lang: view.lang,
    scope: entry.takesScope && draws.scope ? view.scope : DEFAULT_VIEW.scope,
    range: entry.takesRange && draws.range ? view.range : null,
  };
}

/** The path under which every build's pictures are: "/pictures/<build>/". */
export const PICTURES_PREFIX = "/pictures/";

/** Where one build's pictures are: "/pictures/<build>/". */
export const picturesBase = (build: string): string => `${PICTURES_PREFIX}${build}/`;

/**
 * A picture's key: its address without the build's base, "chart-homicides?v=2&range=…". The page
 * hands a part only this; the base is given once per page (components/view/picture-strings.tsx).
 */
export function pictureKey(kind: PictureKind, view: ViewState): string {
  return `${kind}${toSearch(pictureView(kind, view))}`;
}

/** The address of a picture of `kind` for `view` in build `build`. */
export function picturePath(build: string, kind: PictureKind, view: ViewState): string {
  return `${picturesBase(build)}${pictureKey(kind, view)}`;
}
