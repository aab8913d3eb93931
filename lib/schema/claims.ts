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

const Instance = z.object({
  date: IsoDate,
  venue: LocalizedText,
  period: LocalizedText,
  value_pct: z.number(),
  extra: LocalizedText.optional(),
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
  data_source_cited: LocalizedText.optional(),
  baseline: z.object({ period: LocalizedText, value: z.number() }).optional(),
  comparison: z.object({ period: LocalizedText, value: z.number() }).optional(),
  made_on: z.object({ date: IsoDate, weekday: z.string(), venue: LocalizedText, source_ids: SourceIds }).optional(),
  instances: z.array(Instance).optional(),
  repeated: z.array(z.object({ date: IsoDate, context: LocalizedText, source_ids: SourceIds })).optional(),
  related_updates: z.array(z.object({ date: IsoDate, value_pct: z.number(), period: LocalizedText, source_ids: SourceIds })).optional(),
  baseline_clarity: LocalizedText.optional(),
  independent_context: z.array(z.object({ fact: LocalizedText, source_ids: SourceIds })).optional(),
  extra: LocalizedText.optional(),
  confidence: LocalizedText,
  note: LocalizedText.optional(),
  checks: z.array(ClaimCheck).min(1, "expected at least one comparison window"),
});

export const ClaimsFile = z.object({ claims: z.array(Claim) });

export type Claim = z.infer<typeof Claim>;
export type ClaimCheck = z.infer<typeof ClaimCheck>;
export type MonthWindow = z.infer<typeof MonthWindow>;
