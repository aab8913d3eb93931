import type { IncomingHttpHeaders } from "node:http";
// Next's own hash of the router headers (the `_rsc` query parameter), so ours agrees with its check.
import { computeCacheBustingSearchParam, computeLegacyCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param";
import { normalizeRouterState } from "@/lib/http/router-state";

/**
 * Whether a request for a view is one of Next's client-router requests (soft navigation or
 * prefetch: `RSC: 1`), and if so, the router headers it is rendered with.
 * - Without `RSC: 1` it is a page: router headers are ignored (not in the cache key, not sent on).
 * - `Next-Url` is dropped: it only matters to intercepting routes, and the app has none.
 * - The router state is checked and spelled one way (lib/http/router-state.ts); the prefetch
 *   headers take Next's values only. Anything else is invalid (400, never a render).
 * - The client's `_rsc` must be Next's hash of the headers it sent, as Next itself demands (a
 *   cache that ignores Vary then cannot be handed one tree's payload under another's URL); the
 *   render upstream gets the hash of the headers actually sent on.
 */
export type RouterRequest = { kind: "page" } | { kind: "router"; headers: Record<string, string>; cacheBusting: string } | { kind: "invalid"; why: string };

const PREFETCH_VALUES = new Set(["0", "1", "2", "3"]);
/** A segment-prefetch header is a segment path such as "/_tree" or "/__PAGE__": printable ASCII. */
const SEGMENT_PATH = /^[\x21-\x7e]{1,1024}$/;

export async function readRouterRequest(headers: IncomingHttpHeaders, query: URLSearchParams): Promise<RouterRequest> {
  if (headers.rsc !== "1") return { kind: "page" };
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? null : value;
  };
  const tree = one("next-router-state-tree");
  const prefetch = one("next-router-prefetch");
  const segment = one("next-router-segment-prefetch");
  const nextUrl = one("next-url");
  if (tree === null || prefetch === null || segment === null || nextUrl === null) return { kind: "invalid", why: "a router header was sent twice" };
  if (prefetch !== undefined && !PREFETCH_VALUES.has(prefetch)) return { kind: "invalid", why: "unknown Next-Router-Prefetch value" };
  if (segment !== undefined && !SEGMENT_PATH.test(segment)) return { kind: "invalid", why: "malformed Next-Router-Segment-Prefetch" };
  const normalized = tree === undefined ? undefined : normalizeRouterState(tree);
  if (normalized && !normalized.ok) return { kind: "invalid", why: `unparsable Next-Router-State-Tree: ${normalized.why}` };

  const prefetchFlag = prefetch as "0" | "1" | "2" | "3" | undefined;
  const sent = query.get("_rsc");
  const expected = await computeCacheBustingSearchParam(prefetchFlag, segment, tree, nextUrl);
  if (sent !== expected && sent !== computeLegacyCacheBustingSearchParam(prefetchFlag, segment, tree, nextUrl))
    return { kind: "invalid", why: "_rsc is not the hash of the router headers" };

  const forwarded: Record<string, string> = { rsc: "1" };
  if (normalized?.ok) forwarded["next-router-state-tree"] = normalized.value;
  if (prefetch !== undefined) forwarded["next-router-prefetch"] = prefetch;
  if (segment !== undefined) forwarded["next-router-segment-prefetch"] = segment;
  // Next's hash of what is sent on: the client's own when nothing was dropped or respelled.
  const isForwardedAsSent = nextUrl === undefined && forwarded["next-router-state-tree"] === tree;
  const cacheBusting = isForwardedAsSent
    ? expected
    : await computeCacheBustingSearchParam(prefetchFlag, segment, forwarded["next-router-state-tree"], undefined);
  return { kind: "router", headers: forwarded, cacheBusting };
}
