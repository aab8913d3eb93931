/** An inclusive range of months, "YYYY-MM" each. */
export interface MonthRange {
  from: string;
  to: string;
}

/**
 * A range cut to the months that have data: "1990-01..2030-01" over data from 2019-01 to 2026-04
 * is 2019-01..2026-04; a range that misses the data entirely is null (everything).
 *
 *   clampRange({ from: "2025-01", to: "2030-12" }, { from: "2019-01", to: "2026-04" }) // { from: "2025-01", to: "2026-04" }
 */
export function clampRange(range: MonthRange | null, months: MonthRange): MonthRange | null {
  if (!range) return null;
  const from = range.from < months.from ? months.from : range.from;
  const to = range.to > months.to ? months.to : range.to;
  return from <= to ? { from, to } : null;
}
