/** @jest-environment node */
import { toFontSafeText } from "@/lib/og/font-safe-text";

describe(toFontSafeText, () => {
  it.each([
    ["Felipe Ángeles International Airport", "Felipe Ángeles International Airport"],
    ["Oct 2023 – Sep 2024 · 92 people", "Oct 2023 – Sep 2024 · 92 people"],
    ["Kōbe", "Kobe"],
    ["Łódź", "?ódz"],
    ["flight ✈ to", "flight ? to"],
    ["tab\there", "tab here"],
  ])("toFontSafeText(%j) is %j", (input, expected) => {
    expect(toFontSafeText(input)).toBe(expected);
  });
});
