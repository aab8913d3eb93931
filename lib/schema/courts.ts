import { z } from "zod";
import { Latitude, LocalizedText, Longitude, SourceIds } from "./common";

export const CourtId = z.string().regex(/^(fed|state)-[a-z0-9-]+$/, 'expected a court id such as "fed-edny"');

/**
 * A court that hears a transferred person's case: not a flight place (people are flown to one city
 * and charged in another). `seat` is where the court sits, with coordinates a cited source prints;
 * null when no source gives it, and then the court is never drawn.
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
  /** The courthouse city or division; null = not reported. */
  division: LocalizedText.nullable(),
  seat: z
    .object({
      building: z.string().min(1),
      address: z.string().min(1).nullable(),
      lat: Latitude,
      lon: Longitude,
      source_ids: SourceIds,
    })
    .nullable(),
});

export const CourtsFile = z.object({ courts: z.array(Court).min(1) });

export type Court = z.infer<typeof Court>;
