/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES } from "@/lib/data/files";
import { glossaryFaults } from "@/lib/i18n/glossary";
import type { Locale } from "@/lib/i18n/locale";
import { textRuns, type LocalizedText } from "@/lib/i18n/localized";
import { readsAsEnglish } from "../../support/english-text";

/** Every localized text of data/'s JSON files and the annual CSV's notes, with where it is. */
function dataTexts(): { where: string; text: LocalizedText }[] {
  const out: { where: string; text: LocalizedText }[] = [];
  const walk = (x: unknown, where: string) => {
    if (x !== null && typeof x === "object" && !Array.isArray(x) && Object.keys(x).sort().join(",") === "en,es") out.push({ where, text: x as LocalizedText });
    else if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (x !== null && typeof x === "object") for (const [k, v] of Object.entries(x)) walk(v, `${where}.${k}`);
  };
  for (const file of Object.values(DATA_FILES).filter((f) => f.endsWith(".json")))
    walk(JSON.parse(readFileSync(join(process.cwd(), "data", file), "utf8")), file);
  return out;
}

/**
 * A text's own words in its language: quotations keep their source's words and are left out, and so
 * is the translation in parentheses right after a quotation in the other language (it repeats the
 * quotation's words, numbers included). A parenthesis of source ids, or one after a quotation in the
 * text's own language, is the text's own.
 */
const TRANSLATION = /^ \((?!(?:[a-z]+\d+(?:, )?)+\))[^)]*\)/;
const ownWords = (raw: string, lang: Locale) =>
  textRuns(raw)
    .map((r, i, runs) => {
      if (r.kind === "quote") return "";
      const before = runs[i - 1];
      return before?.kind === "quote" && before.lang !== lang ? r.text.replace(TRANSLATION, "") : r.text;
    })
    .join(" ");

/**
 * The numbers a text states, sorted: "27 Feb 2025, 1,902.3 lb (s20)" -> ["1,902.3", "20", "2025", "27"].
 * A month is a word in Spanish and may be a number in an ISO date, so "2026-01-20" counts as 20 and
 * 2026, "2025-07" and "2025-07/08" as 2025; leading zeros are dropped.
 */
const numbersOf = (raw: string, lang: Locale) =>
  (
    ownWords(raw, lang)
      .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, "$3 $1")
      .replace(/\b(\d{4})-(\d{2})\/(\d{2})\b/g, "$1")
      .replace(/\b(\d{4})-(\d{2})\b(?!-)/g, "$1")
      .match(/\d+(?:[.,]\d+)*/g) ?? []
  )
    .map((n) => n.replace(/^0+(?=\d)/, ""))
    .sort();

describe("the Spanish of data/", () => {
  const texts = dataTexts();

  it("finds the research texts (a walk that finds nothing would pass everything)", () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it("no Spanish data text reads as English (three or more common English words outside its quotations)", () => {
    const english = texts.filter(({ text }) => readsAsEnglish(ownWords(text.es, "es")));
    expect(english.map(({ where, text }) => `${where}: ${text.es}`)).toEqual([]);
  });

  it("every Spanish data text follows the glossary (traslado, not extradición; se declaró no culpable; lectura de cargos; CBP)", () => {
    const faults = texts.flatMap(({ where, text }) => glossaryFaults(ownWords(text.es, "es")).map((f) => `${where}: "${f.found}" -> ${f.rule.use}`));
    expect(faults).toEqual([]);
  });

  it("each text states the same numbers in both languages (dates, counts, percentages, source ids)", () => {
    const differ = texts.filter(({ text }) => numbersOf(text.en, "en").join(" ") !== numbersOf(text.es, "es").join(" "));
    expect(differ.map(({ where, text }) => ({ where, en: numbersOf(text.en, "en"), es: numbersOf(text.es, "es") }))).toEqual([]);
  });

  it("every Spanish note of the annual homicides CSV follows the glossary and keeps its numbers", () => {
    const lines = readFileSync(join(process.cwd(), "data", DATA_FILES.homicidesAnnual), "utf8")
      .trimEnd()
      .split("\n")
      .slice(1);
    for (const line of lines) {
      const cells = line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""));
      const [note, noteEs] = [cells[4]!, cells[5]!];
      expect({ line, faults: glossaryFaults(noteEs) }).toEqual({ line, faults: [] });
      expect({ line, numbers: numbersOf(noteEs, "es") }).toEqual({ line, numbers: numbersOf(note, "en") });
    }
  });
});
