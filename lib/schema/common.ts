import { z } from "zod";
import { quoteFaults } from "../i18n/localized";
import { isRealDate, isRealMonth } from "../stats/calendar";

/** A source id such as "s04" or "cbp_drugs_fy23_fy26_apr"; checked against data/sources.json by lib/data/links.ts. */
export const SourceId = z.string().regex(/^[a-z][a-z0-9_.-]*$/i, 'expected a source id such as "s04"');
export const SourceIds = z.array(SourceId).min(1, "expected at least one source id");

/** A calendar date "YYYY-MM-DD" that exists (2025-02-29 does not). */
export const IsoDate = z.string().refine(isRealDate, "expected a real date as YYYY-MM-DD");

/** A calendar month "YYYY-MM". */
export const Month = z.string().refine(isRealMonth, "expected a month as YYYY-MM");

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": sources often give only a year or month of publication. */
export const PartialDate = z.string().refine((s) => /^\d{4}$/.test(s) || isRealMonth(s) || isRealDate(s), "expected YYYY, YYYY-MM or YYYY-MM-DD");

/** A count of people, aircraft or victims. */
export const Count = z.number({ error: "expected a number" }).int("expected a whole number").nonnegative("expected a count >= 0");

export const Latitude = z.number().min(-90, "expected a latitude in [-90, 90]").max(90, "expected a latitude in [-90, 90]");
export const Longitude = z.number().min(-180, "expected a longitude in [-180, 180]").max(180, "expected a longitude in [-180, 180]");

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export const ConfidenceLevel = z.enum(CONFIDENCE_LEVELS);
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const Weekday = z.enum(WEEKDAYS);

/**
 * A text a reader sees, in English and Spanish (lib/i18n/localized.ts): `{ "en": "...", "es": "..." }`,
 * both required, with quotations as `{{es:original words}}` tokens that follow quoteFaults' rules.
 */
export const LocalizedText = z
  .strictObject(
    {
      en: z.string({ error: "expected the English text" }).trim().min(1, "expected the English text"),
      es: z.string({ error: "expected the Spanish text" }).trim().min(1, "expected the Spanish text"),
    },
    { error: (issue) => (issue.code === "invalid_type" ? 'expected a text in both languages, {"en": "...", "es": "..."}' : undefined) },
  )
  .superRefine((text, ctx) => {
    for (const message of quoteFaults(text)) ctx.addIssue({ code: "custom", message });
  });

/** A fact with the sources that report it. */
export const Sourced = z.object({ detail: LocalizedText, source_ids: SourceIds });
