import type { CountStatus, PlaceRole } from "../transfers/count-status";
import type { Locale } from "./locale";

/**
 * The words of link previews (lib/og/preview-text.ts), part of the message catalogue as
 * `Messages["preview"]`; words the page shares with them (site name, chart titles, "reported by
 * some sources...") stay in lib/i18n/messages.ts.
 */
export interface PreviewMessages {
  /** "29 on Feb 27, 2025" */
  peopleOnDate: (people: string, date: string) => string;
  allDescription: (list: string) => string;
  /** "Jan 20, 2026: 37 people flown from Mexico to 6 U.S. destinations" */
  eventTitle: (date: string, people: string, destinations: number) => string;
  eventSubtitle: (sequence: number, transfers: number, departures: string) => string;
  countsReported: (reported: number, destinations: number) => string;
  eventDescription: (date: string, destinations: string) => string;
  placePeople: (people: string, status: CountStatus, minReported: string | null) => string;
  placeDeparture: (transfers: number) => string;
  transfersOn: (dates: string, transfers: number) => string;
  placeDescription: (name: string, role: PlaceRole) => string;
  mapAlt: (what: string, facts: { arcs: number; disputed: number; departures: number; destinations: number }) => string;
  mapWhatAll: (transfers: number) => string;
  mapWhatEvent: (date: string) => string;
  selectedAlt: (name: string) => string;
  /** "Data: public reports and official datasets, compiled Nov 30, 2026" */
  dataLine: (compiled: string) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: PreviewMessages = {
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

const es: PreviewMessages = {
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

export const PREVIEW_MESSAGES: Record<Locale, PreviewMessages> = { en, es };
