import type { Claim, ClaimCheck, ClaimStatement } from "../schema/claims";
import { makeSourceTrust, type AuthoritySource, type Trust } from "../sources/trust";
import { checkStatement, type ClaimOutcome } from "./claim-outcome";
import { percentChange } from "./rates";
import { seriesWindowValue, type ClaimSeries, type WindowValue } from "./series-window";

export type { ClaimSeries, Derivation, WindowValue } from "./series-window";

export interface ClaimCheckResult {
  check: ClaimCheck;
  claimedPct: number;
  baseline: WindowValue;
  comparison: WindowValue;
  /** undefined when either window is missing. */
  computedPct: number | undefined;
  /** computed minus claimed, in percentage points; undefined when computedPct is. */
  differencePts: number | undefined;
}

/** Recomputes one window pair of a claim from our series; never guesses a missing month. */
export function computeClaimCheck(claim: Claim, check: ClaimCheck, series: ClaimSeries): ClaimCheckResult {
  const baseline = seriesWindowValue(check, check.baseline, series);
  const comparison = seriesWindowValue(check, check.comparison, series);
  const computedPct = baseline.kind === "value" && comparison.kind === "value" ? percentChange(baseline.value, comparison.value) : undefined;
  return {
    check,
    claimedPct: claim.value_pct,
    baseline,
    comparison,
    computedPct,
    differencePts: computedPct === undefined ? undefined : computedPct - claim.value_pct,
  };
}

/** A statement of a claim with what checking it found, and how far the page trusts that it was said. */
export interface StatementResult {
  statement: ClaimStatement;
  outcome: ClaimOutcome;
  /** "shown": a primary source or two independent major outlets report it; "unconfirmed": one outlet. */
  trust: Exclude<Trust, "omitted">;
}

/** A claim with its window checks (data order) and its statements the page shows, each checked, newest first. */
export interface ClaimResults {
  claim: Claim;
  results: ClaimCheckResult[];
  statements: StatementResult[];
  /** Statements resting only on low-authority reports: not shown, counted. */
  leftOut: ClaimStatement[];
}

const newestFirst = (a: ClaimStatement, b: ClaimStatement) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

/**
 * Every claim with at least one statement the page shows, in data order: its windows recomputed,
 * and its statements rated by `trust` (lib/sources/trust.ts), checked, newest first. A statement
 * resting only on low-authority reports is left out, and a claim with no other statement with it.
 */
export function computeClaimChecks(claims: readonly Claim[], series: ClaimSeries, trust: (ids: readonly string[]) => Trust): ClaimResults[] {
  return claims.flatMap((claim) => {
    const sorted = [...claim.statements].sort(newestFirst);
    const statements: StatementResult[] = [];
    const leftOut: ClaimStatement[] = [];
    for (const statement of sorted) {
      const rated = trust(statement.source_ids);
      if (rated === "omitted") leftOut.push(statement);
      else statements.push({ statement, outcome: checkStatement(statement.value_pct, statement.check, series), trust: rated });
    }
    if (statements.length === 0) return [];
    return [{ claim, results: claim.checks.map((check) => computeClaimCheck(claim, check, series)), statements, leftOut }];
  });
}

const checkedByDataset = new WeakMap<object, ClaimResults[]>();

/**
 * The claims of a dataset, checked and rated by its sources: computed once per dataset object and
 * shared by the claims section, the charts' marks and the previews.
 */
export function claimResultsOf(d: ClaimSeries & { claims: readonly Claim[]; sources: readonly AuthoritySource[] }): ClaimResults[] {
  let results = checkedByDataset.get(d);
  if (!results) {
    results = computeClaimChecks(d.claims, d, makeSourceTrust(d.sources));
    checkedByDataset.set(d, results);
  }
  return results;
}
