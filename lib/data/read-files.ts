import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, type DataFileKey, type RawDataFiles } from "./files";

/** Reads every data file as text. Node only; used by the server loader and scripts/check-data. */
export function readDataFiles(dir: string = join(process.cwd(), "data")): RawDataFiles {
  const entries = (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, readFileSync(join(dir, DATA_FILES[key]), "utf8")]);
  return Object.fromEntries(entries) as RawDataFiles;
}
