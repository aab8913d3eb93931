/** @jest-environment node */
import { truncateToWidth, wrapText } from "@/lib/export/text-fit";
import { estimateTextWidthPx } from "@/lib/text-width";

describe("estimateTextWidthPx", () => {
  it("estimateTextWidthPx adds each character's advance: 0.56 em for a lower-case letter", () => {
    expect(estimateTextWidthPx("abcd", 10)).toBeCloseTo(22.4, 6);
  });
  it("estimateTextWidthPx rates capitals and m wider, i, l, spaces and punctuation narrower", () => {
    expect(estimateTextWidthPx("HPN", 10)).toBeGreaterThan(estimateTextWidthPx("hpn", 10));
    expect(estimateTextWidthPx("m", 10)).toBeGreaterThan(estimateTextWidthPx("n", 10));
    expect(estimateTextWidthPx("il .", 10)).toBeCloseTo(12, 6);
  });
  it("estimateTextWidthPx makes bold about 9% wider", () => {
    expect(estimateTextWidthPx("Houston", 10, true) / estimateTextWidthPx("Houston", 10)).toBeCloseTo(1.09, 6);
  });
  it("estimateTextWidthPx counts an accented or astral character once", () => {
    expect(estimateTextWidthPx("ñoé😀a", 10)).toBeCloseTo(5 * 5.6, 6);
  });
});

describe("truncateToWidth", () => {
  it("truncateToWidth leaves text that fits alone", () => {
    expect(truncateToWidth("abc", 100, 10)).toBe("abc");
  });
  it("truncateToWidth ends cut text with an ellipsis inside the width", () => {
    const width = estimateTextWidthPx("abc\u2026", 10);
    expect(truncateToWidth("abcdefgh", width, 10)).toBe("abc\u2026");
    expect(truncateToWidth("abcdefgh", width - 0.1, 10)).toBe("ab\u2026");
  });
  it("truncateToWidth measures bold text as bold", () => {
    const width = estimateTextWidthPx("abc\u2026", 10);
    expect(truncateToWidth("abcdefgh", width, 10, true)).toBe("ab\u2026");
  });
});

describe("wrapText", () => {
  const w = (sample: string) => estimateTextWidthPx(sample, 10);
  it("wrapText fills each line with whole words", () => {
    expect(wrapText("aa bb cc", w("aa bb"), 10, 2)).toEqual(["aa bb", "cc"]);
    expect(wrapText("  spaced   out  ", w("spaced out spaced"), 10, 2)).toEqual(["spaced out"]);
  });
  it("wrapText ends the last line with an ellipsis when the text does not fit", () => {
    expect(wrapText("aa bb cc dd", w("aa bb"), 10, 1)).toEqual(["aa b\u2026"]);
  });
  it("wrapText breaks a word wider than a line (a URL) inside, every line within the width", () => {
    const url = "https://x.example/abcdefghijklmnop";
    const lines = wrapText(url, w("https://"), 10, 9);
    expect(lines.join("")).toBe(url);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(w(line)).toBeLessThanOrEqual(w("https://") + 1e-9);
  });
  it("wrapText gives nothing for zero lines", () => {
    expect(wrapText("anything", 200, 10, 0)).toEqual([]);
  });
});
