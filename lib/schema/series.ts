import { z } from "zod";
import { IsoDate, LocalizedText, Month, SourceId } from "./common";

/** CBP scopes; definitions live in data/series.json. */
export const FENTANYL_SCOPES = ["swb", "swb_land", "nationwide"] as const;
export type FentanylScope = (typeof FENTANYL_SCOPES)[number];

// CSV cells arrive as strings: each helper checks the text, then converts it.
const numberCell = (what: string) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, `expected ${what}`)
    .transform(Number)
    .pipe(z.number().nonnegative(`expected ${what} >= 0`));
const integerCell = (what: string) =>
  z
    .string()
    .regex(/^-?\d+$/, `expected ${what} as a whole number`)
    .transform(Number)
    .pipe(z.number().int().nonnegative(`expected ${what} >= 0`));
const booleanCell = z.enum(["true", "false"], { error: "expected true or false" }).transform((s) => s === "true");

export const FentanylMonthRow = z.object({
  month: Month,
  scope: z.enum(FENTANYL_SCOPES),
  pounds: numberCell("pounds"),
  source_id: SourceId,
});

export const FentanylFiscalYearRow = z.object({
  fiscal_year: integerCell("a fiscal year"),
  scope: z.enum(FENTANYL_SCOPES),
  pounds: numberCell("pounds"),
  /** true when the year is not complete in the CBP file (FY2026: Oct 2025 - Apr 2026). */
  partial: booleanCell,
  source_id: SourceId,
  note: z.string(),
});

export const HomicideMonthRow = z.object({
  month: Month,
  victims: integerCell("victims"),
  source_id: SourceId,
});

/** A daily average stated by the government; a different measurement from the SESNSP counts. */
export const StatedDailyRow = z.object({
  month: Month,
  daily_average: numberCell("victims per day"),
  stated_on: IsoDate,
  source_id: SourceId,
  note: z.string(),
});

export const HomicideAnnualRow = z
  .object({
    year: integerCell("a year"),
    series: z.enum(["SESNSP", "INEGI"]),
    victims: integerCell("victims"),
    source_id: SourceId,
    note: z.string().min(1, "expected the English note"),
    /** The note in Spanish: a CSV cell cannot hold {en, es}, so the row has a column per language. */
    note_es: z.string().min(1, "expected the Spanish note"),
  })
  .transform(({ note, note_es, ...row }) => ({ ...row, note: { en: note, es: note_es } }));

export const SeriesMeta = z.object({
  id: z.enum(["fentanyl", "homicides"]),
  title: LocalizedText,
  unit: z.string(),
  files: z.array(z.string()),
  coverage: z.object({ from: Month, to: Month }),
  as_of: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM or YYYY-MM-DD"),
  scopes: z.array(z.object({ id: z.enum(FENTANYL_SCOPES), label: LocalizedText, definition: LocalizedText })),
  caveats: z.array(LocalizedText),
  source_ids: z.array(SourceId).min(1),
});

export const SeriesMetaFile = z.object({ series: z.array(SeriesMeta) });

export type FentanylMonthRow = z.infer<typeof FentanylMonthRow>;
export type FentanylFiscalYearRow = z.infer<typeof FentanylFiscalYearRow>;
export type HomicideMonthRow = z.infer<typeof HomicideMonthRow>;
export type StatedDailyRow = z.infer<typeof StatedDailyRow>;
export type HomicideAnnualRow = z.infer<typeof HomicideAnnualRow>;
export type SeriesMeta = z.infer<typeof SeriesMeta>;
