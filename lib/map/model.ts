import type { Dataset } from "../data/dataset";
import type { LocalizedText } from "../i18n/localized";
import type { ConfidenceLevel } from "../schema/common";
import type { PlaceKind } from "../schema/places";
import type { Source } from "../schema/sources";
import { discrepancyRefs, shortPlaceNames } from "../transfers/confidence";
import type { LonLat } from "./arcs";
import { buildEventColors } from "../theme/event-colors";
import { makeSourceTrust, shownFact } from "../sources/trust";
import { statusOf, type PersonStatus } from "../people/status";

/** A cited source, trimmed to what a link needs. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  /** The source's short display title, where the data give one. */
  shortTitle?: string;
  url: string;
  /** The language its title is written in (a citation keeps it: rendered with a `lang` attribute). */
  language?: Source["language"];
}

export interface MapPlace {
  id: string;
  /** "Houston, Texas" */
  name: LocalizedText;
  /** The research's full name with its caveat, e.g. "(landing airport not reported; proxy ...)". */
  fullName: LocalizedText;
  kind: PlaceKind;
  country: "MX" | "US";
  lonLat: LonLat;
  /** Only the city was reported; the point is its main airport. */
  isProxy: boolean;
  /** Only the state was reported; the point is its centre, not a landing site. */
  isStateOnly: boolean;
  iata?: string;
  mapNote: LocalizedText;
  coordNote: LocalizedText;
  coordSourceIds: string[];
  /** "E.D. Pa. (seat Philadelphia): Philadelphia International (PHL)": a court's seat and its main airport, none confirmed. */
  candidateDistricts: LocalizedText[];
}

export interface MapDeparture {
  eventId: string;
  placeId: string;
  asReported: LocalizedText;
  confidence: ConfidenceLevel;
  note?: LocalizedText;
  sourceIds: string[];
}

/** A person a source reports flown to a destination (data/people.json), with their case's court. */
export interface NamedPerson {
  /** Their id, for the link to their case on the people page. */
  personId: string;
  name: string;
  /** As alleged by the sources; null where none the page shows names one. */
  allegedOrganization: LocalizedText | null;
  /** The court of their case where the page shows one: the landing city is not the trial court. */
  usCourt?: LocalizedText;
  /** The discrepancy that lists another court, when the court is disputed. */
  courtDiscrepancy?: string;
  /** Where their case stands (lib/people/status.ts), from the facts the people page shows. */
  status: PersonStatus;
  /** The sources that report where they were flown. */
  sourceIds: string[];
}

export interface MapLeg {
  eventId: string;
  placeId: string;
  asReported: LocalizedText;
  /** null = not reported. */
  people: number | null;
  peopleMinReported?: number;
  countNote?: LocalizedText;
  confidence: ConfidenceLevel;
  /** What the level rests on, e.g. "omitted by AFP; see disc-04". */
  confidenceNote?: LocalizedText;
  discrepancyIds: string[];
  named: NamedPerson[];
  sourceIds: string[];
}

export interface MapEvent {
  id: string;
  date: string;
  people: number;
  color: string;
  destinationsNote: LocalizedText;
}

export interface MapDiscrepancy {
  id: string;
  topic: LocalizedText;
  versions: { version: LocalizedText; sourceIds: string[] }[];
}

/** Everything the map, its list and its panel show: plain data, safe to pass to a client component. */
export interface MapModel {
  events: MapEvent[];
  places: MapPlace[];
  departures: MapDeparture[];
  legs: MapLeg[];
  discrepancies: MapDiscrepancy[];
  sources: Record<string, SourceRef>;
}

/** What a citation needs of a source record: the one mapping, for the map and the chart source lines. */
export function toSourceRef(s: Source): SourceRef {
  return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, language: s.language, ...(s.short_title ? { shortTitle: s.short_title } : {}) };
}

