import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import securityHeaders from "@/lib/security/security-headers.json";
import { embedFrameAncestors } from "@/lib/env";
import { pickEncoding } from "@/lib/http/content-encoding";
import { LOCALES } from "@/lib/i18n/locale";
import { ASSET_CSP } from "@/lib/security/csp";
import { canonicalRequest, canonicalViews, imageView, type CanonicalRequest } from "@/lib/url/canonical-request";
import { toSearch } from "@/lib/url/view-state";
import { readServerConfig } from "./config";
import { loadRequestContext } from "./request-context";
import { ResponseCache } from "./response-cache";
import { sendStored, storeResponse } from "./stored-response";
import { fetchUpstream } from "./upstream";

/**
 * `npm start`: Next.js behind a small caching layer. Views (/, /embed/*, /sources, /og) are
 * answered from a byte-bounded cache keyed by their canonical URL and rendered once per distinct
 * view; build files go straight to Next; anything else is fetched from Next and, when it is HTML,
 * given a CSP with its scripts' hashes. Every response carries the security headers.
 */
const MB = 1024 * 1024;
/** Files of the build and of public/: Next serves them itself, with their long-lived cache headers. */
const STATIC_PATH = /^\/(_next\/static\/|_next\/image|fonts\/|geo\/|maplibre-gl-worker\.mjs$|icon\.svg$|favicon\.ico$)/;
const STATS_PATH = "/_atlas/stats";

async function main() {
  const config = readServerConfig(process.env);
  if (!process.env.SITE_URL)
    console.warn(
      `SITE_URL is not set: link previews and canonical links will point at http://localhost:${config.PORT}. Set SITE_URL to the public origin, e.g. SITE_URL=https://atlas.example`,
    );
  const context = loadRequestContext();
  const app = next({ dev: false, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Next renders on a loopback port only this process talks to.
  const upstream = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const upstreamPort = (upstream.address() as AddressInfo).port;

  const warm = { total: 0, rendered: 0, failed: 0, done: !config.WARM, seconds: 0 };
  const frameAncestorsOf = (path: string) => (path.startsWith("/embed/") ? embedFrameAncestors() : "'none'");
  const cache = new ResponseCache({
    upstreamPort,
    pageCacheBytes: config.PAGE_CACHE_MB * MB,
    imageCacheBytes: config.IMAGE_CACHE_MB * MB,
    pageRenders: config.PAGE_RENDERS,
    imageRenders: config.IMAGE_RENDERS,
    frameAncestorsOf,
  });

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    // Defaults for every response; a page's writeHead replaces the CSP with its own.
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    res.setHeader("Content-Security-Policy", ASSET_CSP);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === STATS_PATH) return sendStats(req, res);
    const isRead = req.method === "GET" || req.method === "HEAD";
    if (!isRead || STATIC_PATH.test(url.pathname)) return handle(req, res);
    const canonical = canonicalRequest(url.pathname, url.searchParams, context);
    if (canonical) return cache.respond(req, res, canonical);
    return forward(req, res, url);
  }

  /** Anything else (data files, map data, 404s): fetched from Next uncached; HTML gets its script hashes. */
  async function forward(req: IncomingMessage, res: ServerResponse, url: URL) {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string" && !["host", "connection", "accept-encoding"].includes(name)) headers[name] = value;
    const response = await fetchUpstream(upstreamPort, req.url ?? "/", headers);
    // Sent once: compress only into the encoding this client takes.
    const encoding = pickEncoding(req.headers["accept-encoding"]);
    await sendStored(
      req,
      res,
      await storeResponse(response, { frameAncestors: frameAncestorsOf(url.pathname), encodings: encoding === "identity" ? [] : [encoding] }),
    );
  }

  function sendStats(req: IncomingMessage, res: ServerResponse) {
    const local = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress ?? "");
    if (!config.ATLAS_STATS || !local) return handle(req, res);
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ ...cache.stats(), warm, memory: process.memoryUsage() }));
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      console.error(`request ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Internal error.\n");
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  console.log(
    `Extradition Atlas: http://localhost:${(server.address() as AddressInfo).port} (Next on loopback :${upstreamPort}; page cache ${config.PAGE_CACHE_MB} MB, images ${config.IMAGE_CACHE_MB} MB)`,
  );

  if (config.WARM) {
    const started = performance.now();
    const views = canonicalViews(context, LOCALES);
    const requests: CanonicalRequest[] = [
      ...views.map((v) => ({ kind: "page" as const, path: `/${toSearch(v)}` })),
      ...views.map((v) => ({ kind: "image" as const, path: `/og${toSearch(imageView(v))}` })),
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
