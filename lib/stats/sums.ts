import { toYearMonth } from "./calendar";

/** One monthly value, e.g. pounds seized or victims counted. */
export interface MonthValue {
  month: string;
  value: number;
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
