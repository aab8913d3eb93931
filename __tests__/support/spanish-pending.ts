import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plainText } from "@/lib/i18n/localized";
import { localizedTexts } from "./english-text";

/**
 * Data files whose Spanish is still being written (issue 25, open): their texts are still copies of
 * the English. The Spanish tests set aside exactly those copies and report how many there are; a
 * test fails once a listed file has none left, so the list only shrinks.
 */
export const SPANISH_PENDING: readonly string[] = ["transfers.json"];

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
