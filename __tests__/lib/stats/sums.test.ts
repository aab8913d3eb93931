/** @jest-environment node */
import { sumByCalendarYear, sumByFiscalYear, sumWindow } from "@/lib/stats/sums";

const rows = (months: string[], value = 1) => months.map((month) => ({ month, value }));

describe("sumByFiscalYear", () => {
  it("sumByFiscalYear groups Oct-Sep and marks a short year as partial", () => {
    const data = [
      { month: "2024-09", value: 5 },
      { month: "2024-10", value: 1 },
      { month: "2025-01", value: 2 },
    ];
    expect(sumByFiscalYear(data)).toEqual([
      { year: 2024, total: 5, months: 1, isPartial: true },
      { year: 2025, total: 3, months: 2, isPartial: true },
    ]);
  });
  it("sumByFiscalYear marks a year with 12 months as complete", () => {
    const months = ["2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"];
    expect(sumByFiscalYear(rows(months, 2))).toEqual([{ year: 2024, total: 24, months: 12, isPartial: false }]);
  });
});

describe("sumByCalendarYear", () => {
  it("sumByCalendarYear groups Jan-Dec", () => {
    expect(sumByCalendarYear(rows(["2024-12", "2025-01", "2025-02"]))).toEqual([
      { year: 2024, total: 1, months: 1, isPartial: true },
      { year: 2025, total: 2, months: 2, isPartial: true },
    ]);
  });
});

describe("sumWindow", () => {
  it("sumWindow sums the months inside the window", () => {
    expect(sumWindow(rows(["2024-10", "2024-11", "2024-12"], 3), "2024-11", "2024-12")).toEqual({ total: 6, months: 2 });
  });
  it("sumWindow refuses a window with a missing month instead of summing fewer", () => {
    expect(sumWindow(rows(["2024-10", "2024-12"]), "2024-10", "2024-12")).toBeUndefined();
  });
});
