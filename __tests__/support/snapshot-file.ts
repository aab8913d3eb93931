import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { normalizeMarkup } from "../../scripts/markup-normal-form.mjs";

export { normalizeMarkup };

/**
 * Snapshot files for pictures, exports and CSVs, the way Observable Plot tests its marks
 * (test/plot.js there): the output is normalised (numbers rounded, generated ids re-indexed, one
 * tag a line), kept as a readable file under __tests__/snapshots/, and compared whole. A changed
 * output is written beside the old one as `<name>.changed.<ext>` for review, and the test fails;
 * accept it by moving the file over the old one. A missing snapshot is written (and the test passes)
 * on a developer's machine; under CI=true a missing snapshot fails, so a test cannot pass by
 * writing its own answer.
 */
export const SNAPSHOT_DIR = join(process.cwd(), "__tests__/snapshots");

/** CSV as written, with line ends made "\n" (the exporter writes "\r\n"). */
export function normalizeCsv(csv: string): string {
  return csv.replace(/\r\n/g, "\n");
}

/** Compares `actual` (already normalised) with __tests__/snapshots/<name>; see the file comment. */
export function expectSnapshotFile(name: string, actual: string, dir = SNAPSHOT_DIR): void {
  const path = join(dir, name);
  const dot = name.lastIndexOf(".");
  const changedPath = join(dir, `${name.slice(0, dot)}.changed${name.slice(dot)}`);
  rmSync(changedPath, { force: true });
  if (!existsSync(path)) {
    if (process.env.CI === "true") throw new Error(`snapshot ${name} is missing: run the unit tests once without CI=true and commit the file`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (expected === actual) return;
  mkdirSync(dirname(changedPath), { recursive: true });
  writeFileSync(changedPath, actual);
  const at = firstDifference(expected, actual);
  throw new Error(
    `snapshot ${name} changed at line ${at.line}:\n  was: ${at.was}\n  now: ${at.now}\n` +
      `The new output is in ${changedPath}; if the change is intended, move it over ${path}.`,
  );
}

function firstDifference(a: string, b: string): { line: number; was: string; now: string } {
  const [la, lb] = [a.split("\n"), b.split("\n")];
  const i = la.findIndex((line, k) => line !== lb[k]);
  const at = i === -1 ? la.length : i;
  return { line: at + 1, was: la[at] ?? "(end)", now: lb[at] ?? "(end)" };
}
