/** @jest-environment node */
import { formatDate, formatMonth, formatMonthRange, formatNumber, formatPartialDate, formatPercent, formatPoints } from "@/lib/format/format";

describe("format", () => {
  it("formatNumber groups thousands in en-US", () => {
    expect(formatNumber("en", 12027.28, 2)).toBe("12,027.28");
    expect(formatNumber("en", 92)).toBe("92");
  });
  it("formatPercent signs the change and takes percent, not a fraction", () => {
    expect(formatPercent("en", -39.7)).toBe("-39.7%");
    expect(formatPercent("en", -40, 0)).toBe("-40%");
    expect(formatPercent("en", 5.25, 1)).toBe("+5.3%");
  });
  it("formatPoints signs percentage points", () => {
    expect(formatPoints("en", 0.3, "pts")).toBe("+0.3 pts");
  });
  it("formatDate never shifts a calendar date by time zone", () => {
    expect(formatDate("en", "2026-01-20")).toBe("January 20, 2026");
    expect(formatDate("en", "2025-02-27", "short")).toBe("Feb 27, 2025");
  });
  it("formatMonth and formatMonthRange print months", () => {
    expect(formatMonth("en", "2024-09")).toBe("Sep 2024");
    expect(formatMonthRange("en", "2023-10", "2024-09")).toBe("Oct 2023 – Sep 2024");
    expect(formatMonthRange("en", "2024-10", "2024-10")).toBe("Oct 2024");
  });
  it("formatPartialDate keeps the precision the source gave", () => {
    expect(formatPartialDate("en", "2025")).toBe("2025");
    expect(formatPartialDate("en", "2025-07")).toBe("July 2025");
    expect(formatPartialDate("en", "2025-07-09")).toBe("Jul 9, 2025");
  });
});
