/** Calendar helpers on "YYYY-MM" month keys and "YYYY-MM-DD" dates, all in UTC. */

/** A calendar month; `month` is 1-12. */
export interface YearMonth {
  year: number;
  month: number;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, e.g. daysInMonth(2024, 2) === 29. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1-12, got ${month}`);
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Parses "2024-09" into { year: 2024, month: 9 }; undefined if it is not a real month. */
export function parseMonth(key: string): YearMonth | undefined {
  const m = MONTH_RE.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** Like parseMonth, but throws with the bad value: for keys already validated by a schema. */
export function toYearMonth(key: string): YearMonth {
  const parsed = parseMonth(key);
  if (!parsed) throw new Error(`invalid month "${key}"; expected YYYY-MM`);
  return parsed;
}

export function isRealMonth(key: string): boolean {
  return parseMonth(key) !== undefined;
}

export function isRealDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function monthKey({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function addMonths(key: string, count: number): string {
  const { year, month } = toYearMonth(key);
  const index = year * 12 + (month - 1) + count;
  return monthKey({ year: Math.floor(index / 12), month: (index % 12) + 1 });
}

/** Every month from `from` to `to`, inclusive; empty when from > to. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let key = from; key <= to; key = addMonths(key, 1)) months.push(key);
  return months;
}

/** U.S. federal fiscal year of a month: October starts the next year's FY (Oct 2024 -> 2025). */
export function fiscalYearOf(key: string): number {
  const { year, month } = toYearMonth(key);
  return month >= 10 ? year + 1 : year;
}

/** Weekday name of a "YYYY-MM-DD" date, in English (the data's own convention). */
export function weekdayOf(date: string): string {
  const names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  return names[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}
