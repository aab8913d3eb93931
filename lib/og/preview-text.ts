import type { Dataset } from "../data/dataset";
import { formatDate, formatMonthRange, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import { listFormat } from "../format/intl-cache";
import { getMessages, type Messages } from "../i18n/messages";
import { placeLabel } from "../map/features";
import { buildMapModel, type MapModel } from "../map/model";
import { CHART_CATALOG } from "../charts/chart-catalog";
import { chartTexts } from "../series/chart-texts";
import type { ChartId, ViewState } from "../url/view-state";
import { computeEventFacts, computeMapFacts, computePlaceFacts, type PlaceFacts } from "./preview-facts";

/** The words of a link preview. `subtitle` is the second line on the image. */
export interface PreviewText {
  title: string;
  subtitle: string;
  description: string;
  /** Describes the image, text and map, for people who cannot see it. */
  alt: string;
}

type Status = Extract<PlaceFacts, { role: "destination" }>["status"];

/**
 * Preview copy per language. A catalogue for a new locale must fill every key, so a missing
 * string fails `tsc`. Shared words (site name, chart titles, "reported by some sources...")
 * come from lib/i18n/messages.ts instead of being repeated here.
 */
export interface PreviewStrings {
  /** "29 on Feb 27, 2025" */
  peopleOnDate: (people: string, date: string) => string;
  allDescription: (list: string) => string;
  /** "Jan 20, 2026: 37 people flown from Mexico to 6 U.S. destinations" */
  eventTitle: (date: string, people: string, destinations: number) => string;
  eventSubtitle: (sequence: number, transfers: number, departures: string) => string;
  countsReported: (reported: number, destinations: number) => string;
  eventDescription: (date: string, destinations: string) => string;
  placePeople: (people: string, status: Status, minReported: string | null) => string;
  placeDeparture: (transfers: number) => string;
  transfersOn: (dates: string, transfers: number) => string;
  placeDescription: (name: string, role: PlaceFacts["role"]) => string;
  mapAlt: (what: string, facts: { arcs: number; disputed: number; departures: number; destinations: number }) => string;
  mapWhatAll: (transfers: number) => string;
  mapWhatEvent: (date: string) => string;
  selectedAlt: (name: string) => string;
  /** "Data: public reports and official datasets, compiled Nov 30, 2026" */
  dataLine: (compiled: string) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: PreviewStrings = {
  peopleOnDate: (people, date) => `${people} on ${date}`,
  allDescription: (list) =>
    `Flight routes, destinations and sources of Mexico's mass transfers of prisoners to the United States: ${list}. Where no source gives a number, it says so.`,
  eventTitle: (date, people, destinations) => `${date}: ${people} people flown from Mexico to ${plural(destinations, "U.S. destination", "U.S. destinations")}`,
  eventSubtitle: (sequence, transfers, departures) => `Transfer ${sequence} of ${transfers} · departure: ${departures}`,
  countsReported: (reported, destinations) =>
    reported === destinations
      ? "people per destination reported"
      : reported === 0
        ? "people per destination not reported"
        : `people per destination reported for ${reported} of ${destinations}`,
  eventDescription: (date, destinations) =>
    `Routes of the transfer of ${date} from Mexico to ${destinations}: who went where, how sure the sources are, and where the information comes from.`,
  placePeople: (people, status, minReported) =>
    status === "reported"
      ? `${people} people`
      : status === "partial"
        ? `${people}+ people (partly reported)`
        : minReported
          ? `at least ${minReported} people (total not reported)`
          : "number of people not reported",
  placeDeparture: (transfers) => `departure of ${plural(transfers, "transfer", "transfers")}`,
  transfersOn: (dates, transfers) => `${transfers === 1 ? "Transfer" : "Transfers"} of ${dates}`,
  placeDescription: (name, role) =>
    role === "departure"
      ? `The flights that left ${name} in Mexico's mass transfers of prisoners to the United States, with their sources.`
      : `Who was flown to ${name} in Mexico's mass transfers of prisoners to the United States, how sure the sources are, and where the information comes from.`,
  mapAlt: (what, f) =>
    `Map of ${what}: ${plural(f.arcs, "route", "routes")} from ${plural(f.departures, "departure airport", "departure airports")} in Mexico to ${plural(f.destinations, "U.S. destination", "U.S. destinations")}` +
    (f.disputed ? `, ${f.disputed} dashed where sources disagree` : "") +
    ".",
  mapWhatAll: (transfers) => `the routes of all ${transfers} transfers, one colour per transfer`,
  mapWhatEvent: (date) => `the routes of the transfer of ${date}`,
  selectedAlt: (name) => `${name} is ringed and its routes stand out.`,
  dataLine: (compiled) => `Data: public reports and official datasets, compiled ${compiled}`,
};

const es: PreviewStrings = {
  peopleOnDate: (people, date) => `${people} el ${date}`,
  allDescription: (list) =>
    `Rutas de vuelo, destinos y fuentes de los traslados masivos de presos de México a Estados Unidos: ${list}. Cuando ninguna fuente da una cifra, así se indica.`,
  eventTitle: (date, people, destinations) =>
    `${date}: ${people} ${people === "1" ? "persona enviada" : "personas enviadas"} en avión de México a ${plural(destinations, "destino en Estados Unidos", "destinos en Estados Unidos")}`,
  eventSubtitle: (sequence, transfers, departures) => `Traslado ${sequence} de ${transfers} · salida: ${departures}`,
  countsReported: (reported, destinations) =>
    reported === destinations
      ? "personas por destino: reportado"
      : reported === 0
        ? "personas por destino: no reportado"
        : `personas por destino: reportado para ${reported} de ${destinations}`,
  eventDescription: (date, destinations) =>
    `Rutas del traslado del ${date} de México a ${destinations}: quién llegó a dónde, qué tan seguras están las fuentes y de dónde proviene la información.`,
  placePeople: (people, status, minReported) =>
    status === "reported"
      ? `${people} ${people === "1" ? "persona" : "personas"}`
      : status === "partial"
        ? `${people}+ personas (reporte parcial)`
        : minReported
          ? `al menos ${minReported} ${minReported === "1" ? "persona" : "personas"} (total no reportado)`
          : "número de personas no reportado",
  placeDeparture: (transfers) => `salida de ${plural(transfers, "traslado", "traslados")}`,
  transfersOn: (dates, transfers) => `${transfers === 1 ? "Traslado" : "Traslados"} del ${dates}`,
  placeDescription: (name, role) =>
    role === "departure"
      ? `Los vuelos que salieron de ${name} en los traslados masivos de presos de México a Estados Unidos, con sus fuentes.`
      : `Quiénes fueron enviados en avión a ${name} en los traslados masivos de presos de México a Estados Unidos, qué tan seguras están las fuentes y de dónde proviene la información.`,
  mapAlt: (what, f) =>
    `Mapa de ${what}: ${plural(f.arcs, "ruta", "rutas")} desde ${plural(f.departures, "aeropuerto de salida", "aeropuertos de salida")} en México hasta ${plural(f.destinations, "destino en Estados Unidos", "destinos en Estados Unidos")}` +
    (f.disputed ? `, ${plural(f.disputed, "punteada", "punteadas")} donde las fuentes no coinciden` : "") +
    ".",
  mapWhatAll: (transfers) => (transfers === 1 ? "las rutas del traslado" : `las rutas de los ${transfers} traslados, un color por traslado`),
  mapWhatEvent: (date) => `las rutas del traslado del ${date}`,
  selectedAlt: (name) => `${name} aparece con un círculo a su alrededor y sus rutas resaltan.`,
  dataLine: (compiled) => `Datos: informes públicos y conjuntos de datos oficiales, compilados el ${compiled}`,
};

export const PREVIEW_STRINGS: Record<Locale, PreviewStrings> = { en, es };

/** Title and subtitle of a chart, as its frame on the page shows them. */
function chartText(data: Dataset, chart: ChartId, view: ViewState, t: Messages): { title: string; subtitle: string; description: string } {
  const scopeLabel =
    data.seriesMeta
      .find((m) => m.id === "fentanyl")
      ?.scopes.find((s) => s.id === view.scope)
      ?.label.toLowerCase() ?? view.scope;
  const transfers = data.events.map((e) => `${formatDate(view.lang, e.date, "short")}: ${formatNumber(view.lang, e.people_count.value)}`).join(", ");
  const total = formatNumber(
    view.lang,
    data.events.reduce((sum, e) => sum + e.people_count.value, 0),
  );
  const c = t.charts;
  const { descriptions } = chartTexts(data, view.lang, t, scopeLabel, c.transfers.description(transfers, total));
  const text = {
    transfers: { title: c.transfers.title, subtitle: c.transfers.subtitle },
    homicides: { title: c.homicides.title, subtitle: c.homicides.subtitle },
    annual: { title: c.annual.title, subtitle: c.annual.subtitle },
    fentanyl: { title: c.fentanyl.title, subtitle: c.fentanyl.subtitle(scopeLabel) },
    fiscal: { title: c.fiscal.title, subtitle: c.fiscal.subtitle(scopeLabel) },
  }[chart];
  // Only the charts that take the range (the monthly series) are cut to it.
  const range = view.range && CHART_CATALOG[chart].takesRange ? ` · ${formatMonthRange(view.lang, view.range.from, view.range.to)}` : "";
  return { ...text, description: descriptions[chart], subtitle: text.subtitle + range };
}

function mapAlt(model: MapModel, view: ViewState, s: PreviewStrings): string {
  const facts = computeMapFacts(model, view.event);
  const event = model.events.find((e) => e.id === view.event);
  const what = event ? s.mapWhatEvent(formatDate(view.lang, event.date, "short")) : s.mapWhatAll(model.events.length);
  const place = view.place ? model.places.find((p) => p.id === view.place) : undefined;
  return [s.mapAlt(what, { ...facts, disputed: facts.disputedArcs }), place ? s.selectedAlt(place.name) : ""].filter(Boolean).join(" ");
}

function mapText(model: MapModel, view: ViewState, t: Messages, s: PreviewStrings): Omit<PreviewText, "alt"> {
  const locale = view.lang;
  const date = (iso: string) => formatDate(locale, iso, "short");
  const list = (items: string[], type: "conjunction" | "disjunction" = "conjunction") => listFormat(locale, { type }).format(items);
  const place = view.place ? computePlaceFacts(model, view.place, view.event) : undefined;
  if (place) {
    const dates = s.transfersOn(list(place.events.map((e) => date(e.date))), place.events.length);
    const what =
      place.role === "departure"
        ? s.placeDeparture(place.events.length)
        : s.placePeople(formatNumber(locale, place.people), place.status, place.minReported === null ? null : formatNumber(locale, place.minReported));
    const notes = [
      dates,
      place.place.isProxy ? t.headline.proxy : place.place.isStateOnly ? t.headline.stateOnly : "",
      place.role === "destination" && place.isDisputed ? t.headline.disputed : "",
    ];
    return {
      title: `${place.place.name}: ${what}`,
      subtitle: notes.filter(Boolean).join(" · "),
      description: s.placeDescription(place.place.name, place.role),
    };
  }
  const event = view.event === "all" ? undefined : computeEventFacts(model, view.event);
  if (event) {
    const departures = list(event.departures.map(placeLabel), "disjunction");
    return {
      title: s.eventTitle(date(event.event.date), formatNumber(locale, event.event.people), event.destinations.length),
      subtitle: `${s.eventSubtitle(event.sequence, event.transferCount, departures)} · ${s.countsReported(event.countsReported, event.destinations.length)}`,
      description: s.eventDescription(date(event.event.date), list(event.destinations.map((p) => p.name))),
    };
  }
  const total = model.events.reduce((sum, e) => sum + e.people, 0);
  const perEvent = model.events.map((e) => s.peopleOnDate(formatNumber(locale, e.people), date(e.date)));
  // No-break spaces keep "26 on Aug 12, 2025" on one line of the image.
  const subtitle = perEvent.map((x) => x.replaceAll(" ", "\u00a0")).join(" · ");
  return { title: t.headline.title(formatNumber(locale, total), model.events.length), subtitle, description: s.allDescription(list(perEvent)) };
}

/**
 * The preview's words for a view, every number counted from the data: the chart's title when
 * the link points at a chart, else the selected place, else the selected transfer, else the
 * headline over all transfers.
 * Example: buildPreviewText(data, { ...DEFAULT_VIEW, event: "ev2026-01" }, "en").title
 *   === "Jan 20, 2026: 37 people flown from Mexico to 6 U.S. destinations".
 */
export function buildPreviewText(data: Dataset, view: ViewState, locale: Locale): PreviewText {
  const t = getMessages(locale);
  const s = PREVIEW_STRINGS[locale];
  const model = buildMapModel(data);
  const localized = { ...view, lang: locale };
  const text = view.chart ? chartText(data, view.chart, localized, t) : mapText(model, localized, t, s);
  return { ...text, alt: `${text.title}. ${mapAlt(model, localized, s)}` };
}

/** The source line printed on the image: where the data comes from, and the basemap's credit. */
export function buildAttribution(data: Dataset, locale: Locale): string {
  return `${PREVIEW_STRINGS[locale].dataLine(formatDate(locale, data.meta.compiled, "short"))} · ${getMessages(locale).map.attribution}`;
}
