import "server-only";
import { strongEtagOf } from "../http/etag";
import { cache } from "react";
import type { Dataset } from "../data/dataset";
import { DATA_FILES, type DataFileKey } from "../data/files";
import { readValidatedData } from "../data/validated-data";

/**
 * The validated dataset, read from data/ once per server process (lib/data/validated-data.ts;
 * React cache per request on top). Throws DataValidationError listing every problem, which fails
 * `next build`.
 */
export const loadDataset = cache((): Dataset => readValidatedData().dataset);

const served = new Map<string, { body: string; etag: string }>();

/**
 * A data file for download: the very text that was validated (read once with the rest, held in
 * memory, so a file changed on disk later is never served unchecked), with a strong ETag.
 * Null for a name that is not one of the data files.
 */
export function loadValidatedFile(name: string): { body: string; etag: string } | null {
  const key = (Object.keys(DATA_FILES) as DataFileKey[]).find((k) => DATA_FILES[k] === name);
  if (!key) return null;
  let file = served.get(name);
  if (!file) {
    const body = readValidatedData().files[key];
    file = { body, etag: strongEtagOf(body) };
    served.set(name, file);
  }
  return file;
}
