import { z } from "zod";
import { ConfidenceLevel, Count, IsoDate, LocalizedText, Sourced, SourceIds, Weekday } from "./common";

export const EventId = z.string().regex(/^ev\d{4}-\d{2}$/, 'expected an event id such as "ev2026-01"');
export const PlaceId = z.string().regex(/^(mx|us)_[a-z]+$/, 'expected a place id such as "us_iad"');

export const Departure = z.object({
  place_id: PlaceId,
  as_reported: LocalizedText,
  source_ids: SourceIds,
  confidence: ConfidenceLevel,
  note: LocalizedText.optional(),
});

/** A landing place. `people` is null when no source gives a count: render "not reported", never 0. */
export const Destination = z.object({
  place_id: PlaceId,
  as_reported: LocalizedText,
  people: Count.nullable(),
  /** Lower bound from partial reports (e.g. "at least 5 per ICE"); not a total. */
  people_min_reported: Count.optional(),
  count_note: LocalizedText.optional(),
  source_ids: SourceIds,
  confidence: ConfidenceLevel,
  /** What the level rests on or leaves open, e.g. "omitted by AFP; see disc-04" (a disc- id marks the destination as disputed). */
  confidence_note: LocalizedText.optional(),
});

export const Announcement = z.object({
  by: LocalizedText,
  channel: LocalizedText,
  date: IsoDate,
  source_ids: SourceIds,
});

const NamedList = z.object({ value: z.array(z.string().min(1)), source_ids: SourceIds });

export const TransferEvent = z.object({
  id: EventId,
  sequence: z.number().int().positive(),
  label: LocalizedText,
  date: IsoDate,
  weekday: Weekday,
  date_confidence: ConfidenceLevel,
  date_note: LocalizedText,
  date_source_ids: SourceIds,
  people_count: z.object({ value: Count, source_ids: SourceIds, confidence: ConfidenceLevel, note: LocalizedText.optional() }),
  /** Aircraft flown to the U.S.; null = not reported (see `detail`). */
  aircraft: z.object({ value: Count.nullable(), detail: LocalizedText, source_ids: SourceIds, confidence: ConfidenceLevel }),
  departures: z.array(Departure).min(1, "expected at least one departure"),
  origin_prisons: Sourced,
  destinations: z.array(Destination).min(1, "expected at least one destination"),
  destinations_note: LocalizedText,
  announcements: z.array(Announcement),
  legal_mechanism: Sourced,
  death_penalty: z.object({
    commitment_at_time: z.boolean(),
    summary: LocalizedText,
    source_ids: SourceIds,
    confidence: ConfidenceLevel,
  }),
  cartels_named_by_doj: NamedList.optional(),
  cartels_named: NamedList.optional(),
  us_district_footprint: Sourced.optional(),
  running_total_after: z.object({ value: Count, source_ids: SourceIds, check: z.string().optional() }),
});

export const TransfersFile = z.object({
  meta: z.object({
    title: z.string(),
    compiled: IsoDate,
    compiled_by: z.string(),
    scope: z.string(),
    conventions: z.record(z.string(), z.string()),
    totals_check: z.object({ feb_2025: Count, aug_2025: Count, jan_2026: Count, sum: Count, source_ids: SourceIds }),
  }),
  events: z.array(TransferEvent).min(1),
});

export type TransferEvent = z.infer<typeof TransferEvent>;
export type Destination = z.infer<typeof Destination>;
export type Departure = z.infer<typeof Departure>;
export type TransfersFile = z.infer<typeof TransfersFile>;
