/** @jest-environment node */
import { estimateTextWidthPx, truncateToWidth, wrapText } from "@/lib/export/text-fit";

describe("estimateTextWidthPx", () => {
  it("estimateTextWidthPx is characters x font size x 0.55 by default", () => {
    expect(estimateTextWidthPx("abcd", 10)).toBeCloseTo(22, 6);
    expect(estimateTextWidthPx("abcd", 10, 0.6)).toBeCloseTo(24, 6);
  });
  it("estimateTextWidthPx counts an accented or astral character once", () => {
    expect(estimateTextWidthPx("León😀", 10)).toBeCloseTo(5 * 5.5, 6);
  });
});

describe("truncateToWidth", () => {
  it("truncateToWidth leaves text that fits alone", () => {
    expect(truncateToWidth("abc", 100, 10)).toBe("abc");
  });
  it("truncateToWidth ends cut text with an ellipsis inside the width", () => {
    expect(truncateToWidth("abcdefgh", 22, 10)).toBe("abc\u2026");
  });
});

describe("wrapText", () => {
  const cases = [
    { text: "aa bb cc", maxChars: 5, maxLines: 2, expected: ["aa bb", "cc"] },
    { text: "aa bb cc dd", maxChars: 5, maxLines: 1, expected: ["aa b\u2026"] },
    { text: "https://x.example/abc", maxChars: 8, maxLines: 3, expected: ["https://", "x.exampl", "e/abc"] },
    { text: "  spaced   out  ", maxChars: 20, maxLines: 2, expected: ["spaced out"] },
    { text: "anything", maxChars: 20, maxLines: 0, expected: [] },
  ];
  it.each(cases)("wrapText($text, $maxChars chars, $maxLines lines) -> $expected", ({ text, maxChars, maxLines, expected }) => {
    expect(wrapText(text, maxChars * 5.5, 10, maxLines)).toEqual(expected);
  });
});
