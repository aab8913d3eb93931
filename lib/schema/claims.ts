import { z } from "zod";
import { IsoDate, LocalizedText, Month, SourceIds } from "./common";
import { FENTANYL_SCOPES } from "./series";

/** An inclusive range of calendar months, e.g. { from: "2023-10", to: "2024-09" } for FY2024. */
export const MonthWindow = z.object({ from: Month, to: Month }).refine((w) => w.from <= w.to, "expected from <= to");

/**
 * One comparison window a claim's sources used, recomputed from our series.
 * basis: stated = the claimant's own window; press_check = a newspaper's check of the claim;
 * interpretation = one reading of an unspecified period (basis_note says why).
 */
export const ClaimCheck = z.discriminatedUnion("series", [
  z.object({
    id: z.string().min(1),
    label: LocalizedText,
    basis: z.enum(["stated", "press_check", "interpretation"]),
    basis_note: LocalizedText.optional(),
    series: z.literal("homicides"),
    measure: z.literal("daily_average"),
    baseline: MonthWindow,
    comparison: MonthWindow,
    source_ids: SourceIds,
  }),
  z.object({
    id: z.string().min(1),
    label: LocalizedText,
    basis: z.enum(["stated", "press_check", "interpretation"]),
    basis_note: LocalizedText.optional(),
    series: z.literal("fentanyl"),
    scope: z.enum(FENTANYL_SCOPES),
    measure: z.literal("total"),
    baseline: MonthWindow,
    comparison: MonthWindow,
    source_ids: SourceIds,
  }),
]);

/**
 * How one statement can be checked (lib/stats/claim-outcome.ts): against one of our series over
 * the window a cited source states; on the claimant's own figures only; or not at all, with why.
 */
export const StatementCheck = z.union([
  z.discriminatedUnion("series", [
    z.strictObject({ kind: z.literal("series"), series: z.literal("homicides"), baseline: MonthWindow, comparison: MonthWindow }),
    z.strictObject({
      kind: z.literal("series"),
      series: z.literal("fentanyl"),
      // The scopes the charts show (a statement names the border or the whole country).
      scope: z.enum(["swb", "nationwide"]),
      baseline: MonthWindow,
      comparison: MonthWindow,
    }),
  ]),
  z.strictObject({
    kind: z.literal("stated_figures"),
    // The series the figures belong to (the chart that marks the statement); only homicides so far.
    series: z.literal("homicides"),
    baseline: z.strictObject({ month: Month, value: z.number().positive() }),
    comparison: z.strictObject({ month: Month, value: z.number().nonnegative() }),
  }),
  z.strictObject({ kind: z.literal("none"), reason: z.enum(["no_window", "metric_not_held"]) }),
]);

/**
 * One time the claim was stated, as stated: when, by whom (when not the claim's claimant) and
 * where, the value, the metric as worded when it differs from the claim's, the period only as a
 * cited source words it (null: no window stated), and how it can be checked. How far the page
 * trusts that it was said comes from its sources' authority (lib/claims/statements.ts).
 */
const Statement = z.object({
  date: IsoDate,
  claimant: LocalizedText.optional(),
  venue: LocalizedText,
  value_pct: z.number(),
  metric_as_stated: LocalizedText.optional(),
  period: LocalizedText.nullable(),
  check: StatementCheck,
  source_ids: SourceIds,
});

export const Claim = z.object({
  id: z.string().regex(/^cl-[a-z]+-\d+$/),
  topic: LocalizedText,
  claimant: LocalizedText,
  statement_paraphrase: LocalizedText,
  /** The claimed change in percent, e.g. -40. */
  value_pct: z.number(),
  metric: LocalizedText,
  /** The charted series the claim is about (its chart marks and previews name it); absent for one we do not hold. */
  series: z.enum(["homicides", "fentanyl"]).optional(),
  data_source_cited: LocalizedText.optional(),
  /** Every time it was stated, in any order (the page lists them newest first). */
  statements: z.array(Statement).min(1, "expected at least one statement"),
  baseline_clarity: LocalizedText.optional(),
  independent_context: z.array(z.object({ fact: LocalizedText, source_ids: SourceIds })).optional(),
  confidence: LocalizedText,
  note: LocalizedText.optional(),
  /** The comparison windows the sources used, recomputed side by side; none for a claim with no window. */
  checks: z.array(ClaimCheck),
});

export const ClaimsFile = z.object({ claims: z.array(Claim) });

export type Claim = z.infer<typeof Claim>;
export type ClaimCheck = z.infer<typeof ClaimCheck>;
export type StatementCheck = z.infer<typeof StatementCheck>;
export type ClaimStatement = z.infer<typeof Statement>;
export type MonthWindow = z.infer<typeof MonthWindow>;
