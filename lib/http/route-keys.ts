import { DATA_FILES } from "@/lib/data/files";
import { isMapDataLayer } from "@/lib/map/map-data-files";
import { isPictureKind, picturePath } from "@/lib/pictures/picture-source";
import { imageView, peoplePreviewView, timelinePreviewView, type RequestContext } from "@/lib/url/canonical-request";
import { CHART_IDS, DEFAULT_VIEW, overviewView, parseViewState, peopleView, readLang, timelineView, toSearch, type ChartId } from "@/lib/url/view-state";
import { findRoute, NOT_FOUND_ROUTE, type RouteDefinition, type RouteId } from "./routes";

/**
 * What answers a request: its route and, for what the server caches (views, images, files, the
 * 404 page), the canonical key. Every URL that means the same thing has one key: parameters a
 * route ignores, unknown or broken parameters and their order make no new entry. The server
 * renders the key itself (never the raw URL), so a response is a pure function of its key and
 * the build.
 *
 *   resolveRoute("/", new URLSearchParams("lang=en&junk=1&event=ev2026-01"), ctx).key // "/?v=2&event=2026-01"
 *   resolveRoute("/embed/chart/nonsense", new URLSearchParams(), ctx).id              // "notFound"
 */
export interface ResolvedRoute {
  id: RouteId;
  route: RouteDefinition;
  /** Cache key and the path rendered for it; null for routes that are not cached (static, refused, stats). */
  key: string | null;
}

/** What the server keys requests by: the ids and months of the data, and the id of its build (which versions the pictures). */
export interface RouteContext extends RequestContext {
  buildId: string;
}

type KeyOf = (segments: Record<string, string>, params: URLSearchParams, ctx: RouteContext) => string | null;

const viewOf = (params: URLSearchParams, ctx: RequestContext) => parseViewState(params, ctx).view;
const isChartId = (id: string): id is ChartId => (CHART_IDS as readonly string[]).includes(id);
const DATA_FILE_NAMES: readonly string[] = Object.values(DATA_FILES);

/** The canonical key of each cached route (null: the route is not cached); adding a route without one fails tsc. */
const KEYS: Record<Exclude<RouteId, "notFound">, KeyOf | null> = {
  home: (_, params, ctx) => `/${toSearch(overviewView(viewOf(params, ctx)))}`,
  people: (_, params, ctx) => `/people${toSearch(peopleView(viewOf(params, ctx)))}`,
  embedMap: (_, params, ctx) => `/embed/map${toSearch(overviewView(viewOf(params, ctx)))}`,
  embedPeople: (_, params, ctx) => `/embed/people${toSearch(peopleView(viewOf(params, ctx)))}`,
  sources: (_, params, ctx) => `/sources${toSearch({ ...DEFAULT_VIEW, lang: viewOf(params, ctx).lang })}`,
  timeline: (_, params, ctx) => `/timeline${toSearch(timelineView(viewOf(params, ctx)))}`,
  claims: (_, params, ctx) => `/claims${toSearch({ ...DEFAULT_VIEW, lang: viewOf(params, ctx).lang })}`,
  // The embed shows its own chart whatever ?chart= says; only its table flag and the rest matter.
  embedChart: ({ id = "" }, params, ctx) => (isChartId(id) ? `/embed/chart/${id}${toSearch({ ...overviewView(viewOf(params, ctx)), chart: null })}` : null),
  floor: () => "/floor",
  previewImage: (_, params, ctx) => `/og${toSearch(imageView(viewOf(params, ctx)))}`,
  // The card draws the person (or the page) in a language: filters and sort draw nothing on it.
  peoplePreviewImage: (_, params, ctx) => `/og/people${toSearch(peoplePreviewView(viewOf(params, ctx)))}`,
  claimsPreviewImage: (_, params, ctx) => `/og/claims${toSearch({ ...DEFAULT_VIEW, lang: viewOf(params, ctx).lang })}`,
  peopleCsv: (_, params, ctx) => `/people.csv${toSearch({ ...peopleView(viewOf(params, ctx)), person: null })}`,
  // The CSV is the same for every view but its language.
  claimsCsv: (_, params, ctx) => `/claims.csv${toSearch({ ...DEFAULT_VIEW, lang: viewOf(params, ctx).lang })}`,
  // The card draws the entry (or the page) in a language: the filter and the months draw nothing on it.
  timelinePreviewImage: (_, params, ctx) => `/og/timeline${toSearch(timelinePreviewView(viewOf(params, ctx)))}`,
  // The moments of the view's kind and months; the opened entry changes nothing in the file.
  timelineCsv: (_, params, ctx) => `/timeline.csv${toSearch({ ...timelineView(viewOf(params, ctx)), entry: null })}`,
  dataFile: ({ file = "" }) => (DATA_FILE_NAMES.includes(file) ? `/data/${file}` : null),
  mapData: ({ filter = "", layer = "" }, _, ctx) =>
    isMapDataLayer(layer) && (filter === "all" || ctx.eventIds.includes(filter)) ? `/map-data/${filter}/${layer}` : null,
  // Another build's picture is not this server's to draw: 404, as a page of that build would need a reload anyway.
  pictures: ({ build = "", kind = "" }, params, ctx) => (build === ctx.buildId && isPictureKind(kind) ? picturePath(build, kind, viewOf(params, ctx)) : null),
  buildFiles: null,
  fonts: null,
  basemap: null,
  mapWorker: null,
  icon: null,
  imageOptimizer: null,
  stats: null,
};

export function resolveRoute(path: string, params: URLSearchParams, ctx: RouteContext): ResolvedRoute {
  const { id, route, segments } = findRoute(path);
  if (id === "notFound") return notFoundRoute(params);
  const keyOf = KEYS[id];
  if (!keyOf) return { id, route, key: null };
  const key = keyOf(segments, params, ctx);
  return key === null ? notFoundRoute(params) : { id, route, key };
}

/** The 404 page, one per language: rendered from a path no route has, so Next answers with its not-found page. */
export function notFoundRoute(params: URLSearchParams): ResolvedRoute {
  return { id: "notFound", route: NOT_FOUND_ROUTE, key: `/_atlas/not-found${toSearch({ ...DEFAULT_VIEW, lang: readLang(params) })}` };
}
