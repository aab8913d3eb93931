import { formatMonthRange, formatNumber, formatPercent } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { StatementResult } from "../stats/claim-check";

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
