import { formatDate, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { toSearch, type ViewState } from "../url/view-state";
import type { MapModel } from "./model";
import type { MapScene, SceneMarker } from "./scene";

/** The words and links of a view's map, shared by the map section and its picture's markup. */
export interface MapViewTexts {
  /** "all transfers", or "the transfer of 20 Jan 2026". */
  filterName: string;
  /** Each place's name by id. */
  names: ReadonlyMap<string, string>;
  /** What a marker stands for: "8 people", "departure of 2 transfers". */
  summaryOf: (m: Pick<SceneMarker, "id" | "role" | "people" | "countStatus">) => string;
  /** The link of a place's view on `path` ("/" or "/embed/map"), camera dropped. */
  placeHref: (placeId: string) => string;
  /** The picture's text alternative. */
  alt: string;
}

export function mapViewTexts(model: MapModel, view: ViewState, scene: MapScene, path: string, locale: Locale, t: Messages): MapViewTexts {
  const filterName =
    view.event === "all" ? t.map.allTransfersPhrase : t.map.transferOf(formatDate(locale, model.events.find((e) => e.id === view.event)!.date));
  const place = view.place ? model.places.find((p) => p.id === view.place) : undefined;
  const departureEventCounts = new Map<string, number>();
  for (const d of model.departures)
    if (view.event === "all" || d.eventId === view.event) departureEventCounts.set(d.placeId, (departureEventCounts.get(d.placeId) ?? 0) + 1);
  return {
    filterName,
    names: new Map(model.places.map((p) => [p.id, p.name[locale]])),
    summaryOf: (m) =>
      m.role === "departure" ? t.map.departureSummary(departureEventCounts.get(m.id) ?? 0) : t.map.peopleSummary(formatNumber(locale, m.people), m.countStatus),
    placeHref: (id) => `${path}${toSearch({ ...view, place: id, camera: null })}`,
    alt: t.map.pictureAlt(filterName, place?.name[locale] ?? null, scene.markers.length),
  };
}
