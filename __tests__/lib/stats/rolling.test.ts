/** @jest-environment node */
import { rollingMean } from "@/lib/stats/rolling";

describe("rollingMean", () => {
  it("rollingMean leaves the first window - 1 positions empty", () => {
    expect(rollingMean([1, 2, 3, 4], 2)).toEqual([null, 1.5, 2.5, 3.5]);
  });
  it("rollingMean with a window of 3 averages the trailing three values", () => {
    expect(rollingMean([3, 6, 9, 12], 3)).toEqual([null, null, 6, 9]);
  });
  it("rollingMean never averages across a gap", () => {
    expect(rollingMean([1, null, 3, 4, 5], 2)).toEqual([null, null, null, 3.5, 4.5]);
  });
  it("rollingMean rejects a window below 1", () => {
    expect(() => rollingMean([1], 0)).toThrow(/positive integer/);
  });
});
