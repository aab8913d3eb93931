import { z } from "zod";
import { Latitude, LocalizedText, Longitude, SourceIds } from "./common";

export const CourtId = z.string().regex(/^(fed|state)-[a-z0-9-]+$/, 'expected a court id such as "fed-edny"');

/**
 * A court that hears a transferred person's case: not a flight place (people are flown to one city
 * and charged in another). `division` is the city where its sources say the cases were heard;
 * `seat` the courthouse there, with coordinates where a source prints them; each null when not
 * reported, and a court without coordinates is never drawn.
 */
export const Court = z.object({
  id: CourtId,
  system: z.enum(["federal", "state"]),
  /** "U.S. District Court for the Eastern District of New York". */
  name: LocalizedText,
  /** How a table names it: "E.D.N.Y.", "Wake County (N.C.)". */
  short_name: LocalizedText,
  /** The federal district's abbreviation; null for a state court. */
  district: z.string().min(1).nullable(),
  /** The city where the cases were heard ("Brooklyn"), with the sources that say so; null = not reported. */
  division: z.object({ name: LocalizedText, source_ids: SourceIds }).nullable(),
  /** The courthouse, with the sources that name it and give its address. */
  seat: z
    .object({
      building: z.string().min(1),
      address: z.string().min(1).nullable(),
      source_ids: SourceIds,
      /** Where a source prints the courthouse's coordinates; null = not reported. */
      coordinates: z.object({ lat: Latitude, lon: Longitude, source_ids: SourceIds }).nullable(),
    })
    .nullable(),
});

export const CourtsFile = z.object({ courts: z.array(Court).min(1) });

export type Court = z.infer<typeof Court>;
