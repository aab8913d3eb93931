/** @jest-environment node */
import { addMonths, daysInMonth, fiscalYearOf, isRealDate, isRealMonth, monthsBetween, parseMonth, weekdayOf } from "@/lib/stats/calendar";

describe("daysInMonth", () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2024, 9, 30],
    [2025, 12, 31],
  ])("daysInMonth(%i, %i) is %i", (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });

  it("daysInMonth rejects a month outside 1-12", () => {
    expect(() => daysInMonth(2024, 13)).toThrow(/month must be 1-12, got 13/);
  });
});

describe("isRealDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2026-01-20", true],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["20-01-2026", false],
  ])("isRealDate(%s) is %s", (text, expected) => {
    expect(isRealDate(text)).toBe(expected);
  });
});

describe("parseMonth", () => {
  it("parseMonth reads a month key and rejects month 13", () => {
    expect(parseMonth("2024-09")).toEqual({ year: 2024, month: 9 });
    expect(parseMonth("2024-13")).toBeUndefined();
    expect(isRealMonth("2024-9")).toBe(false);
  });
});

describe("monthsBetween", () => {
  it("monthsBetween crosses a year boundary inclusively", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsBetween("2025-02", "2024-11")).toEqual([]);
    expect(addMonths("2024-12", 1)).toBe("2025-01");
    expect(addMonths("2025-01", -13)).toBe("2023-12");
  });
});

describe("fiscalYearOf", () => {
  it("fiscalYearOf puts October in the next fiscal year", () => {
    expect(fiscalYearOf("2024-09")).toBe(2024);
    expect(fiscalYearOf("2024-10")).toBe(2025);
    expect(fiscalYearOf("2025-09")).toBe(2025);
  });
});

describe("weekdayOf", () => {
  it("weekdayOf gives the weekdays of the three transfers", () => {
    expect(weekdayOf("2025-02-27")).toBe("Thursday");
    expect(weekdayOf("2025-08-12")).toBe("Tuesday");
    expect(weekdayOf("2026-01-20")).toBe("Tuesday");
  });
});
