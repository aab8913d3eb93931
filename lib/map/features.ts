import type { Locale } from "../i18n/locale";
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { greatCircle, type LonLat } from "./arcs";
import { boundsOf, type Bounds } from "./bounds";
import { buildRadiusScale, NOT_REPORTED_RADIUS_PX } from "./marker-scale";
import type { MapModel, MapPlace } from "./model";
import { SHARED_COLOR } from "../theme/palette";
import { countStatusOf, type CountStatus, type PlaceRole } from "../transfers/count-status";

/** "all" or one event id. */
export type EventFilter = "all" | string;

const inFilter = (filter: EventFilter, eventId: string) => filter === "all" || filter === eventId;

export interface ArcProperties {
  eventId: string;
  departureId: string;
  placeId: string;
  color: string;
  /** Dashed when the route is uncertain: a departure below high confidence, or a disputed destination. */
  isDisputed: boolean;
}

/**
 * Great-circle arcs from each reported departure of each event to each of its destinations.
 * An event with two reported departures (Feb 2025: AIFA or Toluca) gets arcs from both.
 */
export function buildArcs(model: MapModel, filter: EventFilter): FeatureCollection<LineString, ArcProperties> {
  const place = new Map(model.places.map((p) => [p.id, p]));
  const features: Feature<LineString, ArcProperties>[] = [];
  for (const event of model.events.filter((e) => inFilter(filter, e.id))) {
    const froms = model.departures.filter((d) => d.eventId === event.id);
    const legs = model.legs.filter((l) => l.eventId === event.id);
    for (const from of froms) {
      for (const leg of legs) {
        const a = place.get(from.placeId)!.lonLat;
        const b = place.get(leg.placeId)!.lonLat;
        features.push({
          type: "Feature",
          properties: {
            eventId: event.id,
            departureId: from.placeId,
            placeId: leg.placeId,
            color: event.color,
            isDisputed: from.confidence !== "high" || leg.discrepancyIds.length > 0,
          },
          geometry: { type: "LineString", coordinates: greatCircle(a, b) },
        });
      }
    }
  }
  return { type: "FeatureCollection", features };
}

export interface PlaceProperties {
  id: string;
  /** The map label in English; `labelEs` in Spanish (only a state's name differs: "Pensilvania"). */
  label: string;
  labelEs: string;
  role: PlaceRole;
  /** People landed here over the chosen events, from reported counts only. */
  people: number;
  countStatus: CountStatus;
  radiusPx: number;
  color: string;
  isProxy: boolean;
  isStateOnly: boolean;
}

/**
 * Short map label: an airport the sources named by its IATA code ("JFK"); a city by its name, with
 * "*" when the point is a proxy airport ("Houston*"); the state by its name.
 */
export function placeLabel(p: MapPlace, locale: Locale): string {
  if ((p.kind === "airport" || p.kind === "airport_and_airbase") && p.iata) return p.kind === "airport_and_airbase" ? `AIFA (${p.iata})` : p.iata;
  // "Washington, D.C." keeps its district: "Washington" alone reads as the state.
  const name = p.name[locale];
  const city = name.endsWith(", D.C.") ? name : name.split(",")[0]!;
  return p.isProxy ? `${city}*` : city;
}

/**
 * The largest reported total at one place over all transfers (Phoenix: 6 + 6). One domain for
 * every filter, so a marker's size means the same number of people in every view.
 */
function maxPlaceTotal(model: MapModel): number {
  const totals = new Map<string, number>();
  for (const l of model.legs) totals.set(l.placeId, (totals.get(l.placeId) ?? 0) + (l.people ?? 0));
  return Math.max(1, ...totals.values());
}

/** The places of the chosen events, as points with marker size and style. */
export function buildPlacePoints(model: MapModel, filter: EventFilter): FeatureCollection<Point, PlaceProperties> {
  const legs = model.legs.filter((l) => inFilter(filter, l.eventId));
  const departures = model.departures.filter((d) => inFilter(filter, d.eventId));
  const radius = buildRadiusScale(maxPlaceTotal(model));
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const p of model.places) {
    const here = legs.filter((l) => l.placeId === p.id);
    const leaving = departures.filter((d) => d.placeId === p.id);
    if (here.length === 0 && leaving.length === 0) continue;
    const eventIds = new Set([...here, ...leaving].map((x) => x.eventId));
    const color = eventIds.size === 1 ? model.events.find((e) => eventIds.has(e.id))!.color : SHARED_COLOR;
    const base = { id: p.id, label: placeLabel(p, "en"), labelEs: placeLabel(p, "es"), color, isProxy: p.isProxy, isStateOnly: p.isStateOnly };
    if (here.length === 0) {
      features.push({
        type: "Feature",
        properties: { ...base, role: "departure", people: 0, countStatus: "notReported", radiusPx: 6 },
        geometry: { type: "Point", coordinates: p.lonLat },
      });
      continue;
    }
    const counts = here.map((l) => l.people);
    const people = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
    const countStatus = countStatusOf(counts);
    features.push({
      type: "Feature",
      properties: { ...base, role: "destination", people, countStatus, radiusPx: countStatus === "notReported" ? NOT_REPORTED_RADIUS_PX : radius(people) },
      geometry: { type: "Point", coordinates: p.lonLat },
    });
  }
  return { type: "FeatureCollection", features };
}

/** The box that frames the chosen event's places. */
export function boundsForFilter(model: MapModel, filter: EventFilter): Bounds | undefined {
  const points: LonLat[] = buildPlacePoints(model, filter).features.map((f) => f.geometry.coordinates as LonLat);
  return boundsOf(points);
}
