import type { IncomingMessage, ServerResponse } from "node:http";
import { ByteLru, type LruStats } from "@/lib/cache/byte-lru";
import { Limiter } from "@/lib/cache/limiter";
import { SingleFlight } from "@/lib/cache/single-flight";
import { CACHE_CONTROL } from "@/lib/http/cache-control";
import { ENCODINGS, pickEncoding, type Encoding } from "@/lib/http/content-encoding";
import { sendPlain } from "./plain-response";
import { sendStored, storeResponse, type StoredResponse } from "./stored-response";
import { fetchUpstream } from "./upstream";

/** What an entry is: decides its memory, its render limit, and which answers are kept ("render": none, rendered for each request). */
export type CachedKind = "page" | "router" | "render" | "image" | "file" | "not-found";

/** A request the cache answers: its key, and the request Next renders for it on a miss. */
export interface CachedRequest {
  kind: CachedKind;
  /** The canonical key (lib/http/route-keys.ts); router payloads add their headers' hash. */
  key: string;
  /** Path and query asked of Next: the canonical key, never the raw URL. */
  upstreamPath: string;
  /** Headers sent to Next with it (a router request's checked router headers; none otherwise). */
  upstreamHeaders: Record<string, string>;
  /** CSP frame-ancestors of an HTML answer. */
  frameAncestors: string;
  /** Cache-Control the answer is sent with (the route table's). */
  cacheControl: string;
}

export interface ResponseCacheOptions {
  upstreamPort: number;
  pageCacheBytes: number;
  imageCacheBytes: number;
  pageRenders: number;
  imageRenders: number;
}

/** Requests this cache sent to Next, by kind, and what happened around them. */
export interface RenderCounts {
  pages: number;
  routerPayloads: number;
  /** Pages rendered for each request (the "render" rule), never kept. */
  perRequest: number;
  images: number;
  files: number;
  notFound: number;
  /** Requests that joined a render already running for their key. */
  coalesced: number;
  /** Image requests turned away because IMAGE_RENDERS were already running. */
  imagesRefused: number;
  failed: number;
}

const COUNTED: Record<CachedKind, keyof RenderCounts> = {
  page: "pages",
  router: "routerPayloads",
  render: "perRequest",
  image: "images",
  file: "files",
  "not-found": "notFound",
};
/** The one status kept for each kind: a success, or for the 404 page its 404 (null: nothing is kept). Anything else is answered and rendered again next time. */
const KEPT_STATUS: Record<CachedKind, number | null> = { page: 200, router: 200, render: null, image: 200, file: 200, "not-found": 404 };

/**
 * The server's memory of rendered responses. A request is answered from the entry of its key; a
 * miss renders the key's request once (concurrent misses for one key share the render), hashes a
 * page's inline scripts into its CSP, compresses it, and keeps it within a byte budget. Every
 * request this cache sends to Next is counted (stats().renders).
 */
export class ResponseCache {
  private readonly pages: ByteLru<StoredResponse>;
  private readonly images: ByteLru<StoredResponse>;
  private readonly flights = new SingleFlight<StoredResponse>();
  private readonly pageLimiter: Limiter;
  private imagesRendering = 0;
  readonly counts: RenderCounts = { pages: 0, routerPayloads: 0, perRequest: 0, images: 0, files: 0, notFound: 0, coalesced: 0, imagesRefused: 0, failed: 0 };

  constructor(private readonly options: ResponseCacheOptions) {
    this.pages = new ByteLru(options.pageCacheBytes);
    this.images = new ByteLru(options.imageCacheBytes);
    this.pageLimiter = new Limiter(options.pageRenders);
  }

  /** Answers a request from the cache, rendering its key on a miss. */
  async respond(req: IncomingMessage, res: ServerResponse, request: CachedRequest): Promise<void> {
    // Sent once, never kept: compressed only into the encoding this client takes.
    if (request.kind === "render") return this.sendRendered(req, res, this.render(request, [pickEncoding(req.headers["accept-encoding"])]));
    const stored = this.lruOf(request.kind).get(request.key);
    if (stored) return sendStored(req, res, stored);
    if (request.kind === "image" && !this.flights.isRunning(request.key) && this.imagesRendering >= this.options.imageRenders) {
      this.counts.imagesRefused++;
      sendPlain(res, 503, "Busy drawing other preview images; try again in a few seconds.", { "retry-after": "2" });
      return;
    }
    const { result, shared } = this.flights.run(request.key, () => this.render(request));
    if (shared) this.counts.coalesced++;
    return this.sendRendered(req, res, result);
  }

  private async sendRendered(req: IncomingMessage, res: ServerResponse, rendering: Promise<StoredResponse>): Promise<void> {
    let stored: StoredResponse;
    try {
      stored = await rendering;
    } catch (error) {
      console.error(`render of ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) return void res.destroy();
      sendPlain(res, 502, "The page could not be drawn just now; please reload.");
      return;
    }
    await sendStored(req, res, stored);
  }

  /** Renders the requests given (one at a time, behind any reader's request), so the first readers find them cached. */
  async warm(requests: readonly CachedRequest[]): Promise<{ rendered: number; failed: number }> {
    let rendered = 0;
    let failed = 0;
    for (const request of requests) {
      if (this.lruOf(request.kind).peek(request.key)) continue;
      try {
        await this.flights.run(request.key, () => this.render(request)).result;
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

  private lruOf(kind: CachedKind): ByteLru<StoredResponse> {
    return kind === "image" ? this.images : this.pages;
  }

  /** Renders a request's key; `encodings` (default every one) are the copies it is compressed into. */
  private async render(request: CachedRequest, encodings: readonly Encoding[] = ENCODINGS): Promise<StoredResponse> {
    const isImage = request.kind === "image";
    if (isImage) this.imagesRendering++;
    this.counts[COUNTED[request.kind]]++;
    try {
      const fetch = () => fetchUpstream(this.options.upstreamPort, request.upstreamPath, request.upstreamHeaders);
      const upstream = isImage ? await fetch() : await this.pageLimiter.run(fetch);
      const isSuccess = upstream.status === (KEPT_STATUS[request.kind] ?? 200) && upstream.headers["set-cookie"] === undefined;
      const stored = await storeResponse(upstream, {
        frameAncestors: request.frameAncestors,
        cacheControl: isSuccess ? request.cacheControl : CACHE_CONTROL.never,
        encodings: encodings.filter((e): e is "br" | "gzip" => e !== "identity"),
      });
      if (isSuccess && KEPT_STATUS[request.kind] !== null) this.lruOf(request.kind).set(request.key, stored);
      return stored;
    } catch (error) {
      this.counts.failed++;
      throw error;
    } finally {
      if (isImage) this.imagesRendering--;
    }
  }
}
