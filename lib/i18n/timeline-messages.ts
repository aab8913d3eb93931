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
  homicides: string;
  seizures: string;
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
  homicides: "Homicide victims a day (SESNSP; stated averages after Jun 2025)",
  seizures: "Fentanyl seized by CBP, southwest border (lb a month)",
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
  homicides: "Víctimas de homicidio al día (SESNSP; promedios declarados después de jun 2025)",
  seizures: "Fentanilo decomisado por la CBP, frontera suroeste (lb al mes)",
  unconfirmed: "un solo medio",
  unconfirmedHint: "Lo reporta un solo medio importante; no lo confirma una fuente primaria ni un segundo medio.",
  transferLink: "El traslado en el mapa",
  claimLink: "La afirmación, cada declaración verificada",
  none: "Ningún momento de este tipo en estos meses.",
};

export const TIMELINE_MESSAGES: Record<Locale, TimelineMessages> = { en, es };
