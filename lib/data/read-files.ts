import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, type DataFileKey, type RawDataFiles } from "./files";

/** Reads every data file as text, from data/ under the working directory or from `dir`. Node only. */
export function readDataFiles(dir?: string): RawDataFiles {
  // The literal "data" segment lets the bundler's file tracing scope this read to data/.
  const pathOf = (name: string) => (dir ? join(dir, name) : join(process.cwd(), "data", name));
  const entries = (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, readFileSync(pathOf(DATA_FILES[key]), "utf8")]);
  return Object.fromEntries(entries) as RawDataFiles;
}
