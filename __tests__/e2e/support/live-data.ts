import type { Dataset } from "@/lib/data/dataset";
import { readDataFiles } from "@/lib/data/read-files";
import { validateDataset } from "@/lib/data/validate";

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
