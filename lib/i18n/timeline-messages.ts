import type { TimelineKind } from "../schema/timeline";
import type { Locale } from "./locale";

/** The words of the timeline page (app/timeline/), part of the catalogue as `Messages["timeline"]`. */
export interface TimelineMessages {
  nav: string;
  title: string;
  lede: string;
  /** Each kind's name, singular (the filter and the entries' badges). */
  kinds: Record<TimelineKind, string>;
  all: string;
  filterLabel: string;
  /** "18 moments, Sep 2024 – Apr 2026" */
  shown: (count: number, span: string) => string;
  axisLabel: string;
  /** The series rows' short labels, and the note under the axis saying what they are. */
  homicides: string;
  seizures: string;
  seriesNote: string;
  /** The link from that note to the overview's charts, where the series' sources are. */
  chartsLink: string;
  /** A claim statement's preview card, under its value and topic. */
  claimPreview: string;
  /** "3 sources" on an entry's preview card. */
  sourcesCount: (n: number) => string;
  /** The CSV of the moments shown: its link, its title line and its column headers. */
  csvLink: string;
  csvTitle: string;
  csvHeaders: {
    id: string;
    date: string;
    precision: string;
    kind: string;
    title: string;
    summary: string;
    confidence: string;
    transfer: string;
    claim: string;
    link: string;
    sources: string;
  };
  /** "1,234 lb" on the seizure bars. */
  pounds: (value: string) => string;
  unconfirmed: string;
  unconfirmedHint: string;
  transferLink: string;
  claimLink: string;
  none: string;
}

const en: TimelineMessages = {
  nav: "Timeline",
  title: "The story around the transfers",
  lede: "The two governments' calls, meetings, tariffs, designations, agreement and military actions, the transfers and the official claims, on one time axis beside the homicide and seizure series. Each mark opens its entry, with its sources.",
  kinds: {
    transfer: "Transfer",
    claim: "Claim",
    tariff: "Tariff",
    designation: "Designation",
    agreement: "Agreement",
    call: "Call",
    meeting: "Meeting",
    military: "Military",
    other: "Other",
  },
  all: "All",
  filterLabel: "Show",
  shown: (count, span) => `${count} ${count === 1 ? "moment" : "moments"}, ${span}`,
  axisLabel: "Moments on a time axis, one row per kind, above the homicide and fentanyl-seizure series",
  homicides: "Homicides a day",
  seizures: "Fentanyl seized",
  seriesNote:
    "Homicides a day: victims counted by SESNSP to June 2025, then the daily averages the government stated. Fentanyl seized: pounds a month, CBP, southwest border.",
  chartsLink: "The charts, with their sources",
  claimPreview: "An official claim, as stated; the claims page checks it against the data, with its sources.",
  sourcesCount: (n) => `${n} ${n === 1 ? "source" : "sources"}`,
  csvLink: "Download these moments (CSV, with sources)",
  csvTitle: "The story around the transfers: dated moments with their sources",
  csvHeaders: {
    id: "id",
    date: "date",
    precision: "date_precision",
    kind: "kind",
    title: "title",
    summary: "summary",
    confidence: "confidence",
    transfer: "transfer_id",
    claim: "claim_id",
    link: "timeline_link",
    sources: "source_urls",
  },
  pounds: (value) => `${value} lb`,
  unconfirmed: "one outlet",
  unconfirmedHint: "Reported by a single major outlet; not confirmed by a primary source or a second outlet.",
  transferLink: "The transfer on the map",
  claimLink: "The claim, every statement checked",
  none: "No moment of this kind in these months.",
};

const es: TimelineMessages = {
  nav: "Cronología",
  title: "La historia en torno a los traslados",
  lede: "Las llamadas, reuniones, aranceles, designaciones, el acuerdo y las acciones militares de los dos gobiernos, los traslados y las afirmaciones oficiales, en un solo eje de tiempo junto a las series de homicidios y decomisos. Cada marca abre su entrada, con sus fuentes.",
  kinds: {
    transfer: "Traslado",
    claim: "Afirmación",
    tariff: "Arancel",
    designation: "Designación",
    agreement: "Acuerdo",
    call: "Llamada",
    meeting: "Reunión",
    military: "Militar",
    other: "Otro",
  },
  all: "Todo",
  filterLabel: "Mostrar",
  shown: (count, span) => `${count} ${count === 1 ? "momento" : "momentos"}, ${span}`,
  axisLabel: "Momentos en un eje de tiempo, una fila por tipo, sobre las series de homicidios y de decomisos de fentanilo",
  homicides: "Homicidios al día",
  seizures: "Fentanilo decomisado",
  seriesNote:
    "Homicidios al día: víctimas contadas por el SESNSP hasta junio de 2025; después, los promedios diarios que declaró el gobierno. Fentanilo decomisado: libras al mes, CBP, frontera suroeste.",
  chartsLink: "Los gráficos, con sus fuentes",
  claimPreview: "Una afirmación oficial, tal como se dijo; la página de afirmaciones la coteja con los datos, con sus fuentes.",
  sourcesCount: (n) => `${n} ${n === 1 ? "fuente" : "fuentes"}`,
  csvLink: "Descargar estos momentos (CSV, con fuentes)",
  csvTitle: "La historia en torno a los traslados: momentos fechados con sus fuentes",
  csvHeaders: {
    id: "id",
    date: "fecha",
    precision: "precision_fecha",
    kind: "tipo",
    title: "titulo",
    summary: "resumen",
    confidence: "confianza",
    transfer: "id_traslado",
    claim: "id_afirmacion",
    link: "enlace_cronologia",
    sources: "urls_fuentes",
  },
  pounds: (value) => `${value} libras`,
  unconfirmed: "un solo medio",
  unconfirmedHint: "Lo reporta un solo medio importante; no lo confirma una fuente primaria ni un segundo medio.",
  transferLink: "El traslado en el mapa",
  claimLink: "La afirmación, cada declaración verificada",
  none: "Ningún momento de este tipo en estos meses.",
};

export const TIMELINE_MESSAGES: Record<Locale, TimelineMessages> = { en, es };
