import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

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

/** Rounds every decimal to `digits` places ("12.3456" -> "12.35", "3.10" -> "3.1"). */
function roundNumbers(text: string, digits: number): string {
  return text.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))));
}

/**
 * Gives every id in order of appearance a stable name (`id-0`, `id-1`…) and follows it wherever it
 * is referenced (`#id`, `url(#id)`, aria-labelledby/-describedby, `for`), so a change of prefix or of
 * React's useId counter does not show as a change of the picture.
 */
function reindexIds(text: string): string {
  const ids = [...new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))];
  let out = text;
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const name = `id-${i}`;
    out = out
      .replace(new RegExp(`(\\sid=")${escaped}"`, "g"), `$1${name}"`)
      .replace(new RegExp(`#${escaped}(?=["')])`, "g"), `#${name}`)
      .replace(new RegExp(`(\\s(?:aria-labelledby|aria-describedby|for)="(?:[^"]*\\s)?)${escaped}(?=[\\s"])`, "g"), `$1${name}`);
  });
  return out;
}

/** Hex colours compared by value: lower case, "#fff" written "#ffffff". */
function normalizeHexColors(text: string): string {
  return text.replace(/#([0-9a-f]{3}|[0-9a-f]{6})\b/gi, (_, hex: string) => `#${(hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex).toLowerCase()}`);
}

/** Each start tag's attributes in name order: XML gives their order no meaning, renderers differ in it. */
function sortAttributes(text: string): string {
  return text.replace(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)+)\s*(\/?)>/g, (_, name: string, attributes: string, selfClosing: string) => {
    const sorted = [...attributes.matchAll(/\s+([\w:-]+(?:="[^"]*")?)/g)].map((m) => m[1]!).sort();
    return `<${name} ${sorted.join(" ")}${selfClosing}>`;
  });
}

/** The normal form of SVG or HTML markup: rounded to 2 places, colours by value, attributes in name order, ids re-indexed, one tag a line. */
export function normalizeMarkup(markup: string): string {
  return (
    reindexIds(sortAttributes(normalizeHexColors(roundNumbers(markup, 2))))
      .replace(/>\s*</g, ">\n<")
      .trim() + "\n"
  );
}

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
