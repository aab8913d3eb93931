/** Milliseconds since epoch at 00:00 UTC of a "YYYY-MM-DD" date or the 1st of a "YYYY-MM" month. */
export function toTime(dateOrMonth: string): number {
  const iso = dateOrMonth.length === 7 ? `${dateOrMonth}-01` : dateOrMonth;
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`invalid date "${dateOrMonth}"; expected YYYY-MM or YYYY-MM-DD`);
  return t;
}

/** Mid-month instant, where a monthly value is plotted on a continuous time axis. */
export function midMonthTime(month: string): number {
  return toTime(month) + 14 * 86_400_000;
}

/**
 * The rows a chart draws for a link's range: those in the range, or all of them (with `missed`)
 * when the range holds none, so that no chart is ever drawn from an empty series.
 */
export function rowsForRange<T extends { month: string }>(rows: readonly T[], range: { from: string; to: string } | null): { rows: T[]; missed: boolean } {
  const cut = inMonthRange(rows, range);
  return cut.length > 0 || rows.length === 0 ? { rows: cut, missed: false } : { rows: [...rows], missed: true };
}

/** Rows whose month lies in [from, to]; all rows when range is null. */
export function inMonthRange<T extends { month: string }>(rows: readonly T[], range: { from: string; to: string } | null): T[] {
  return range ? rows.filter((r) => r.month >= range.from && r.month <= range.to) : [...rows];
}

/**
 * The first and last month of the monthly series (homicides counted and stated, fentanyl): the
 * span a link's range is cut to.
 */
export function seriesMonths(d: {
  homicidesMonthly: readonly { month: string }[];
  homicidesStated: readonly { month: string }[];
  fentanylMonthly: readonly { month: string }[];
}): { from: string; to: string } {
  const months = [...d.homicidesMonthly, ...d.homicidesStated, ...d.fentanylMonthly].map((r) => r.month).sort();
  if (months.length === 0) throw new Error("the monthly series are empty");
  return { from: months[0]!, to: months.at(-1)! };
}
