import type { Dataset } from "../data/dataset";
import { buildViewIds, type MapModel } from "../map/model";
import { seriesMonths } from "../series/time";
import { claimResultsOf } from "../stats/claim-check";
import { buildMoments } from "../timeline/moments";
import type { RequestContext } from "./canonical-request";

/**
 * What a link may name (event, place, person and court ids, the timeline's moments) and the months its range is cut to: the one context
 * the pages parse their URL with (lib/load/derived.ts) and the server keys its cache by
 * (server/request-context.ts).
 */
export function buildRequestContext(model: Pick<MapModel, "events" | "places">, data: Dataset): RequestContext {
  return {
    ...buildViewIds(model),
    months: seriesMonths(data),
    personIds: data.people.map((p) => p.id),
    courtIds: data.courts.map((c) => c.id),
    // Every moment the timeline shows: its entries and the claims' shown statements.
    entryIds: buildMoments(data.timeline, claimResultsOf(data)).map((m) => m.id),
  };
}
