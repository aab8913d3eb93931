import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gunzip, gzip } from "node:zlib";
import type { Weighed } from "@/lib/cache/byte-lru";
import { pickEncoding, type Encoding } from "@/lib/http/content-encoding";
import { ifNoneMatchHits, strongEtagOf } from "@/lib/http/etag";
import { buildPageCsp } from "@/lib/security/csp";
import { inlineScriptHashes } from "@/lib/security/script-hashes";
import type { UpstreamResponse } from "./upstream";

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);

/**
 * A response ready to be sent to any number of readers: headers fixed, body compressed once
 * (brotli and gzip; the plain body is unpacked on demand for the rare client that wants it),
 * a strong ETag of the plain body. Two requests for one key get identical bytes and headers.
 */
export interface StoredResponse extends Weighed {
  status: number;
  headers: OutgoingHttpHeaders;
  /** Strong ETag of the plain body, quoted; encoded copies append "-br" / "-gzip" inside the quotes. */
  etag: string;
  bodies: Partial<Record<Encoding, Buffer>>;
}

/** Hop-by-hop headers and those this layer sets itself. */
const DROPPED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "content-encoding",
  "etag",
  "content-security-policy",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-request-id",
]);

const isCompressible = (type: string) => /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(type);

export interface StoreOptions {
  /** frame-ancestors for an HTML page (embeds may be framed, other pages not). */
  frameAncestors: string;
  /** Cache-Control of the response (the route table's), whatever Next sent. */
  cacheControl: string;
  /** The compressed copies to make: both for a response that is kept (it serves every client); only the one client's for one that is sent once. */
  encodings?: readonly ("br" | "gzip")[];
}

/** Builds the stored form of an upstream response: CSP with the page's script hashes for HTML, compressed bodies, ETag. */
export async function storeResponse(upstream: UpstreamResponse, options: StoreOptions): Promise<StoredResponse> {
  const headers = keptHeaders(upstream.headers);
  const type = String(upstream.headers["content-type"] ?? "");
  if (type.startsWith("text/html")) {
    headers["content-security-policy"] = buildPageCsp({
      scriptHashes: inlineScriptHashes(upstream.body.toString("utf8")),
      isDev: false,
      frameAncestors: options.frameAncestors,
    });
  }
  headers["cache-control"] = options.cacheControl;
  const etag = strongEtagOf(upstream.body);
  let bodies: StoredResponse["bodies"] = { identity: upstream.body };
  if (isCompressible(type) && upstream.body.length > 256) {
    headers.vary = appendVary(headers.vary, "Accept-Encoding");
    const wanted = options.encodings ?? ["br", "gzip"];
    const compress = (encoding: "br" | "gzip") =>
      encoding === "br"
        ? brotliAsync(upstream.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: upstream.body.length } })
        : gzipAsync(upstream.body, { level: 6 });
    const copies = await Promise.all(wanted.map(async (encoding) => [encoding, await compress(encoding)] as const));
    // No plain copy beside gzip: sendStored unpacks gzip for the rare client that takes neither.
    bodies = Object.fromEntries(wanted.includes("gzip") ? copies : [...copies, ["identity", upstream.body]]);
  }
  const bytes = Object.values(bodies).reduce((sum, b) => sum + b.length, 0) + 2_048;
  return { status: upstream.status, headers, etag, bodies, bytes };
}

/** Sends a stored response, in the best encoding the client accepts; 304 when its ETag matches. */
export async function sendStored(req: IncomingMessage, res: ServerResponse, stored: StoredResponse): Promise<void> {
  const accepted = pickEncoding(req.headers["accept-encoding"]);
  const encoding: Encoding = stored.bodies[accepted] ? accepted : "identity";
  const etag = encoding === "identity" ? stored.etag : `${stored.etag.slice(0, -1)}-${encoding}"`;
  const headers: OutgoingHttpHeaders = { ...stored.headers, etag };
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  if (stored.status === 200 && ifNoneMatchHits(req.headers["if-none-match"] as string | undefined, [etag])) {
    delete headers["content-encoding"];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // A client that takes neither compression gets the plain body, unpacked from gzip when only compressed copies are kept.
  const body = stored.bodies[encoding] ?? (await gunzipAsync(stored.bodies.gzip!));
  headers["content-length"] = body.length;
  res.writeHead(stored.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function keptHeaders(upstream: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(upstream)) if (value !== undefined && !DROPPED.has(name)) out[name] = value;
  return out;
}

function appendVary(existing: OutgoingHttpHeaders[string], name: string): string {
  const list = String(existing ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.some((v) => v.toLowerCase() === name.toLowerCase()) ? list.join(", ") : [...list, name].join(", ");
}
