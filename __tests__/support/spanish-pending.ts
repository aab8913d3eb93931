import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plainText, type LocalizedText } from "@/lib/i18n/localized";

/**
 * Data files whose Spanish is still being written (issue 25, open): their texts are still copies of
 * the English. The Spanish tests set aside exactly those copies and report how many there are; a
 * test fails once a listed file has none left, so the list only shrinks.
 */
export const SPANISH_PENDING: readonly string[] = ["transfers.json"];

/** Every localized text of a parsed JSON value. */
function localizedTexts(root: unknown): LocalizedText[] {
  const out: LocalizedText[] = [];
  const walk = (x: unknown) => {
    if (x !== null && typeof x === "object" && !Array.isArray(x) && Object.keys(x).sort().join(",") === "en,es") out.push(x as LocalizedText);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(root);
  return out;
}

/** The English of each text of a pending file whose Spanish is still a copy, by file. */
export function pendingCopies(dataDir = join(process.cwd(), "data")): Map<string, string[]> {
  return new Map(
    SPANISH_PENDING.map((file) => [
      file,
      localizedTexts(JSON.parse(readFileSync(join(dataDir, file), "utf8")))
        .filter((t) => t.es === t.en)
        .map((t) => plainText(t, "en")),
    ]),
  );
}

/** True when a text found on a Spanish page is (part of) a pending copy, or holds one. */
export function isPendingCopy(found: string, copies: readonly string[]): boolean {
  return copies.some((c) => c.includes(found) || (c.length >= 12 && found.includes(c)));
}
