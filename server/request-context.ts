import { DataValidationError } from "@/lib/data/issue";
import { readDataFiles } from "@/lib/data/read-files";
import { validateDataset } from "@/lib/data/validate";
import { buildMapModel } from "@/lib/map/model";
import type { RequestContext } from "@/lib/url/canonical-request";
import { buildRequestContext } from "@/lib/url/request-context";

/**
 * What the server needs to name a request's canonical view: the ids a link may use and the months
 * the series cover. Read from data/ once at start, with the same validation as the build.
 */
export function loadRequestContext(): RequestContext {
  const result = validateDataset(readDataFiles());
  if (!result.ok) throw new DataValidationError(result.issues);
  return buildRequestContext(buildMapModel(result.dataset), result.dataset);
}
