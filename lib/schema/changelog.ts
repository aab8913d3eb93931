import { z } from "zod";
import { IsoDate, Month, SourceId } from "./common";

const Revision = z.object({
  month: Month,
  /** The CBP scope for fentanyl; null for series with one value a month. */
  scope: z.string().nullable(),
  from: z.number(),
  to: z.number(),
});

/** One applied `npm run refresh`: which release, and what it changed in the series. */
export const ChangeLogEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "expected an id of lower-case letters, digits and hyphens"),
  applied_on: IsoDate,
  series: z.enum(["fentanyl", "homicides"]),
  source_id: SourceId,
  /** The last month of data in the release. */
  data_to: Month,
  new_months: z.array(Month),
  revised: z.array(Revision),
  removed: z.array(Revision.omit({ to: true })),
});

export const ChangeLogFile = z.object({ entries: z.array(ChangeLogEntry) });

export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;
