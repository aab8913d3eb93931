import { fiscalYearOf, toYearMonth } from "./calendar";

/** One monthly value, e.g. pounds seized or victims counted. */
export interface MonthValue {
  month: string;
  value: number;
}

/** A yearly total with the number of months that went into it, so partial years stay visible. */
export interface YearTotal {
  year: number;
  total: number;
  months: number;
  isPartial: boolean;
}

function sumBy(rows: readonly MonthValue[], yearOf: (month: string) => number): YearTotal[] {
  const byYear = new Map<number, { total: number; months: number }>();
  for (const { month, value } of rows) {
    const year = yearOf(month);
    const acc = byYear.get(year) ?? { total: 0, months: 0 };
    acc.total += value;
    acc.months += 1;
    byYear.set(year, acc);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { total, months }]) => ({ year, total, months, isPartial: months < 12 }));
}

/** Sums by U.S. fiscal year (Oct-Sep, named for the year it ends in). */
export function sumByFiscalYear(rows: readonly MonthValue[]): YearTotal[] {
  return sumBy(rows, fiscalYearOf);
}

/** Sums by calendar year (Jan-Dec). */
export function sumByCalendarYear(rows: readonly MonthValue[]): YearTotal[] {
  return sumBy(rows, (month) => toYearMonth(month).year);
}

/** Sum of the values whose month lies in [from, to]; undefined unless every month is present. */
export function sumWindow(rows: readonly MonthValue[], from: string, to: string): { total: number; months: number } | undefined {
  const inWindow = rows.filter((r) => r.month >= from && r.month <= to);
  const expected = monthCount(from, to);
  if (inWindow.length !== expected) return undefined;
  return { total: inWindow.reduce((sum, r) => sum + r.value, 0), months: expected };
}

function monthCount(from: string, to: string): number {
  const a = toYearMonth(from);
  const b = toYearMonth(to);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}
