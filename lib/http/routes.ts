import { CACHE_CONTROL, type CacheControl } from "./cache-control";

/**
 * The route table: every path the app serves, with how the server in front of Next answers it
 * (its rule), the methods it takes and the Cache-Control it sends. The front server (server/main.ts),
 * the proxy (proxy.ts) and next.config.ts read this list; nothing reaches Next outside it, and a
 * path no route matches gets the 404 page (NOT_FOUND_ROUTE).
 *
 * Rules:
 * - view: a page, cached by the canonical URL of what it shows (lib/http/route-keys.ts) and
 *   rendered from that URL, never the raw one, at most PAGE_RENDERS at once;
 * - render: a page rendered anew for every request, never cached, within PAGE_RENDERS (the
 *   benchmark's per-request reference, /floor);
 * - image: a preview image, cached by what it draws, at most IMAGE_RENDERS at once;
 * - file: a generated file (data download, map GeoJSON, a picture's markup), cached by its
 *   canonical path (a picture's: its kind, build and the part of the view it draws);
 * - static: a file of the build or of public/, served by Next as it is (no render);
 * - refused: answered 404 by the front server, never passed on (Next's image optimizer);
 * - stats: the server's counters, for the benchmark (local requests, with ATLAS_STATS=1);
 * - not-found: the 404 page, rendered once per language and cached.
 *
 * Patterns: literal segments, `:name` for one segment, a final `*` for one or more; a segment
 * matched by `:name` or `*` is made of unreserved characters only (RFC 3986 2.3).
 */
export const ROUTE_RULES = ["view", "render", "image", "file", "static", "refused", "stats", "not-found"] as const;
export type RouteRule = (typeof ROUTE_RULES)[number];

