import { CHART_CATALOG } from "../charts/chart-catalog";
import { CHART_IDS, DEFAULT_VIEW, toSearch, type ChartId, type ViewState } from "../url/view-state";

/**
 * The parts of a page the server draws as markup and sends once (components/view/static-markup.tsx):
 * the pictures (the map picture of the page and of the map embed, whose marker links differ; the
 * map legend; each chart's picture and legend) and the long server-only texts (the latest
 * transfer, the table of transfers, the claim checks, a chart's data table, the discrepancies and
 * the sources of /sources). All are called pictures here. Each is a pure function of its kind,
 * the parts of the view it draws (pictureView) and the build; its address says all three:
 *
 *   picturePath("b1", "chart-homicides", view) // "/pictures/b1/chart-homicides?v=2&range=2025-01..2025-06"
 *
 * The same address is the key the page hands the component, the request it fetches on a
 * client-side view change, and the server's cache key (lib/http/route-keys.ts).
 */
export const PICTURE_KINDS = [
  "map",
  "embed-map",
  "map-legend",
  ...CHART_IDS.map((id) => `chart-${id}` as const),
  ...CHART_IDS.map((id) => `legend-${id}` as const),
  ...CHART_IDS.map((id) => `table-${id}` as const),
  "latest-transfer",
  "transfers-table",
  "claim-checks",
  "sources-discrepancies",
  "sources-list",
] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** The page each map picture's links lead to: the overview or the map embed. */
export const MAP_PICTURE_PATHS = { map: "/", "embed-map": "/embed/map" } as const;
export type MapPictureKind = keyof typeof MAP_PICTURE_PATHS;

export const isPictureKind = (kind: string): kind is PictureKind => (PICTURE_KINDS as readonly string[]).includes(kind);

/** The chart a chart, legend or table kind draws, or null for the others. */
export function chartOfKind(kind: PictureKind): ChartId | null {
  const id = kind.replace(/^(chart|legend|table)-/, "");
  return id !== kind ? (id as ChartId) : null;
}

/**
 * Only what a picture of `kind` depends on. The map picture's marker links carry the whole view,
 * so it takes all of it; a chart, its legend and its table the language and, where the chart
 * catalogue says they apply, the scope and the range (not the legend: it names series, never
 * months); every other kind the language only. A view change that leaves these alone keeps the
 * picture (same address, nothing fetched).
 */
export function pictureView(kind: PictureKind, view: ViewState): ViewState {
  if (kind === "map" || kind === "embed-map") return view;
  const chart = chartOfKind(kind);
  if (!chart) return { ...DEFAULT_VIEW, lang: view.lang };
  const entry = CHART_CATALOG[chart];
  return {
    ...DEFAULT_VIEW,
    lang: view.lang,
    scope: entry.takesScope ? view.scope : DEFAULT_VIEW.scope,
    // A legend names series and markers, never months.
    range: entry.takesRange && !kind.startsWith("legend-") ? view.range : null,
  };
}

/** The path of the pictures of one build: "/pictures/<build>/". */
export const PICTURES_PREFIX = "/pictures/";

/** The address of a picture of `kind` for `view` in build `build`. */
export function picturePath(build: string, kind: PictureKind, view: ViewState): string {
  return `${PICTURES_PREFIX}${build}/${kind}${toSearch(pictureView(kind, view))}`;
}
