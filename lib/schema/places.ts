import { z } from "zod";
import { Latitude, LocalizedText, Longitude, SourceIds } from "./common";
import { EventId, PlaceId } from "./transfers";

export const PLACE_KINDS = ["airport", "airport_and_airbase", "city", "city_proxy_airport", "state"] as const;
export const PLACE_ROLES = ["departure", "destination", "destination_state_only", "reference_only"] as const;

/**
 * A point on the map. `kind` says how literally to take it: a `city_proxy_airport` is the city's
 * main airport standing in for an airfield no source named; a `state` point is the state's
 * geographic centre, never a landing site.
 */
export const Place = z.object({
  id: PlaceId,
  name: LocalizedText,
  kind: z.enum(PLACE_KINDS),
  country: z.enum(["MX", "US"]),
  admin_area: z.string(),
  iata: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  icao: z
    .string()
    .regex(/^[A-Z]{4}$/)
    .optional(),
  lat: Latitude,
  lon: Longitude,
  coord_source_ids: SourceIds,
  coord_note: LocalizedText,
  role: z.enum(PLACE_ROLES),
  used_by_events: z.array(EventId),
  map_note: LocalizedText,
  candidate_markers: z
    .array(
      z.object({
        district: LocalizedText,
        airport: LocalizedText,
        lat: Latitude,
        lon: Longitude,
        coord_source_ids: SourceIds,
        status: z.literal("candidate_unconfirmed"),
      }),
    )
    .optional(),
});

export const PlacesFile = z.object({ places: z.array(Place).min(1) });

export type Place = z.infer<typeof Place>;
export type PlaceKind = Place["kind"];
