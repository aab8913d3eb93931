import { processOnce } from "../cache/process-once";
import type { Dataset } from "./dataset";
import type { RawDataFiles } from "./files";
import { DataValidationError } from "./issue";
import { readDataFiles } from "./read-files";
import { validateDataset } from "./validate";

/**
 * data/ read and validated once per server process (shared by the front server and Next's
 * bundles): the dataset and the very text that was validated, for downloads. Throws
 * DataValidationError listing every problem, which fails `next build` and stops `npm start`.
 */
export const readValidatedData = processOnce("validated-data", (): { dataset: Dataset; files: RawDataFiles } => {
  const files = readDataFiles();
  const result = validateDataset(files, { today: new Date().toISOString().slice(0, 10) });
  if (!result.ok) throw new DataValidationError(result.issues);
  for (const warning of result.warnings) console.warn(`data: warning: ${warning}`);
  return { dataset: result.dataset, files };
});
