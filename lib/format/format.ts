import type { Locale } from "../i18n/locale";
import { dateFormat, numberFormat } from "./intl-cache";
import type { CaseDate } from "../schema/people";

/** Locale-aware formatting through Intl; dates are calendar dates, so always formatted in UTC. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0, minimumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** A percentage with its sign: -39.7 -> "-39.7%"; input is in percent, not a fraction. */
export function formatPercent(locale: Locale, valuePct: number, digits = 1): string {
  return numberFormat(locale, {
    style: "percent",
    signDisplay: "exceptZero",
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(valuePct / 100);
}

/** Percentage points with sign: 0.3 -> "+0.3 pts". */
export function formatPoints(locale: Locale, points: number, unit: string, digits = 1): string {
  const n = numberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(points);
  return `${n} ${unit}`;
}

/** "2026-01-20" -> "January 20, 2026" (en-US). */
export function formatDate(locale: Locale, isoDate: string, month: "long" | "short" = "long"): string {
  return dateFormat(locale, { year: "numeric", month, day: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2024-09" -> "Sep 2024" (en-US). */
export function formatMonth(locale: Locale, monthKey: string, month: "long" | "short" = "short"): string {
  return dateFormat(locale, { year: "numeric", month, timeZone: "UTC" }).format(new Date(`${monthKey}-01T00:00:00Z`));
}

/** "2023-10".."2024-09" -> "Oct 2023 – Sep 2024"; a single month prints once. */
export function formatMonthRange(locale: Locale, from: string, to: string): string {
  return from === to ? formatMonth(locale, from) : `${formatMonth(locale, from)} – ${formatMonth(locale, to)}`;
}

/** A partial publication date: "2025", "2025-07" or "2025-07-09". */
export function formatPartialDate(locale: Locale, value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(locale, value, "long");
  return formatDate(locale, value, "short");
}

/** A court event's date as precise as reported: "Feb 28, 2025", "March 2025", "Feb 27 – Mar 1, 2025". */
export function formatCaseDate(locale: Locale, date: CaseDate): string {
  if (date.precision === "day") return formatDate(locale, date.on, "short");
  if (date.precision === "month") return formatMonth(locale, date.month, "long");
  return dateFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).formatRange(
    new Date(`${date.from}T00:00:00Z`),
    new Date(`${date.to}T00:00:00Z`),
  );
}
