import type { MonthWindow } from "../schema/claims";
import type { FentanylMonthRow, HomicideMonthRow, StatedDailyRow } from "../schema/series";
import { daysInMonth, monthsBetween, toYearMonth } from "./calendar";
import { sumWindow } from "./sums";

/** The series a claim check may draw on; finished rows from the data layer. */
export interface ClaimSeries {
  homicidesMonthly: readonly HomicideMonthRow[];
  homicidesStated: readonly StatedDailyRow[];
  fentanylMonthly: readonly FentanylMonthRow[];
}

/**
 * How a window's value was obtained:
 * - sesnspCountPerDay: SESNSP monthly victims summed, divided by the days in the window;
 * - statedDailyAverage: the government's own stated figure (latest statement for that month),
 *   used only where no SESNSP count exists;
 * - cbpTotal: CBP pounds summed over the window's months.
 */
export type Derivation = "sesnspCountPerDay" | "statedDailyAverage" | "cbpTotal";

export type WindowValue =
  | { kind: "value"; window: MonthWindow; value: number; derivation: Derivation; sourceIds: string[] }
  | { kind: "missing"; window: MonthWindow; reason: "notCovered" };

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

function homicideDailyAverage(window: MonthWindow, series: ClaimSeries): WindowValue {
  const months = monthsBetween(window.from, window.to);
  const counts = months.map((m) => series.homicidesMonthly.find((r) => r.month === m));
  if (counts.every((r) => r !== undefined)) {
    const rows = counts as HomicideMonthRow[];
    const victims = rows.reduce((sum, r) => sum + r.victims, 0);
    const days = months.reduce((sum, m) => {
      const { year, month } = toYearMonth(m);
      return sum + daysInMonth(year, month);
    }, 0);
    return { kind: "value", window, value: victims / days, derivation: "sesnspCountPerDay", sourceIds: unique(rows.map((r) => r.source_id)) };
  }
  if (months.length === 1) {
    const latest = series.homicidesStated.filter((r) => r.month === months[0]).sort((a, b) => b.stated_on.localeCompare(a.stated_on))[0];
    if (latest) {
      return { kind: "value", window, value: latest.daily_average, derivation: "statedDailyAverage", sourceIds: [latest.source_id] };
    }
  }
  return { kind: "missing", window, reason: "notCovered" };
}

function fentanylTotal(window: MonthWindow, scope: string, series: ClaimSeries): WindowValue {
  const rows = series.fentanylMonthly.filter((r) => r.scope === scope);
  const sum = sumWindow(
    rows.map((r) => ({ month: r.month, value: r.pounds })),
    window.from,
    window.to,
  );
  if (!sum) return { kind: "missing", window, reason: "notCovered" };
  const used = rows.filter((r) => r.month >= window.from && r.month <= window.to);
  return { kind: "value", window, value: sum.total, derivation: "cbpTotal", sourceIds: unique(used.map((r) => r.source_id)) };
}

/**
 * A window's value in one of our series: the homicide daily average (SESNSP counts; a single
 * month after the counts end falls back to the government's stated average, marked as such), or
 * CBP fentanyl pounds summed in a scope. "missing" when the series does not cover the window.
 */
export function seriesWindowValue(
  what: { series: "homicides" } | { series: "fentanyl"; scope: string },
  window: MonthWindow,
  series: ClaimSeries,
): WindowValue {
  return what.series === "homicides" ? homicideDailyAverage(window, series) : fentanylTotal(window, what.scope, series);
}
