import { readValidatedData } from "@/lib/data/validated-data";
import type { RouteContext } from "@/lib/http/route-keys";
import { getBuildId } from "@/lib/load/build-id";
import { getMapModel } from "@/lib/load/derived";
import { buildRequestContext } from "@/lib/url/request-context";

/**
 * What the server needs to name a request's canonical view: the ids a link may use and the months
 * the series cover, and the build's id. Read from data/ once at start, with the same validation as the build (and
 * kept for Next's bundles in the same process: lib/cache/process-once.ts).
 */
export function loadRequestContext(): RouteContext {
  return { ...buildRequestContext(getMapModel(), readValidatedData().dataset), buildId: getBuildId() };
}
