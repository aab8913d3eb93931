import type { Dataset } from "@/lib/data/dataset";
import { readDataFiles } from "@/lib/data/read-files";
import { validateDataset } from "@/lib/data/validate";
import { buildArcs, buildPlacePoints } from "@/lib/map/features";
import { buildMapModel } from "@/lib/map/model";
import type { EventFilter } from "@/lib/map/features";

/**
 * The data/ the server under test was built from, read through the validator. Browser tests take
 * counts and figures from it (sources, months, "data as of"), so `npm run refresh` never breaks them;
 * the unit tests pin the hand-checked figures on a frozen snapshot instead.
 */
export function liveDataset(dir?: string): Dataset {
  const result = validateDataset(readDataFiles(dir));
  if (!result.ok) throw new Error(`data/ is invalid: ${JSON.stringify(result.issues, null, 2)}`);
  return result.dataset;
}

/**
 * What the map and the headline must show for the live data: the people and transfers of the
 * headline, and the arcs and markers the map draws for a transfer filter (counted from the same
 * GeoJSON the live map fetches), so that a data change moves the expectations with it.
 */
export function liveCounts(dir?: string) {
  const data = liveDataset(dir);
  const model = buildMapModel(data);
  return {
    people: data.events.reduce((sum, e) => sum + e.people_count.value, 0),
    transfers: data.events.length,
    arcs: (filter: EventFilter = "all") => buildArcs(model, filter).features.length,
    markers: (filter: EventFilter = "all") => buildPlacePoints(model, filter).features.length,
  };
}
