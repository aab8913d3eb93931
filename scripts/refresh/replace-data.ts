// All-or-nothing update of data/: the whole folder is copied aside, the changed files written into
// the copy, the copy validated as the build validates data/, and only then swapped into place.
// On any error data/ is left exactly as it was.
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { DATA_FILES, type DataFileKey, type RawDataFiles } from "../../lib/data/files";
import { DataValidationError } from "../../lib/data/issue";
import { readDataFiles } from "../../lib/data/read-files";
import { validateDataset } from "../../lib/data/validate";

export function replaceDataFiles(dataDir: string, files: Partial<RawDataFiles>): void {
  const target = resolve(dataDir);
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-refresh-`));
  try {
    cpSync(target, staging, { recursive: true });
    for (const [key, text] of Object.entries(files) as [DataFileKey, string][]) writeFileSync(join(staging, DATA_FILES[key]), text);
    const result = validateDataset(readDataFiles(staging));
    if (!result.ok) throw new DataValidationError(result.issues);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}-previous`;
  renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    renameSync(previous, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
