import { daysInMonth, toYearMonth } from "./calendar";

/** Victims per day in a month: 2,607 victims in "2024-09" -> 86.9. */
export function victimsPerDay(victims: number, month: string): number {
  const { year, month: m } = toYearMonth(month);
  return victims / daysInMonth(year, m);
}

/**
 * Percent change from `from` to `to`: (to - from) / from * 100. 86.9 -> 52.4 gives -39.7.
 * Undefined when the baseline is 0, where a percentage has no meaning.
 */
export function percentChange(from: number, to: number): number | undefined {
  if (from === 0) return undefined;
  return ((to - from) / from) * 100;
}
