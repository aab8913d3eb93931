import { formatDate, formatMonthRange, formatNumber, formatPercent } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import type { Claim } from "../schema/claims";
import type { ClaimResults, StatementResult } from "../stats/claim-check";

/** A stated percentage as stated: "−44%", "−57.48%". */
export const statedPct = (locale: Locale, v: number) => formatPercent(locale, v, Number.isInteger(v) ? 0 : 2);

/** What checking a statement found, in words: against which series and months, or why it cannot be checked. */
export function outcomeText({ statement: s, outcome }: StatementResult, locale: Locale, t: Messages): string {
  const c = t.claims;
  if (outcome.kind === "independent") {
    const check = s.check;
    const fentanyl = check.kind === "series" && check.series === "fentanyl";
    const series = fentanyl ? c.seriesName.fentanyl(t.charts.fentanyl.scopes[check.scope]) : c.seriesName.homicides;
    const unit = fentanyl ? c.unitPounds : c.unitPerDay;
    const side = (w: typeof outcome.baseline) =>
      `${formatMonthRange(locale, w.window.from, w.window.to)}, ${formatNumber(locale, w.value, 2, fentanyl ? 2 : 1)} ${unit}`;
    return c.outcome.independent(
      series,
      side(outcome.comparison),
      side(outcome.baseline),
      formatPercent(locale, outcome.computedPct, 2),
      statedPct(locale, s.value_pct),
    );
  }
  if (outcome.kind === "arithmetic") {
    const side = (f: typeof outcome.baseline) => `${formatNumber(locale, f.value, 1, 1)} (${formatMonthRange(locale, f.month, f.month)})`;
    return c.outcome.arithmetic(side(outcome.baseline), side(outcome.comparison), formatPercent(locale, outcome.computedPct, 1));
  }
  return c.outcome.uncheckable[outcome.reason];
}

/** What checking a statement found, in the short words of link previews. */
export function shortFinding({ outcome }: StatementResult, locale: Locale, t: Messages): string {
  const c = t.claims.findingShort;
  if (outcome.kind === "independent") return c.independent(formatPercent(locale, outcome.computedPct, 2));
  if (outcome.kind === "arithmetic") return c.arithmetic(formatPercent(locale, outcome.computedPct, 1));
  return c.uncheckable[outcome.reason];
}

/** The newest statement the page shows among the claims about `series` (a chart), with its claim. */
export function latestStatementAbout(checks: readonly ClaimResults[], series: "homicides" | "fentanyl"): { claim: Claim; result: StatementResult } | undefined {
  return checks
    .filter(({ claim }) => claim.series === series)
    .flatMap(({ claim, statements }) => statements.slice(0, 1).map((result) => ({ claim, result })))
    .sort((a, b) => (a.result.statement.date < b.result.statement.date ? 1 : -1))[0];
}

/**
 * One sentence on the latest claim about a chart's series, for its link preview: the value and
 * date as stated, who said it, and what checking it found, briefly.
 * Example (homicides, en): "Latest official claim: −44% (Mar 10, 2026, …); on the claimant's own figures −43.8%, not an independent check."
 */
export function latestClaimSentence(checks: readonly ClaimResults[], series: "homicides" | "fentanyl", locale: Locale, t: Messages): string | null {
  const latest = latestStatementAbout(checks, series);
  if (!latest) return null;
  const { statement } = latest.result;
  const c = t.claims;
  const finding = shortFinding(latest.result, locale, t);
  return c.latestInPreview(
    statedPct(locale, statement.value_pct),
    formatDate(locale, statement.date, "short"),
    plainText(statement.claimant ?? latest.claim.claimant, locale),
    finding,
  );
}