/** Builds the map's model from the dataset: only places used by some transfer, only cited sources. */
export function buildMapModel(d: Dataset): MapModel {
  const colors = buildEventColors(d.events.map((e) => e.id));
  const departures: MapDeparture[] = d.events.flatMap((e) =>
    e.departures.map((x) => ({
      eventId: e.id,
      placeId: x.place_id,
      asReported: x.as_reported,
      confidence: x.confidence,
      note: x.note,
      sourceIds: x.source_ids,
    })),
  );
  const trust = makeSourceTrust(d.sources);
  const courts = new Map(d.courts.map((c) => [c.id, c]));
  const namedAt = (eventId: string, placeId: string): NamedPerson[] =>
    d.people
      .filter((p) => p.event_id === eventId && p.destination?.place_id === placeId && shownFact(p.destination, trust))
      .map((p) => {
        const org = shownFact(p.alleged_organization, trust)?.text ?? null;
        const shownCase = p.cases.find((c) => shownFact(c, trust));
        return {
          personId: p.id,
          name: p.name,
          allegedOrganization: org,
          ...(shownCase ? { usCourt: courts.get(shownCase.court_id)!.short_name } : {}),
          ...(shownCase?.discrepancy_id ? { courtDiscrepancy: shownCase.discrepancy_id } : {}),
          status: statusOf(p, (id) => courts.get(id)?.system, trust),
          sourceIds: p.destination!.source_ids,
        };
      });
  const legs: MapLeg[] = d.events.flatMap((e) =>
    e.destinations.map((x) => {
      const named = namedAt(e.id, x.place_id);
      return {
        eventId: e.id,
        placeId: x.place_id,
        asReported: x.as_reported,
        people: x.people,
        peopleMinReported: x.people_min_reported,
        countNote: x.count_note,
        confidence: x.confidence,
        confidenceNote: x.confidence_note,
        discrepancyIds: discrepancyRefs(x.confidence_note?.en),
        named,
        sourceIds: x.source_ids,
      };
    }),
  );
  const usedPlaceIds = new Set([...departures.map((x) => x.placeId), ...legs.map((x) => x.placeId)]);
  const places: MapPlace[] = d.places
    .filter((p) => usedPlaceIds.has(p.id))
    .map((p) => ({
      id: p.id,
      name: shortPlaceNames(p.name),
      fullName: p.name,
      kind: p.kind,
      country: p.country,
      lonLat: [p.lon, p.lat],
      isProxy: p.kind === "city_proxy_airport",
      isStateOnly: p.kind === "state",
      iata: p.iata,
      mapNote: p.map_note,
      coordNote: p.coord_note,
      coordSourceIds: p.coord_source_ids,
      candidateDistricts: (p.candidate_markers ?? []).map((c) => ({ en: `${c.district.en}: ${c.airport.en}`, es: `${c.district.es}: ${c.airport.es}` })),
    }));
  const discIds = new Set([...legs.flatMap((l) => l.discrepancyIds), ...d.discrepancies.filter((x) => /departure/.test(x.topic.en)).map((x) => x.id)]);
  const discrepancies = d.discrepancies
    .filter((x) => discIds.has(x.id))
    .map((x) => ({ id: x.id, topic: x.topic, versions: x.versions.map((v) => ({ version: v.version, sourceIds: v.source_ids })) }));
  const cited = new Set([
    ...departures.flatMap((x) => x.sourceIds),
    ...legs.flatMap((x) => [...x.sourceIds, ...x.named.flatMap((n) => n.sourceIds)]),
    ...places.flatMap((p) => p.coordSourceIds),
    ...discrepancies.flatMap((x) => x.versions.flatMap((v) => v.sourceIds)),
  ]);
  const sources = Object.fromEntries(d.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, toSourceRef(s)]));
  return {
    events: d.events.map((e) => ({ id: e.id, date: e.date, people: e.people_count.value, color: colors.get(e.id)!, destinationsNote: e.destinations_note })),
    places,
    departures,
    legs,
    discrepancies,
    sources,
  };
}

/** The ids a URL may name (lib/url/view-state's ViewContext): the model's events and places. */
export function buildViewIds(model: Pick<MapModel, "events" | "places">): { eventIds: string[]; placeIds: string[] } {
  return { eventIds: model.events.map((e) => e.id), placeIds: model.places.map((p) => p.id) };
}
