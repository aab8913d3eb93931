import { buildArcs, type EventFilter } from "../map/features";
import { countStatusOf, type CountStatus } from "../transfers/count-status";
import type { MapEvent, MapModel, MapPlace } from "../map/model";
import { byConfidence } from "../transfers/confidence";

/** What the preview image draws for a filter: counted from the same arcs the image uses. */
export interface MapFacts {
  arcs: number;
  disputedArcs: number;
  departures: number;
  destinations: number;
}

export interface EventFacts {
  event: MapEvent;
  /** 1-based position in date order, and how many transfers there are. */
  sequence: number;
  transferCount: number;
  /** Most confident first (Jan 2026: Toluca, then AIFA). */
  departures: MapPlace[];
  destinations: MapPlace[];
  /** Destinations for which a source gives a count of people. */
  countsReported: number;
}

export type PlaceFacts =
  | { role: "departure"; place: MapPlace; events: MapEvent[] }
  | {
      role: "destination";
      place: MapPlace;
      events: MapEvent[];
      /** Sum of the reported counts (0 when none is). */
      people: number;
      status: CountStatus;
      /** Lower bound some source gives where the count itself is not reported ("at least 5"); null if none. */
      minReported: number | null;
      isDisputed: boolean;
    };

const inFilter = (filter: EventFilter, eventId: string) => filter === "all" || filter === eventId;

export function computeMapFacts(model: MapModel, filter: EventFilter): MapFacts {
  const arcs = buildArcs(model, filter).features.map((f) => f.properties);
  return {
    arcs: arcs.length,
    disputedArcs: arcs.filter((a) => a.isDisputed).length,
    departures: new Set(arcs.map((a) => a.departureId)).size,
    destinations: new Set(arcs.map((a) => a.placeId)).size,
  };
}

/** Facts of one transfer; undefined for an id the model does not hold. */
export function computeEventFacts(model: MapModel, eventId: string): EventFacts | undefined {
  const index = model.events.findIndex((e) => e.id === eventId);
  const event = model.events[index];
  if (!event) return undefined;
  const place = new Map(model.places.map((p) => [p.id, p]));
  const legs = model.legs.filter((l) => l.eventId === eventId);
  const departures = byConfidence(model.departures.filter((d) => d.eventId === eventId)).map((d) => place.get(d.placeId)!);
  return {
    event,
    sequence: index + 1,
    transferCount: model.events.length,
    departures,
    destinations: legs.map((l) => place.get(l.placeId)!),
    countsReported: legs.filter((l) => l.people !== null).length,
  };
}

/**
 * What the chosen events say about one place. A place the filter's events never reached is
 * described over all transfers instead, so a link such as ?event=2025-08&place=us_pa still
 * gets a true sentence. Undefined for a place the model does not hold.
 */
export function computePlaceFacts(model: MapModel, placeId: string, filter: EventFilter): PlaceFacts | undefined {
  const place = model.places.find((p) => p.id === placeId);
  if (!place) return undefined;
  const touches = (f: EventFilter) => [...model.legs, ...model.departures].some((x) => x.placeId === placeId && inFilter(f, x.eventId));
  const scope = touches(filter) ? filter : "all";
  const legs = model.legs.filter((l) => l.placeId === placeId && inFilter(scope, l.eventId));
  const departures = model.departures.filter((d) => d.placeId === placeId && inFilter(scope, d.eventId));
  const eventIds = new Set([...legs, ...departures].map((x) => x.eventId));
  const events = model.events.filter((e) => eventIds.has(e.id));
  if (legs.length === 0) return { role: "departure", place, events };
  const counts = legs.map((l) => l.people);
  const status = countStatusOf(counts);
  const mins = legs.filter((l) => l.people === null && l.peopleMinReported !== undefined).map((l) => l.peopleMinReported!);
  return {
    role: "destination",
    place,
    events,
    people: counts.reduce<number>((sum, n) => sum + (n ?? 0), 0),
    status,
    minReported: mins.length ? mins.reduce((a, b) => a + b, 0) : null,
    isDisputed: legs.some((l) => l.discrepancyIds.length > 0),
  };
}
