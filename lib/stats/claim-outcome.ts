import type { StatementCheck } from "../schema/claims";
import { seriesWindowValue, type ClaimSeries, type WindowValue } from "./series-window";
import { percentChange } from "./rates";

export type { StatementCheck } from "../schema/claims";

/** A figure the claimant stated for a month, e.g. { month: "2024-09", value: 86.9 } victims a day. */
export type StatedFigure = Extract<StatementCheck, { kind: "stated_figures" }>["baseline"];

/** Why a claim cannot be checked: nothing to check against, or our series do not reach its months. */
export type UncheckableReason = "no_window" | "metric_not_held" | "outside_data";

/**
 * What a check found, worded by its kind, never as "borne out" unless an independent series says so:
 * - independent: recomputed from an independent series (CBP's files, SESNSP's counts);
 * - arithmetic: the percentage of the claimant's own stated figures, which checks the sum, not the figures;
 * - uncheckable: with its reason.
 */
export type ClaimOutcome =
  | { kind: "independent"; baseline: WindowValue & { kind: "value" }; comparison: WindowValue & { kind: "value" }; computedPct: number; differencePts: number }
  | { kind: "arithmetic"; baseline: StatedFigure; comparison: StatedFigure; computedPct: number; differencePts: number }
  | { kind: "uncheckable"; reason: UncheckableReason };

const isValue = (w: WindowValue): w is WindowValue & { kind: "value" } => w.kind === "value";

/**
 * Checks a stated change (`statedPct`, e.g. -57.48) as its `check` allows. A homicide window that
 * our counts do not cover is never filled from the government's stated averages here: a claim
 * about months after the counts end is checked by `stated_figures`, and so worded.
 *
 *   checkStatement(-57.48, { kind: "series", series: "fentanyl", scope: "swb", baseline: Apr-Jun 2024, comparison: Apr-Jun 2025 }, series)
 *   // { kind: "independent", computedPct: -57.48..., baseline: 5,034.72 lb, comparison: 2,141.00 lb, ... }
 */
export function checkStatement(statedPct: number, check: StatementCheck, series: ClaimSeries): ClaimOutcome {
  if (check.kind === "none") return { kind: "uncheckable", reason: check.reason };
  if (check.kind === "stated_figures") {
    const computedPct = percentChange(check.baseline.value, check.comparison.value);
    return computedPct === undefined
      ? { kind: "uncheckable", reason: "metric_not_held" }
      : { kind: "arithmetic", baseline: check.baseline, comparison: check.comparison, computedPct, differencePts: computedPct - statedPct };
  }
  const baseline = seriesWindowValue(check, check.baseline, series);
  const comparison = seriesWindowValue(check, check.comparison, series);
  const independent = (w: WindowValue) => isValue(w) && w.derivation !== "statedDailyAverage";
  if (!independent(baseline) || !independent(comparison) || !isValue(baseline) || !isValue(comparison)) return { kind: "uncheckable", reason: "outside_data" };
  const computedPct = percentChange(baseline.value, comparison.value);
  if (computedPct === undefined) return { kind: "uncheckable", reason: "outside_data" };
  return { kind: "independent", baseline, comparison, computedPct, differencePts: computedPct - statedPct };
}
