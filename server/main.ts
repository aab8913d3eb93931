import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import next from "next";
import { embedFrameAncestors } from "@/lib/env";
import { parseRequestTarget } from "@/lib/http/request-target";
import { notFoundRoute, resolveRoute } from "@/lib/http/route-keys";
import { ROUTE_METHODS, type RouteMethod } from "@/lib/http/routes";
import { LOCALES } from "@/lib/i18n/locale";
import { ASSET_CSP } from "@/lib/security/csp";
import securityHeaders from "@/lib/security/security-headers.json";
import { canonicalViews, imageView } from "@/lib/url/canonical-request";
import { toSearch } from "@/lib/url/view-state";
import { cachedRequestOf } from "./cached-request";
import { readServerConfig } from "./config";
import { answerClientError, sendPlain } from "./plain-response";
import { loadRequestContext } from "./request-context";
import { ResponseCache, type CachedRequest } from "./response-cache";
import { readRouterRequest } from "./router-request";

/**
 * `npm start`: Next.js behind a small front server that answers every request by the route table
 * (lib/http/routes.ts). Views, preview images, generated files and the 404 page come from a
 * byte-bounded cache keyed by their canonical URL and are rendered once per key, within the
 * render limits; build files go to Next as they are; anything else is refused before it reaches
 * Next: methods other than GET and HEAD (405), request targets that are not paths (400), broken
 * router headers (400). Every response carries the security headers.
 */
const MB = 1024 * 1024;

const isRouteMethod = (method: string | undefined): method is RouteMethod => (ROUTE_METHODS as readonly string[]).includes(method ?? "");
const hasBody = (req: IncomingMessage) => req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
const isLocal = (req: IncomingMessage) => ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress ?? "");

/**
 * Next starts from the build's own resolved configuration (written by `next build`), handed over
 * the way Next's generated standalone server hands it over (Next 16.4.6, pinned). Otherwise Next
 * transpiles next.config.ts at every start, which loads its SWC compiler into this process:
 * measured 173 MB resident after start with it, 127 MB without, for the server's lifetime.
 */
function handNextTheBuildConfig(): void {
  const { config } = JSON.parse(readFileSync(join(process.cwd(), ".next", "required-server-files.json"), "utf8")) as { config: object };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

async function main() {
  const config = readServerConfig(process.env);
  if (!process.env.SITE_URL)
    console.warn(
      `SITE_URL is not set: link previews and canonical links will point at http://localhost:${config.PORT}. Set SITE_URL to the public origin, e.g. SITE_URL=https://atlas.example`,
    );
  const context = loadRequestContext();
  handNextTheBuildConfig();
  const app = next({ dev: false, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Next renders on a loopback port only this process talks to.
  const upstream = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const upstreamPort = (upstream.address() as AddressInfo).port;

  const warm = { total: 0, rendered: 0, failed: 0, done: !config.WARM, seconds: 0 };
  const cache = new ResponseCache({
    upstreamPort,
    pageCacheBytes: config.PAGE_CACHE_MB * MB,
    imageCacheBytes: config.IMAGE_CACHE_MB * MB,
    pageRenders: config.PAGE_RENDERS,
    imageRenders: config.IMAGE_RENDERS,
  });
  /** Files of the build and of public/ handed to Next (the cache counts its own renders). */
  let staticToNext = 0;
  const frameAncestors = embedFrameAncestors();

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    // Defaults for every response; a page's writeHead replaces the CSP with its own.
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    res.setHeader("Content-Security-Policy", ASSET_CSP);
    const target = parseRequestTarget(req.url);
    if (target.kind === "bad-request") return sendPlain(res, 400, "Bad request: the request target is not a path.");
    // A body is never read: the connection closes after the answer instead.
    const closeIfBody = hasBody(req) ? { connection: "close" } : null;
    if (!isRouteMethod(req.method)) return sendPlain(res, 405, "Only GET and HEAD are answered here.", { allow: ROUTE_METHODS.join(", "), ...closeIfBody });
    if (closeIfBody) return sendPlain(res, 413, "A GET or HEAD request takes no body.", closeIfBody);

    const params = new URLSearchParams(target.query);
    const resolved = target.kind === "path" ? resolveRoute(target.path, params, context) : notFoundRoute(params);
    switch (resolved.route.rule) {
      case "static": {
        // Next serves the file; it gets the one decoded spelling, and no Range (Next answers a
        // malformed or unsatisfiable one with a 500): the whole file, as RFC 9110 14.2 allows.
        staticToNext++;
        req.url = target.kind === "path" ? `${target.path}${target.query ? `?${target.query}` : ""}` : "/";
        delete req.headers.range;
        delete req.headers["if-range"];
        return handle(req, res);
      }
      case "refused":
        return sendPlain(res, 404, "Not found.");
      case "stats":
        if (config.ATLAS_STATS && isLocal(req)) return sendStats(res);
        return cache.respond(req, res, cachedRequestOf(notFoundRoute(params), { frameAncestors }));
      case "view": {
        const router = await readRouterRequest(req.headers, params);
        if (router.kind === "invalid") return sendPlain(res, 400, `Bad router request: ${router.why}.`);
        return cache.respond(req, res, cachedRequestOf(resolved, { frameAncestors, router: router.kind === "router" ? router : undefined }));
      }
      default:
        // image, file, render, not-found (cachedRequestOf throws for a route without a cache key).
        return cache.respond(req, res, cachedRequestOf(resolved, { frameAncestors }));
    }
  }

  function sendStats(res: ServerResponse) {
    const stats = cache.stats();
    const r = stats.renders;
    const reachedNext = {
      view: r.pages + r.routerPayloads,
      render: r.perRequest,
      image: r.images,
      file: r.files,
      "not-found": r.notFound,
      static: staticToNext,
    };
    const total = Object.values(reachedNext).reduce((sum, n) => sum + n, 0);
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ ...stats, reachedNext: { ...reachedNext, total }, warm, memory: process.memoryUsage() }));
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      console.error(`request ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendPlain(res, 500, "Internal error.");
      else res.destroy();
    });
  });
  server.on("clientError", answerClientError);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  console.log(
    `Extradition Atlas: http://localhost:${(server.address() as AddressInfo).port} (Next on loopback :${upstreamPort}; page cache ${config.PAGE_CACHE_MB} MB, images ${config.IMAGE_CACHE_MB} MB)`,
  );

  if (config.WARM) {
    const started = performance.now();
    const views = canonicalViews(context, LOCALES);
    const resolve = (path: string, search: string) => cachedRequestOf(resolveRoute(path, new URLSearchParams(search), context), { frameAncestors });
    const requests: CachedRequest[] = [
      ...views.map((v) => resolve("/", toSearch(v))),
      ...views.map((v) => resolve("/og", toSearch(imageView(v)))),
      ...LOCALES.map((lang) => cachedRequestOf(notFoundRoute(new URLSearchParams({ lang })), { frameAncestors })),
    ];
    warm.total = requests.length;
    const { rendered, failed } = await cache.warm(requests);
    Object.assign(warm, { rendered, failed, done: true, seconds: Math.round((performance.now() - started) / 100) / 10 });
    console.log(`Warmed ${rendered} of ${requests.length} canonical pages and images in ${warm.seconds} s${failed ? ` (${failed} failed)` : ""}`);
  }

  const stop = () => {
    server.close();
    upstream.close();
    void app.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
