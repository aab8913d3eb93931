import "server-only";
import { strongEtagOf } from "../http/etag";
import { cache } from "react";
import type { Dataset } from "../data/dataset";
import { DataValidationError } from "../data/issue";
import { DATA_FILES, type DataFileKey, type RawDataFiles } from "../data/files";
import { readDataFiles } from "../data/read-files";
import { validateDataset } from "../data/validate";

/**
 * The validated dataset, read from data/ once per server process (React cache per request on
 * top). Throws DataValidationError listing every problem, which fails `next build`.
 */
let loaded: { dataset: Dataset; files: RawDataFiles } | undefined;

function load() {
  if (loaded) return loaded;
  const files = readDataFiles();
  const result = validateDataset(files);
  if (!result.ok) throw new DataValidationError(result.issues);
  loaded = { dataset: result.dataset, files };
  return loaded;
}

export const loadDataset = cache((): Dataset => load().dataset);

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
    const body = load().files[key];
    file = { body, etag: strongEtagOf(body) };
    served.set(name, file);
  }
  return file;
}
