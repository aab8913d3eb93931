import { createHash } from "node:crypto";
import type { ResolvedRoute } from "@/lib/http/route-keys";
import type { CachedKind, CachedRequest } from "./response-cache";

const KIND_OF_RULE: Partial<Record<ResolvedRoute["route"]["rule"], CachedKind>> = {
  view: "page",
  render: "render",
  image: "image",
  file: "file",
  "not-found": "not-found",
};

/**
 * The cache entry that answers a resolved route: its key is the canonical key (for a router
 * request, the key and a hash of its checked router headers), and on a miss Next renders that key,
 * never the raw URL. Embeds may be framed by the allow-list; every other answer by no one.
 */
export function cachedRequestOf(
  resolved: ResolvedRoute,
  { frameAncestors, router }: { frameAncestors: string; router?: { headers: Record<string, string>; cacheBusting: string } },
): CachedRequest {
  const kind = KIND_OF_RULE[resolved.route.rule];
  if (!kind || resolved.key === null) throw new Error(`route ${resolved.id} (${resolved.route.rule}) is not cached`);
  const common = { frameAncestors: resolved.route.isFramable ? frameAncestors : "'none'", cacheControl: resolved.route.cache };
  if (!router) return { ...common, kind, key: resolved.key, upstreamPath: resolved.key, upstreamHeaders: {} };
  const headersHash = createHash("sha256").update(JSON.stringify(router.headers)).digest("base64url").slice(0, 22);
  const separator = resolved.key.includes("?") ? "&" : "?";
  return {
    ...common,
    kind: "router",
    key: `${resolved.key}#router:${headersHash}`,
    upstreamPath: `${resolved.key}${separator}_rsc=${encodeURIComponent(router.cacheBusting)}`,
    upstreamHeaders: router.headers,
  };
}
