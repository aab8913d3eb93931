/** @jest-environment node */
import { plainText, quoteFaults, textRuns } from "@/lib/i18n/localized";

describe(textRuns, () => {
  it("textRuns splits a text into its own words and the quotations, each with its original language", () => {
    expect(textRuns("AP said {{en:an airport north of Mexico City}} (fits AIFA).")).toEqual([
      { kind: "text", text: "AP said " },
      { kind: "quote", lang: "en", words: "an airport north of Mexico City" },
      { kind: "text", text: " (fits AIFA)." },
    ]);
  });
  it("textRuns gives one text run for a text without quotations, and none for an empty one", () => {
    expect(textRuns("No quotation here.")).toEqual([{ kind: "text", text: "No quotation here." }]);
    expect(textRuns("")).toEqual([]);
  });
  it("textRuns leaves a malformed token as text (the validator rejects it before it reaches a page)", () => {
    expect(textRuns("{{fr:bonjour}} and {{es:}}")).toEqual([{ kind: "text", text: "{{fr:bonjour}} and {{es:}}" }]);
  });
});

describe(plainText, () => {
  const text = { en: "She said {{es:desde que llegamos}} (since we arrived).", es: "Dijo {{es:desde que llegamos}}." };
  it("plainText picks the reader's language and puts each quotation in double quotes", () => {
    expect(plainText(text, "en")).toBe("She said “desde que llegamos” (since we arrived).");
    expect(plainText(text, "es")).toBe("Dijo “desde que llegamos”.");
  });
});

describe(quoteFaults, () => {
  const cases: { name: string; en: string; es: string; faults: RegExp[] }[] = [
    { name: "no quotations", en: "Plain.", es: "Sencillo.", faults: [] },
    { name: "a translated Spanish quotation", en: "Said {{es:desde que llegamos}} (since we arrived)", es: "Dijo {{es:desde que llegamos}}", faults: [] },
    { name: "a quoted name needs no translation", en: "Sent to {{es:Dulles, Washington}}", es: "Enviado a {{es:Dulles, Washington}}", faults: [] },
    {
      name: "a quotation missing from one language",
      en: "Said {{es:desde que llegamos}} (since we arrived)",
      es: "Dijo que desde que llegaron",
      faults: [/the same quotations/],
    },
    { name: "the words changed in one language", en: "Said {{en:in one year}}", es: "Dijo {{en:in a year}} (en un año)", faults: [/the same quotations/] },
    {
      name: "a phrase in the other language left untranslated",
      en: "Said {{es:desde que llegamos}}.",
      es: "Dijo {{es:desde que llegamos}}.",
      faults: [/"en" quotes \{\{es:desde que llegamos\}\} without a translation/],
    },
    { name: "a broken token", en: "Said {{es desde}}", es: "Dijo {{es desde}}", faults: [/"en" has a malformed quotation/, /"es" has a malformed quotation/] },
  ];
  for (const c of cases) {
    it(`quoteFaults: ${c.name}`, () => {
      const faults = quoteFaults({ en: c.en, es: c.es });
      expect({ case: c.name, count: faults.length }).toEqual({ case: c.name, count: c.faults.length });
      c.faults.forEach((pattern, i) => expect(faults[i]).toMatch(pattern));
    });
  }
});
