import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ByteLru, type LruStats } from "@/lib/cache/byte-lru";
import { Limiter } from "@/lib/cache/limiter";
import { SingleFlight } from "@/lib/cache/single-flight";
import type { CanonicalRequest } from "@/lib/url/canonical-request";
import { PAGE_CACHE_CONTROL, sendStored, storeResponse, type StoredResponse } from "./stored-response";
import { fetchUpstream } from "./upstream";

/** Request headers a page's response depends on besides its URL: Next's client-router requests (soft navigation). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;

export interface ResponseCacheOptions {
  upstreamPort: number;
  pageCacheBytes: number;
  imageCacheBytes: number;
  pageRenders: number;
  imageRenders: number;
  /** frame-ancestors of a page path. */
  frameAncestorsOf: (path: string) => string;
}

export interface RenderCounts {
  pages: number;
  routerPayloads: number;
  images: number;
  /** Requests that joined a render already running for their key. */
  coalesced: number;
  /** Image requests turned away because IMAGE_RENDERS were already running. */
  imagesRefused: number;
  failed: number;
}

/**
 * The server's memory of rendered views. A request is answered from the entry of its canonical
 * path; a miss renders that path once (concurrent misses for one key share the render), hashes
 * the page's inline scripts into its CSP, compresses it, and keeps it within a byte budget.
 */
export class ResponseCache {
  private readonly pages: ByteLru<StoredResponse>;
  private readonly images: ByteLru<StoredResponse>;
  private readonly flights = new SingleFlight<StoredResponse>();
  private readonly pageLimiter: Limiter;
  private imagesRendering = 0;
  readonly counts: RenderCounts = { pages: 0, routerPayloads: 0, images: 0, coalesced: 0, imagesRefused: 0, failed: 0 };

  constructor(private readonly options: ResponseCacheOptions) {
    this.pages = new ByteLru(options.pageCacheBytes);
    this.images = new ByteLru(options.imageCacheBytes);
    this.pageLimiter = new Limiter(options.pageRenders);
  }

  /** Answers a request for a view (page, router payload or preview image) from the cache, rendering it on a miss. */
  async respond(req: IncomingMessage, res: ServerResponse, canonical: CanonicalRequest): Promise<void> {
    const routerHeaders = pickRouterHeaders(req);
    const isRouter = Object.keys(routerHeaders).length > 0 && canonical.kind === "page";
    const key = isRouter ? `${canonical.path}#router:${hashOf(routerHeaders)}` : canonical.path;
    const cache = canonical.kind === "image" ? this.images : this.pages;
    let stored = cache.get(key);
    if (!stored) {
      if (canonical.kind === "image" && !this.flights.isRunning(key) && this.imagesRendering >= this.options.imageRenders) {
        this.counts.imagesRefused++;
        sendBusy(res);
        return;
      }
      const upstreamPath = isRouter ? withRouterParam(canonical.path, req.url ?? "") : canonical.path;
      const { result, shared } = this.flights.run(key, () => this.render(canonical.kind, key, upstreamPath, isRouter ? routerHeaders : {}));
      if (shared) this.counts.coalesced++;
      try {
        stored = await result;
      } catch (error) {
        sendFailure(res, error);
        return;
      }
    }
    await sendStored(req, res, stored);
  }

  /** Renders the canonical paths given (one at a time, behind any reader's request), so the first readers find them cached. */
  async warm(paths: readonly CanonicalRequest[]): Promise<{ rendered: number; failed: number }> {
    let rendered = 0;
    let failed = 0;
    for (const canonical of paths) {
      const cache = canonical.kind === "image" ? this.images : this.pages;
      if (cache.peek(canonical.path)) continue;
      try {
        await this.flights.run(canonical.path, () => this.render(canonical.kind, canonical.path, canonical.path, {})).result;
        rendered++;
      } catch {
        failed++;
      }
    }
    return { rendered, failed };
  }

  stats(): { pages: LruStats; images: LruStats; renders: RenderCounts; rendering: { pages: number; pagesQueued: number; images: number } } {
    return {
      pages: this.pages.stats(),
      images: this.images.stats(),
      renders: { ...this.counts },
      rendering: { pages: this.pageLimiter.running, pagesQueued: this.pageLimiter.queued, images: this.imagesRendering },
    };
  }

  private async render(kind: CanonicalRequest["kind"], key: string, upstreamPath: string, headers: Record<string, string>): Promise<StoredResponse> {
    const isImage = kind === "image";
    if (isImage) this.imagesRendering++;
    try {
      const fetch = () => fetchUpstream(this.options.upstreamPort, upstreamPath, headers);
      const upstream = isImage ? await fetch() : await this.pageLimiter.run(fetch);
      const stored = await storeResponse(upstream, { frameAncestors: this.options.frameAncestorsOf(upstreamPath), pageCacheControl: PAGE_CACHE_CONTROL });
      if (isImage) this.counts.images++;
      else if (headers.rsc) this.counts.routerPayloads++;
      else this.counts.pages++;
      // Only complete successes are kept: an error page is answered but rendered again next time.
      if (upstream.status === 200 && upstream.headers["set-cookie"] === undefined) (isImage ? this.images : this.pages).set(key, stored);
      return stored;
    } catch (error) {
      this.counts.failed++;
      throw error;
    } finally {
      if (isImage) this.imagesRendering--;
    }
  }
}

function pickRouterHeaders(req: IncomingMessage): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of ROUTER_HEADERS) {
    const value = req.headers[name];
    if (typeof value === "string") picked[name] = value;
  }
  return picked;
}

const hashOf = (headers: Record<string, string>) => createHash("sha256").update(JSON.stringify(headers)).digest("base64url").slice(0, 22);

/** Next's router requests carry a cache-busting `_rsc` parameter derived from their headers; it goes with the render. */
function withRouterParam(path: string, rawUrl: string): string {
  const rsc = new URL(rawUrl, "http://x").searchParams.get("_rsc");
  if (rsc === null) return path;
  return `${path}${path.includes("?") ? "&" : "?"}_rsc=${encodeURIComponent(rsc)}`;
}

/** Too many new images at once: say when to come back instead of making the client wait. */
function sendBusy(res: ServerResponse): void {
  res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "2", "cache-control": "no-store" });
  res.end("Busy drawing other preview images; try again in a few seconds.\n");
}

function sendFailure(res: ServerResponse, error: unknown): void {
  console.error(`render failed: ${error instanceof Error ? error.message : String(error)}`);
  if (res.headersSent) return void res.destroy();
  res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("The page could not be drawn just now; please reload.\n");
}
