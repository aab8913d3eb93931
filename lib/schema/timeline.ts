import { z } from "zod";
import { ConfidenceLevel, IsoDate, LocalizedText, SourceIds } from "./common";

import { TIMELINE_KINDS } from "../timeline/kinds";

export { TIMELINE_KINDS, type TimelineKind } from "../timeline/kinds";

/**
 * One dated moment around the transfers, checked against its sources: when (to the day, or only
 * the month), what kind, a title and a summary in both languages, its sources and the confidence
 * they give (lib/sources/trust.ts; a lower one only with a note), and the records it concerns:
 * a transfer of the 92 (`event_id`), claims (`claim_ids`), people (`person_ids`). A transfer the
 * other way (U.S. to Mexico, under the prisoner-transfer treaty) is context, not one of the 92:
 * kind "other", never an event_id.
 */
export const TimelineEntry = z.object({
  id: z.string().regex(/^tl-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'expected an id such as "tl-2025-02-20-fto-designations"'),
  date: IsoDate,
  /** "month": only the month is known; `date` is then its first day. */
  date_precision: z.enum(["day", "month"]),
  kind: z.enum(TIMELINE_KINDS),
  title: LocalizedText,
  summary: LocalizedText,
  source_ids: SourceIds,
  confidence: ConfidenceLevel,
  confidence_note: LocalizedText.optional(),
  event_id: z.string().optional(),
  claim_ids: z.array(z.string()).optional(),
  person_ids: z.array(z.string()).optional(),
  /** A change of government (a president takes office), and where: drawn on the time charts as a dashed line. Kind "other". */
  government_change: z.enum(["mexico", "united_states"]).optional(),
});

export const TimelineFile = z.object({
  /** When the entries were last checked against their sources. */
  reviewed_on: IsoDate,
  entries: z.array(TimelineEntry),
});

export type TimelineEntry = z.infer<typeof TimelineEntry>;
