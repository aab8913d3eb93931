import { z } from "zod";
import { SourceIds } from "./common";
import { EventId } from "./transfers";

/** A point where sources disagree: every reported version, each with its sources. */
export const Discrepancy = z.object({
  id: z.string().regex(/^disc-\d{2}$/, 'expected an id such as "disc-04"'),
  event_id: EventId.nullable(),
  topic: z.string().min(1),
  versions: z.array(z.object({ version: z.string().min(1), source_ids: SourceIds })).min(2, "expected at least two versions"),
  assessment: z.string(),
});

export const DiscrepanciesFile = z.object({ discrepancies: z.array(Discrepancy) });

export type Discrepancy = z.infer<typeof Discrepancy>;
