/** @jest-environment node */
import { getMessages } from "@/lib/i18n/messages";
import { commonEnglishWords, englishFound, englishStrings, readsAsEnglish } from "./english-text";

describe(readsAsEnglish, () => {
  const cases: { text: string; isEnglish: boolean }[] = [
    { text: "Seven aircraft of the Mexican Armed Forces, per Harfuch's post.", isEnglish: false },
    { text: "Most were held at CEFERESO No. 1 (s10). Others came from prisons in Durango.", isEnglish: true },
    { text: "Siete aeronaves de las Fuerzas Armadas mexicanas, según la publicación de Harfuch.", isEnglish: false },
    { text: "la Oficina de Aduanas y Protección Fronteriza (U.S. Customs and Border Protection)", isEnglish: false },
    { text: "Afirmación de Claudia Sheinbaum, President of Mexico; figures presented by the head of the SESNSP", isEnglish: true },
    { text: "No se reportó; a él se le vio en un avión", isEnglish: false },
  ];
  it("readsAsEnglish flags a run with three or more common English words, and no Spanish run", () => {
    for (const c of cases) expect({ text: c.text, isEnglish: readsAsEnglish(c.text) }).toEqual(c);
  });
  it("commonEnglishWords counts a word each time it appears", () => {
    expect(commonEnglishWords("the cat and the hat")).toEqual(["the", "and", "the"]);
  });
});

describe(englishStrings, () => {
  const english = englishStrings();
  it("englishStrings holds the catalogue's fixed English strings that differ in Spanish, not those that read the same", () => {
    expect(english).toContain(getMessages("en").charts.caveats);
    expect(english).not.toContain("SESNSP");
  });
  it("englishStrings holds the English stretches of the data's texts", () => {
    expect(english.some((s) => s.includes("The atlas shows 6 destinations"))).toBe(true);
  });
});

describe(englishFound, () => {
  it("englishFound finds a long English string inside the text, a short one only as a whole piece", () => {
    const page = { text: "Texto. Seven aircraft of the Mexican Armed Forces. Más.", pieces: ["Sources", "Fuentes consultadas"] };
    expect(englishFound(["Seven aircraft of the Mexican Armed Forces", "Sources", "Fuente", "Missing sentence here at all"], page)).toEqual([
      "Seven aircraft of the Mexican Armed Forces",
      "Sources",
    ]);
  });
});