/** The methods every route takes; anything else is 405 with `Allow: GET, HEAD`. */
export const ROUTE_METHODS = ["GET", "HEAD"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

export interface RouteDefinition {
  readonly pattern: string;
  readonly rule: RouteRule;
  readonly methods: readonly RouteMethod[];
  /** Cache-Control of a successful response. */
  readonly cache: CacheControl;
  /** Pages other sites may frame: CSP frame-ancestors from EMBED_FRAME_ANCESTORS instead of 'none'. */
  readonly isFramable: boolean;
  /** A URL this route answers with 200, for tests and the docs (null: the build names its files). */
  readonly example: string | null;
}

/** A route that no other site may frame, taking GET and HEAD. */
const route = (pattern: string, rule: RouteRule, cache: CacheControl, example: string | null): RouteDefinition => ({
  pattern,
  rule,
  methods: ROUTE_METHODS,
  cache,
  isFramable: false,
  example,
});
const view = (pattern: string, example: string) => route(pattern, "view", CACHE_CONTROL.page, example);
const embed = (pattern: string, example: string) => ({ ...view(pattern, example), isFramable: true });

export const ROUTES = {
  home: view("/", "/?v=2&event=2026-01"),
  sources: view("/sources", "/sources?lang=es"),
  // Every statement of the official claims, checked; / shows each claim's latest.
  claims: view("/claims", "/claims?lang=es"),
  // The dated moments around the transfers on one time axis; ?kind= filters, ?entry= opens one.
  timeline: view("/timeline", "/timeline?v=2&kind=call&lang=es"),
  people: view("/people", "/people?v=2&event=2025-08&sort=name"),
  embedMap: embed("/embed/map", "/embed/map?v=2&event=2025-08"),
  embedChart: embed("/embed/chart/:id", "/embed/chart/fentanyl?v=2&scope=nationwide"),
  // The people table with its filters and sort, or one person's case (?person=).
  embedPeople: embed("/embed/people", "/embed/people?v=2&event=2026-01&sort=latest"),
  floor: route("/floor", "render", CACHE_CONTROL.never, "/floor"),
  previewImage: route("/og", "image", CACHE_CONTROL.previewImage, "/og?v=2&place=us_houston"),
  // The preview of the people page or of one person's case (?person=).
  peoplePreviewImage: route("/og/people", "image", CACHE_CONTROL.previewImage, "/og/people?v=2&person=rafael-caro-quintero&lang=es"),
  // The preview of /claims: each claim's latest statement and what checking it found, in a language.
  claimsPreviewImage: route("/og/claims", "image", CACHE_CONTROL.previewImage, "/og/claims?lang=es"),
  // The preview of the timeline or of one entry (?entry=), in a language.
  timelinePreviewImage: route(
    "/og/timeline",
    "image",
    CACHE_CONTROL.previewImage,
    "/og/timeline?v=2&entry=tl-2025-09-03-rubio-visit-security-cooperation-program&lang=es",
  ),
  dataFile: route("/data/:file", "file", CACHE_CONTROL.dataFile, "/data/transfers.json"),
  // The people table of a view (its filters and sort, its language) as CSV with sources.
  peopleCsv: route("/people.csv", "file", CACHE_CONTROL.dataFile, "/people.csv?v=2&event=2026-01&lang=es"),
  // Every statement of the official claims, checked, with windows and sources, as CSV in a language.
  claimsCsv: route("/claims.csv", "file", CACHE_CONTROL.dataFile, "/claims.csv?lang=es"),
  // The timeline's moments of a view (its kind and months) with their sources, as CSV in a language.
  timelineCsv: route("/timeline.csv", "file", CACHE_CONTROL.dataFile, "/timeline.csv?v=2&kind=tariff&lang=es"),
  mapData: route("/map-data/:filter/:layer", "file", CACHE_CONTROL.mapData, "/map-data/all/arcs.json"),
  // A server-drawn picture's markup, fetched on a client-side view change (lib/pictures/).
  pictures: route("/pictures/:build/:kind", "file", CACHE_CONTROL.immutable, null),
  buildFiles: route("/_next/static/*", "static", CACHE_CONTROL.immutable, null),
  fonts: route("/fonts/*", "static", CACHE_CONTROL.immutable, "/fonts/inter-latin-400-normal.woff2"),
  basemap: route("/geo/*", "static", CACHE_CONTROL.immutable, "/geo/countries.json"),
  mapWorker: route("/maplibre-gl-worker.mjs", "static", CACHE_CONTROL.revalidate, "/maplibre-gl-worker.mjs"),
  icon: route("/icon.svg", "static", CACHE_CONTROL.revalidate, "/icon.svg"),
  imageOptimizer: route("/_next/image", "refused", CACHE_CONTROL.never, "/_next/image?url=%2Fog&w=640&q=75"),
  stats: route("/_atlas/stats", "stats", CACHE_CONTROL.never, "/_atlas/stats"),
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES | "notFound";

/** Every path that matches no route. Its example is a path no route has. */
export const NOT_FOUND_ROUTE: RouteDefinition = route("*", "not-found", CACHE_CONTROL.never, "/no-such-page");

/** The routes in match order, the 404 last. */
export const ROUTE_LIST: readonly (readonly [RouteId, RouteDefinition])[] = [...Object.entries(ROUTES), ["notFound", NOT_FOUND_ROUTE]] as [
  RouteId,
  RouteDefinition,
][];

const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The segments a pattern captures from a decoded path, or null when it does not match.
 *
 *   matchPattern("/embed/chart/:id", "/embed/chart/fentanyl") // { id: "fentanyl" }
 *   matchPattern("/fonts/*", "/fonts/a/b.woff2")              // { "*": "a/b.woff2" }
 */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  if (pattern === "*") return {};
  const want = pattern.split("/").slice(1);
  const got = path.split("/").slice(1);
  const captured: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    if (segment === "*") {
      const rest = got.slice(i);
      if (rest.length === 0 || !rest.every((s) => PLAIN_SEGMENT.test(s))) return null;
      captured["*"] = rest.join("/");
      return captured;
    }
    const value = got[i];
    if (value === undefined) return null;
    if (segment.startsWith(":")) {
      if (!PLAIN_SEGMENT.test(value)) return null;
      captured[segment.slice(1)] = value;
    } else if (segment !== value) return null;
  }
  return got.length === want.length ? captured : null;
}

/** The route of a decoded path (the 404 route when none matches) and what its pattern captured. */
export function findRoute(path: string): { id: RouteId; route: RouteDefinition; segments: Record<string, string> } {
  for (const [id, route] of ROUTE_LIST) {
    const segments = matchPattern(route.pattern, path);
    if (segments) return { id, route, segments };
  }
  return { id: "notFound", route: NOT_FOUND_ROUTE, segments: {} };
}
