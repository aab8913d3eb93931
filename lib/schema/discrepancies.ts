import { z } from "zod";
import { LocalizedText, SourceIds } from "./common";
import { EventId } from "./transfers";

/** A point where sources disagree: every reported version, each with its sources. */
export const Discrepancy = z.object({
  id: z.string().regex(/^disc-\d{2}$/, 'expected an id such as "disc-04"'),
  event_id: EventId.nullable(),
  topic: LocalizedText,
  versions: z.array(z.object({ version: LocalizedText, source_ids: SourceIds })).min(2, "expected at least two versions"),
  assessment: LocalizedText,
});

export const DiscrepanciesFile = z.object({ discrepancies: z.array(Discrepancy) });

export type Discrepancy = z.infer<typeof Discrepancy>;
