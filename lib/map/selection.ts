import type { LonLat } from "./arcs";
import { boundsOf, type Bounds } from "./bounds";
import type { EventFilter } from "./features";
import type { MapModel } from "./model";

const inFilter = (filter: EventFilter, eventId: string) => filter === "all" || filter === eventId;

/** Ids of the places linked by a route to `placeId` (itself included), within the chosen events. */
export function connectedPlaceIds(model: MapModel, filter: EventFilter, placeId: string): string[] {
  const ids = new Set<string>([placeId]);
  const events = model.events.filter((e) => inFilter(filter, e.id)).map((e) => e.id);
  for (const eventId of events) {
    const froms = model.departures.filter((d) => d.eventId === eventId).map((d) => d.placeId);
    const tos = model.legs.filter((l) => l.eventId === eventId).map((l) => l.placeId);
    if (froms.includes(placeId)) tos.forEach((id) => ids.add(id));
    if (tos.includes(placeId)) froms.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** The box framing a selected place and the other ends of its routes. */
export function boundsOfSelection(model: MapModel, filter: EventFilter, placeId: string): Bounds | undefined {
  const ids = new Set(connectedPlaceIds(model, filter, placeId));
  const points: LonLat[] = model.places.filter((p) => ids.has(p.id)).map((p) => p.lonLat);
  return boundsOf(points);
}
