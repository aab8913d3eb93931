import type { Locale } from "./locale";

/**
 * A research text in both languages of the atlas, as `data/` stores it: `{ "en": "...", "es": "..." }`.
 * A quotation (a source's own words) is written inside either text as a token `{{xx:words}}`, xx
 * being the language of the ORIGINAL words; the page draws it as `<q lang="xx">` and a plain-text
 * output (CSV, SVG, a preview) with quote marks. Rules (quoteFaults): the same tokens, in the same
 * order, in both texts; a quoted phrase in the other language is followed by its translation in
 * parentheses; no stray braces.
 *
 *   { en: "Sheinbaum said {{es:desde que llegamos}} (since we arrived)", es: "Sheinbaum dijo {{es:desde que llegamos}}" }
 */
export interface LocalizedText {
  en: string;
  es: string;
}

/** A stretch of a text: words in the text's own language, or a quotation in its original language. */
export type TextRun = { kind: "text"; text: string } | { kind: "quote"; lang: Locale; words: string };

const TOKEN = /\{\{(en|es):([^{}]+)\}\}/g;

/** The runs of one language's text: plain stretches and quotations, in order; empty stretches left out. */
export function textRuns(raw: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of raw.matchAll(TOKEN)) {
    if (m.index > at) runs.push({ kind: "text", text: raw.slice(at, m.index) });
    runs.push({ kind: "quote", lang: m[1] as Locale, words: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < raw.length) runs.push({ kind: "text", text: raw.slice(at) });
  return runs;
}

/** Quote marks a plain-text output puts around a quotation: Mexican newsrooms use the same double quotes as English. */
export const QUOTE_MARKS: Record<Locale, readonly [string, string]> = { en: ["“", "”"], es: ["“", "”"] };

/** The text in the reader's language with quotations in quote marks, for outputs without markup (CSV, SVG, previews, titles). */
export function plainText(text: LocalizedText, locale: Locale): string {
  const [open, close] = QUOTE_MARKS[locale];
  return textRuns(text[locale])
    .map((r) => (r.kind === "text" ? r.text : `${open}${r.words}${close}`))
    .join("");
}

/** Same as plainText for an optional text: undefined stays undefined. */
export function maybePlainText(text: LocalizedText | undefined | null, locale: Locale): string | undefined {
  return text ? plainText(text, locale) : undefined;
}

/** A quoted phrase (two or more lower-case words) needs a translation beside it; a quoted name ("Dulles, Washington") does not. */
function needsTranslation(words: string): boolean {
  return (words.match(/(?:^|[\s(])[a-záéíóúñü]/g) ?? []).length >= 2;
}

/** What breaks the quotation rules in a localized text, one sentence each; empty when none. */
export function quoteFaults(text: LocalizedText): string[] {
  const faults: string[] = [];
  const tokensOf = (raw: string) => textRuns(raw).flatMap((r) => (r.kind === "quote" ? [`{{${r.lang}:${r.words}}}`] : []));
  const en = tokensOf(text.en);
  const es = tokensOf(text.es);
  if (en.join("\n") !== es.join("\n")) faults.push(`expected the same quotations in "en" and "es", got ${JSON.stringify(en)} and ${JSON.stringify(es)}`);
  for (const locale of ["en", "es"] as const) {
    const raw = text[locale];
    if (/\{\{|\}\}/.test(raw.replace(TOKEN, ""))) faults.push(`"${locale}" has a malformed quotation: expected {{en:words}} or {{es:words}}`);
    for (const m of raw.matchAll(TOKEN)) {
      const follows = raw.slice(m.index + m[0].length);
      if (m[1] !== locale && needsTranslation(m[2]!) && !/^ \([^)]+\)/.test(follows)) {
        faults.push(`"${locale}" quotes ${m[0]} without a translation: expected " (…)" right after it`);
      }
    }
  }
  return faults;
}
