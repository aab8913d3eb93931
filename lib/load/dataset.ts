import "server-only";
import { cache } from "react";
import type { Dataset } from "../data/dataset";
import { DataValidationError } from "../data/issue";
import { readDataFiles } from "../data/read-files";
import { validateDataset } from "../data/validate";

/**
 * The validated dataset, read from data/ once per server process (React cache per request on
 * top). Throws DataValidationError listing every problem, which fails `next build`.
 */
let loaded: Dataset | undefined;

export const loadDataset = cache((): Dataset => {
  if (loaded) return loaded;
  const result = validateDataset(readDataFiles());
  if (!result.ok) throw new DataValidationError(result.issues);
  loaded = result.dataset;
  return loaded;
});
