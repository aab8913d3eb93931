import { plainText } from "../i18n/localized";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { MonthWindow } from "../schema/claims";
import type { Source } from "../schema/sources";
import type { ClaimResults, StatementResult } from "../stats/claim-check";
import { outcomeText } from "../texts/claim-outcome-text";
import { toCsv, type CsvCell } from "./csv";

export interface ClaimsCsvInput {
  checks: readonly ClaimResults[];
  sources: ReadonlyMap<string, Pick<Source, "url">>;
  /** "# " lines: title, method, the page's link. */
  preamble: readonly string[];
  locale: Locale;
  t: Messages;
}

const months = (w: MonthWindow) => (w.from === w.to ? w.from : `${w.from}/${w.to}`);
const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** The compared months and values of a checked statement, language-neutral: "2024-04/2024-06", 5034.72. */
function comparedCells({ statement, outcome }: StatementResult): Record<string, CsvCell> {
  if (outcome.kind === "independent") {
    const check = statement.check;
    const series = check.kind === "series" ? (check.series === "fentanyl" ? `cbp_fentanyl_${check.scope}` : "sesnsp_homicides") : null;
    return {
      series,
      baselineMonths: months(outcome.baseline.window),
      baselineValue: round(outcome.baseline.value, 2),
      comparisonMonths: months(outcome.comparison.window),
      comparisonValue: round(outcome.comparison.value, 2),
      computedPct: round(outcome.computedPct, 2),
    };
  }
  if (outcome.kind === "arithmetic") {
    return {
      series: "stated_figures",
      baselineMonths: outcome.baseline.month,
      baselineValue: outcome.baseline.value,
      comparisonMonths: outcome.comparison.month,
      comparisonValue: outcome.comparison.value,
      computedPct: round(outcome.computedPct, 2),
    };
  }
  return { series: null, baselineMonths: null, baselineValue: null, comparisonMonths: null, comparisonValue: null, computedPct: null };
}

/**
 * Every statement the claims section shows as CSV (RFC 4180, lib/export/csv.ts): one line per
 * statement, newest first within each claim, with who said it, the value and period as stated,
 * what it was checked against (the series and months, or the claimant's own figures), what that
 * gave, and every source's URL. Months and numbers are language-neutral; words are in the page's
 * language. A statement on one outlet is marked; one on low-authority reports only is not listed.
 */
export function claimsCsv({ checks, sources, preamble, locale, t }: ClaimsCsvInput): string {
  const h = t.claims.csvHeaders;
  return toCsv({
    preamble,
    columns: [
      { key: "claim", header: h.claim },
      { key: "topic", header: h.topic },
      { key: "date", header: h.date },
      { key: "who", header: h.who },
      { key: "venue", header: h.venue },
      { key: "statedPct", header: h.statedPct },
      { key: "period", header: h.period },
      { key: "outcome", header: h.outcome },
      { key: "series", header: h.series },
      { key: "baselineMonths", header: h.baselineMonths },
      { key: "baselineValue", header: h.baselineValue },
      { key: "comparisonMonths", header: h.comparisonMonths },
      { key: "comparisonValue", header: h.comparisonValue },
      { key: "computedPct", header: h.computedPct },
      { key: "finding", header: h.finding },
      { key: "confidence", header: h.confidence },
      { key: "sources", header: h.sources },
    ],
    rows: checks.flatMap(({ claim, statements }) =>
      statements.map((r) => ({
        claim: claim.id,
        topic: plainText(claim.topic, locale),
        date: r.statement.date,
        who: plainText(r.statement.claimant ?? claim.claimant, locale),
        venue: plainText(r.statement.venue, locale),
        statedPct: r.statement.value_pct,
        period: r.statement.period ? plainText(r.statement.period, locale) : null,
        outcome: r.outcome.kind === "uncheckable" ? `uncheckable:${r.outcome.reason}` : r.outcome.kind,
        ...comparedCells(r),
        finding: outcomeText(r, locale, t),
        confidence: r.trust === "unconfirmed" ? t.claims.unconfirmed : null,
        sources: r.statement.source_ids.map((id) => sources.get(id)?.url ?? id).join(" "),
      })),
    ),
  });
}
