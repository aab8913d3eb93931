import { DataValidationError } from "@/lib/data/issue";
import { readDataFiles } from "@/lib/data/read-files";
import { validateDataset } from "@/lib/data/validate";
import { buildMapModel, buildViewIds } from "@/lib/map/model";
import type { RequestContext } from "@/lib/url/canonical-request";

/**
 * What the server needs to name a request's canonical view: the ids a link may use and the months
 * the series cover. Read from data/ once at start, with the same validation as the build.
 */
export function loadRequestContext(): RequestContext {
  const result = validateDataset(readDataFiles());
  if (!result.ok) throw new DataValidationError(result.issues);
  const data = result.dataset;
  const months = [...data.homicidesMonthly, ...data.fentanylMonthly].map((r) => r.month).sort();
  if (months.length === 0) throw new Error("data/: the monthly series are empty");
  return { ...buildViewIds(buildMapModel(data)), months: { from: months[0]!, to: months[months.length - 1]! } };
}
