/** @jest-environment node */
import { contrastRatio } from "@/lib/export/contrast";

describe("contrastRatio", () => {
  it("contrastRatio gives 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#57606a", "#57606a")).toBeCloseTo(1, 5);
  });
  it("contrastRatio is symmetric", () => {
    for (const [a, b] of [
      ["#1b1f24", "#ffffff"],
      ["#b1bac4", "#0d1117"],
      ["#777", "#fff"],
    ] as const) {
      expect({ a, b, ratio: contrastRatio(a, b) }).toEqual({ a, b, ratio: contrastRatio(b, a) });
    }
  });
  it("contrastRatio matches the WCAG reference value for #777 on white (4.48)", () => {
    expect(contrastRatio("#777", "#fff")).toBeCloseTo(4.48, 2);
  });
  it("contrastRatio names a colour it cannot read", () => {
    expect(() => contrastRatio("white", "#000")).toThrow('invalid colour "white"');
  });
});
