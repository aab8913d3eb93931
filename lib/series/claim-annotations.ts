import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { ClaimResults, StatementResult } from "../stats/claim-check";
import { statedPct } from "../texts/claim-outcome-text";
import { ink } from "../theme/ink";
import type { TimeAnnotation } from "./annotations";
import { claimMomentId } from "../timeline/moments";
import { midMonthTime } from "./time";

/** The month a statement measured to, on the chart of `series`; null when it names no month of that series. */
function measuredTo({ statement }: StatementResult, series: "homicides" | "fentanyl"): string | null {
  const check = statement.check;
  if (check.kind === "none" || check.series !== series) return null;
  return check.kind === "series" ? check.comparison.to : check.comparison.month;
}

/**
 * The claims' marks on the chart of one series: one per month some shown statement measured to
 * (the comparison month of its window or of its stated figures), at mid-month like the monthly
 * points, titled with every statement that ends there, newest first ("one outlet" where only one
 * major outlet reports it). A statement with no window
 * is not placed: the claims section lists it.
 * The mark opens the newest statement's moment on the timeline.
 * Example: the -44% of 10 Mar 2026 (86.9 -> 48.8) marks February 2026 on the homicide chart.
 */
export function buildClaimAnnotations(checks: readonly ClaimResults[], series: "homicides" | "fentanyl", locale: Locale, t: Messages): TimeAnnotation[] {
  const byMonth = new Map<string, { claimId: string; result: StatementResult }[]>();
  for (const { claim, statements } of checks) {
    for (const result of statements) {
      const month = measuredTo(result, series);
      if (month) byMonth.set(month, [...(byMonth.get(month) ?? []), { claimId: claim.id, result }]);
    }
  }
  return [...byMonth]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, found]) => {
      const sorted = [...found].sort((a, b) => (a.result.statement.date < b.result.statement.date ? 1 : -1));
      const newest = sorted.map((f) => f.result);
      return {
        id: `claim-${series}-${month}`,
        date: month,
        time: midMonthTime(month),
        kind: "claim" as const,
        color: ink("stated"),
        title: newest
          .map((r) => {
            const title = t.charts.claimMarkTitle(statedPct(locale, r.statement.value_pct), formatDate(locale, r.statement.date, "short"));
            return r.trust === "unconfirmed" ? `${title} (${t.claims.unconfirmed})` : title;
          })
          .join("; "),
        entryId: claimMomentId(sorted[0]!.claimId, newest[0]!.statement.date),
      };
    });
}
