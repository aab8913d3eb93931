import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES } from "@/lib/data/files";
import { plainText, textRuns, type LocalizedText } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/messages";

/**
 * What an English sentence left on a Spanish page looks like, for the browser test that reads every
 * Spanish page (__tests__/e2e/spanish-text.e2e.ts).
 *
 * Common English words that are not also Spanish words: "a", "no", "he", "has", "me", "son" and
 * "per" are both, and a Spanish text may hold an English name ("Department of Justice": one word
 * here), so a run counts as English from three of these on.
 */
export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    "the and of to in is was were for on with by from at as that this these those not are be been have had it its which or an but " +
    "said says after before than their they there when where who would will only also into about over under between during while should could"
  ).split(" "),
);

/** The common English words of a run of text, in order, each time it appears: "Most were held at" -> ["were", "at"]. */
export function commonEnglishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []).filter((w) => COMMON_ENGLISH_WORDS.has(w));
}

/** A run reads as English when it holds three or more common English words. */
export function readsAsEnglish(text: string): boolean {
  return commonEnglishWords(text).length >= 3;
}

/** Every localized text in a parsed JSON value (shared by the Spanish tests' helpers). */
export function localizedTexts(root: unknown): LocalizedText[] {
  const out: LocalizedText[] = [];
  const walk = (x: unknown) => {
    if (x !== null && typeof x === "object" && !Array.isArray(x) && Object.keys(x).sort().join(",") === "en,es") out.push(x as LocalizedText);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * English strings a Spanish page must not show: each fixed string of the English catalogue whose
 * Spanish differs, and each stretch of a data text in English (its words outside quotations) whose
 * Spanish differs. Functions of the catalogue vary with their arguments and are left to the word count.
 */
export function englishStrings(dataDir = join(process.cwd(), "data")): string[] {
  const out = new Set<string>();
  const walk = (en: unknown, es: unknown) => {
    if (typeof en === "string") {
      if (en !== es && /[a-z]/i.test(en)) out.add(en);
    } else if (Array.isArray(en)) en.forEach((v, i) => walk(v, (es as unknown[] | undefined)?.[i]));
    else if (en && typeof en === "object") for (const [k, v] of Object.entries(en)) walk(v, (es as Record<string, unknown> | undefined)?.[k]);
  };
  walk(getMessages("en"), getMessages("es"));
  for (const file of Object.values(DATA_FILES).filter((f) => f.endsWith(".json"))) {
    for (const text of localizedTexts(JSON.parse(readFileSync(join(dataDir, file), "utf8")))) {
      if (plainText(text, "en") === plainText(text, "es")) continue;
      for (const run of textRuns(text.en)) if (run.kind === "text" && /[a-z]{2}/i.test(run.text)) out.add(run.text.trim());
    }
  }
  return [...out].filter((s) => s.length > 1);
}

/**
 * The English strings found among a page's texts: a long one (18 characters or more) anywhere in
 * its text, a short one only as a whole text, label or title (a Spanish word may contain it).
 */
export function englishFound(english: readonly string[], page: { text: string; pieces: readonly string[] }): string[] {
  const whole = new Set(page.pieces.map((p) => p.trim()));
  return english.filter((s) => (s.length >= 18 && page.text.includes(s)) || whole.has(s));
}
