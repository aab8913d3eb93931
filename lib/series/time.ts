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

/** Rows whose month lies in [from, to]; all rows when range is null. */
export function inMonthRange<T extends { month: string }>(rows: readonly T[], range: { from: string; to: string } | null): T[] {
  return range ? rows.filter((r) => r.month >= range.from && r.month <= range.to) : [...rows];
}
