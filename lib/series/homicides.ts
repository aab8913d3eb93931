import type { LocalizedText } from "../i18n/localized";
import type { Dataset } from "../data/dataset";
import { monthsBetween } from "../stats/calendar";
import { victimsPerDay } from "../stats/rates";
import { midMonthTime } from "./time";

/** One month of the homicide chart. A value no source gives is null, never 0. */
export interface HomicideRow {
  month: string;
  time: number;
  /** SESNSP victims that month; null after Jun 2025 (no official count found). */
  victims: number | null;
  /** victims / days in the month. */
  perDay: number | null;
  /** The government's stated daily average for the month (latest statement), if any. */
  stated: number | null;
  statedSourceId: string | null;
}

/** Jan 2018 to the latest month with either series, one row per month. */
export function buildHomicideRows(d: Pick<Dataset, "homicidesMonthly" | "homicidesStated">): HomicideRow[] {
  const all = [...d.homicidesMonthly.map((r) => r.month), ...d.homicidesStated.map((r) => r.month)].sort();
  const counts = new Map(d.homicidesMonthly.map((r) => [r.month, r.victims]));
  return monthsBetween(all[0]!, all.at(-1)!).map((month) => {
    const victims = counts.get(month) ?? null;
    const latest = d.homicidesStated.filter((r) => r.month === month).sort((a, b) => b.stated_on.localeCompare(a.stated_on))[0];
    return {
      month,
      time: midMonthTime(month),
      victims,
      perDay: victims === null ? null : victimsPerDay(victims, month),
      stated: latest?.daily_average ?? null,
      statedSourceId: latest?.source_id ?? null,
    };
  });
}

export interface AnnualHomicideRow {
  year: number;
  sesnsp: number | null;
  inegi: number | null;
  inegiNote: LocalizedText | null;
}

/** SESNSP and INEGI totals side by side, one row per year present in either. */
export function buildAnnualHomicideRows(d: Pick<Dataset, "homicidesAnnual">): AnnualHomicideRow[] {
  const years = [...new Set(d.homicidesAnnual.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const of = (series: "SESNSP" | "INEGI") => d.homicidesAnnual.find((r) => r.year === year && r.series === series);
    return { year, sesnsp: of("SESNSP")?.victims ?? null, inegi: of("INEGI")?.victims ?? null, inegiNote: of("INEGI")?.note ?? null };
  });
}
