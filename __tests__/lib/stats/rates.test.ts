/** @jest-environment node */
import { percentChange, victimsPerDay } from "@/lib/stats/rates";

describe("victimsPerDay", () => {
  it("victimsPerDay divides Sep 2024's 2,607 victims by 30 days: 86.9", () => {
    expect(victimsPerDay(2607, "2024-09")).toBeCloseTo(86.9, 1);
  });
  it("victimsPerDay uses 29 days for February of a leap year", () => {
    expect(victimsPerDay(290, "2024-02")).toBe(10);
    expect(victimsPerDay(280, "2025-02")).toBe(10);
  });
});

describe("percentChange", () => {
  it("percentChange from 86.9 to 52.4 is -39.7%", () => {
    expect(percentChange(86.9, 52.4)!).toBeCloseTo(-39.7, 1);
  });
  it("percentChange is undefined from a zero baseline", () => {
    expect(percentChange(0, 5)).toBeUndefined();
  });
  it("percentChange is positive for a rise", () => {
    expect(percentChange(50, 75)).toBe(50);
  });
});
