import type { MonthRange } from "../url/month-range";
import { toTime } from "../series/time";

/** The first month after `month` ("2025-12" -> "2026-01"). */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * The time axis of a month range, in ms: from the first month's first instant to the end of the
 * last month, so a monthly bar or point and a dated mark share one scale: the timeline and the
 * monthly time charts (homicides, fentanyl) take it for the months they show, so a date falls at
 * the same fraction of the axis on each.
 * Example: timeDomain({ from: "2025-01", to: "2025-12" }) spans 1 Jan 2025 00:00 to 1 Jan 2026 00:00 UTC.
 */
export function timeDomain(range: MonthRange): [number, number] {
  return [toTime(range.from), toTime(nextMonth(range.to))];
}

/** Where a date ("YYYY-MM-DD") falls on the axis, as a fraction of its width; null outside it. */
export function xOfDate(date: string, [from, to]: [number, number]): number | null {
  const t = toTime(date);
  return t < from || t >= to ? null : (t - from) / (to - from);
}
