import { z } from "zod";
import { ConfidenceLevel, IsoDate, LocalizedText, Month, SourceIds } from "./common";
import { CourtId } from "./courts";
import { EventId, PlaceId } from "./transfers";

export const PersonId = z.string().regex(/^[a-z]+(-[a-z]+)+$/, 'expected a person id such as "rafael-caro-quintero"');

export const CASE_EVENT_KINDS = [
  "first_appearance",
  "arraignment",
  "plea",
  "superseding_indictment",
  "hearing",
  "trial_date_set",
  "trial",
  "verdict",
  "sentence",
  "other",
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** A date as precise as the sources give it: a day, a month, or a range of days ("last week"). */
export const CaseDate = z.discriminatedUnion(
  "precision",
  [
    z.strictObject({ precision: z.literal("day"), on: IsoDate }),
    z.strictObject({ precision: z.literal("month"), month: Month }),
    z
      .strictObject({ precision: z.literal("range"), from: IsoDate, to: IsoDate })
      .refine((d) => d.from < d.to, "expected a range whose start is before its end"),
  ],
  { error: 'expected a date: {"precision": "day", "on": "YYYY-MM-DD"}, {"precision": "month", "month": "YYYY-MM"} or {"precision": "range", "from", "to"}' },
);
export type CaseDate = z.infer<typeof CaseDate>;

/**
 * One dated event of a case, as its sources report it. `scheduled` marks a date a source set for
 * the future (a trial date): once it has passed with no reported outcome the page says so.
 * `confidence` must follow the sources' authority (lib/sources/trust.ts); it may sit lower with a
 * `confidence_note` saying why, never higher.
 */
export const CaseEvent = z
  .object({
    kinds: z.array(z.enum(CASE_EVENT_KINDS)).min(1, "expected at least one kind"),
    date: CaseDate,
    scheduled: z.boolean().default(false),
    /** The plea entered, for an event of kind "plea". */
    plea: z.enum(["not_guilty", "guilty"]).optional(),
    /** The verdict, for an event of kind "verdict". */
    verdict: z.enum(["guilty", "not_guilty", "mixed"]).optional(),
    court_id: CourtId,
    text: LocalizedText,
    source_ids: SourceIds,
    confidence: ConfidenceLevel,
    confidence_note: LocalizedText.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.kinds.includes("plea") !== (e.plea !== undefined))
      ctx.addIssue({ code: "custom", path: ["plea"], message: 'expected "plea" exactly when the kinds include "plea"' });
    if (e.kinds.includes("verdict") !== (e.verdict !== undefined))
      ctx.addIssue({ code: "custom", path: ["verdict"], message: 'expected "verdict" exactly when the kinds include "verdict"' });
  });
export type CaseEvent = z.infer<typeof CaseEvent>;

/** A fact about a person with the sources that report it; its confidence is derived from them. */
const SourcedText = z.object({ text: LocalizedText, source_ids: SourceIds });
const SourcedName = z.object({ name: z.string().min(1), source_ids: SourceIds });

/** A person's case in one court: judges and case number only where a source gives them. */
export const PersonCase = z.object({
  court_id: CourtId,
  source_ids: SourceIds,
  judges: z.array(z.object({ name: z.string().min(1), role: z.enum(["district", "magistrate", "state"]), source_ids: SourceIds })).default([]),
  case_number: z
    .object({ number: z.string().min(1), source_ids: SourceIds })
    .nullable()
    .default(null),
  /** The discrepancy ("disc-15") that reports another court for this person: shown as disputed. */
  discrepancy_id: z
    .string()
    .regex(/^disc-\d{2}$/, "expected a discrepancy id such as disc-15")
    .optional(),
});

/**
 * A named person among the 92, accused and not convicted unless an event says otherwise. Every
 * fact carries its sources; a status is never typed, it is derived from `events`.
 */
export const Person = z.object({
  id: PersonId,
  /** The spelling of a primary source where one is cited, else the major outlets'. */
  name: z.string().min(1),
  /** The sources that name this person among the transferred. */
  name_source_ids: SourceIds,
  /**
   * Which official list the name is on, when the only sources naming the person are low-authority
   * copies of that list ("the Justice Department's list of the 26, as restated by …"): the name is
   * then shown as "reported" with its sources, and nothing else resting on those copies is shown.
   */
  official_list: LocalizedText.optional(),
  name_variants: z.array(SourcedName).default([]),
  aliases: z.array(SourcedName).default([]),
  event_id: EventId,
  /** The landing place a source reports for this person; null = not reported. */
  destination: z.object({ place_id: PlaceId, source_ids: SourceIds }).nullable(),
  alleged_organization: SourcedText.nullable(),
  charges: SourcedText.nullable(),
  /** The U.S. position on the death penalty and when it was stated; null = not reported. */
  death_penalty: z.object({ position: z.enum(["not_sought", "possible", "undecided"]), as_of: IsoDate, text: LocalizedText, source_ids: SourceIds }).nullable(),
  /** Empty = no court reported. */
  cases: z.array(PersonCase),
  events: z.array(CaseEvent),
  note: LocalizedText.optional(),
});
export type Person = z.infer<typeof Person>;
export type PersonCase = z.infer<typeof PersonCase>;

/**
 * The people file with its review: `reviewed_on` is when the records were last checked against the
 * sources, `covers_to` the newest reporting they cover, so an absence reads as "none reported to"
 * that date, never as a fact.
 */
export const PeopleFile = z
  .object({
    reviewed_on: IsoDate,
    covers_to: IsoDate,
    people: z.array(Person),
  })
  .refine((f) => f.covers_to <= f.reviewed_on, { path: ["covers_to"], message: "expected covers_to on or before reviewed_on" });
export type PeopleFile = z.infer<typeof PeopleFile>;
