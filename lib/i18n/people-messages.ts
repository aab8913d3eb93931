import type { Counted } from "../people/counts";
import type { Stage } from "../people/status";
import type { CaseEventKind } from "../schema/people";
import type { SourceAuthority } from "../schema/sources";
import type { PeopleSort } from "../url/view-state";
import type { Locale } from "./locale";

/**
 * The words of the people page and a person's view (app/people/), part of the catalogue as
 * `Messages["people"]`. The wording follows the rule for people: they are accused, not convicted
 * ("charged", "alleged", "pleaded not guilty"), and an absence is "not reported", never a fact.
 */
export interface PeopleMessages {
  nav: string;
  /** The headline's link to the people page, and each transfer's link to its people. */
  heroLink: string;
  transferLink: string;
  title: string;
  lede: string;
  presumption: string;
  /** "Checked against the sources on Dec 4, 2026, covering reporting up to Jul 3, 2026: …" */
  review: (reviewedOn: string, coversTo: string) => string;
  countsTitle: string;
  /** The review line of a link preview: "Checked Dec 5, 2026 · reporting to Jul 2, 2026" */
  previewReview: (reviewedOn: string, coversTo: string) => string;
  /** A preview's federal counts, confirmed only: "Federal courts: 18 with a known court, 5 arraigned, 5 pleaded not guilty" */
  previewFederal: (courtKnown: number, arraigned: number, pleadedNotGuilty: number) => string;
  /** "Accused, not convicted: presumed innocent." */
  presumptionShort: string;
  /** The status picture's download menu, and what its image says about its sources and review. */
  exportMenu: string;
  exportSourceLine: (coversTo: string) => string;
  exportReviewedLabel: string;
  /** Names of the scrolling tables (landmarks: each distinct from its section's heading). */
  countsTableLabel: string;
  tableLabel: string;
  /** "34 of the 92 people transferred are named in the sources consulted" */
  named: (named: number, total: number) => string;
  /** "Of them, 10 are named by a single outlet (unconfirmed) and 2 only by low-authority copies of an official list (reported)." */
  namedBasis: (unconfirmed: number, reported: number) => string;
  systems: Record<"federal" | "state", string>;
  counted: Record<Counted, string>;
  /** "(+1 unconfirmed)" */
  plusUnconfirmed: (n: number) => string;
  countsNote: string;
  chartTitle: string;
  chartDescription: string;
  tableTitle: string;
  filters: { legend: string; transfer: string; court: string; status: string; sort: string; any: string; apply: string; clear: string };
  sorts: Record<PeopleSort, string>;
  columns: { name: string; transfer: string; organization: string; court: string; status: string; latest: string };
  stages: Record<Stage, string>;
  unconfirmed: string;
  unconfirmedHint: string;
  reported: string;
  reportedHint: string;
  noneMatch: string;
  shown: (n: number, total: number) => string;
  csv: string;
  csvHeaders: {
    id: string;
    name: string;
    transfer: string;
    organization: string;
    courts: string;
    status: string;
    latest: string;
    sources: string;
    link: string;
  };
  person: {
    back: string;
    caseTitle: string;
    aliases: string;
    variants: string;
    organization: string;
    charges: string;
    deathPenalty: string;
    courts: string;
    judges: string;
    caseNumber: string;
    destination: string;
    onMap: string;
    timeline: string;
    scheduled: string;
    outcomeNotReported: string;
    noEvents: (coversTo: string) => string;
    status: string;
    /** "Transferred to the U.S. on Jan 20, 2026" */
    transferred: (date: string) => string;
    disputedCourt: (id: string) => string;
    namedBy: string;
    officialList: string;
    sitsIn: string;
    courthouse: string;
  };
  eventKinds: Record<CaseEventKind, string>;
  deathPenalty: Record<"not_sought" | "possible" | "undecided", string>;
  judgeRoles: Record<"district" | "magistrate" | "state", string>;
  authority: Record<SourceAuthority, string>;
  correction: string;
}

const en: PeopleMessages = {
  nav: "People",
  heroLink: "What became of them: each named person's court case →",
  transferLink: "Their court cases",
  title: "What became of the people transferred",
  lede: "Who the named people are, which U.S. court has each case, what they are charged with, and what the courts have done since the flights, from court records, official statements and news reports.",
  presumption:
    "Everyone here is accused, not convicted, unless a court event below says otherwise: a charge is an allegation, and each person is presumed innocent until proven guilty. No photos are shown.",
  review: (reviewedOn, coversTo) =>
    `Checked against the sources on ${reviewedOn}, covering reporting up to ${coversTo}. A court event after that date, or one the sources do not report, is not shown: its absence is not a fact.`,
  countsTitle: "The cases in numbers",
  previewReview: (reviewedOn, coversTo) => `Checked against the sources ${reviewedOn} · reporting up to ${coversTo}`,
  previewFederal: (courtKnown, arraigned, pleadedNotGuilty) =>
    `Federal courts, confirmed: ${courtKnown} with a known court, ${arraigned} arraigned, ${pleadedNotGuilty} pleaded not guilty`,
  presumptionShort: "Accused, not convicted: presumed innocent.",
  exportMenu: "Download this picture",
  exportSourceLine: (coversTo) =>
    `Sources: court records, U.S. Justice Department releases and news reports up to ${coversTo}, each listed on the atlas. Accused, not convicted: presumed innocent.`,
  exportReviewedLabel: "Checked against the sources",
  countsTableLabel: "Counts by court system",
  tableLabel: "Table of the named people",
  named: (named, total) => `${named} of the ${total} people transferred are named in the sources consulted`,
  namedBasis: (unconfirmed, reported) =>
    `Of them, ${unconfirmed} ${unconfirmed === 1 ? "is" : "are"} named by a single outlet (unconfirmed) and ${reported} only by low-authority copies of an official list (reported).`,
  systems: { federal: "Federal courts", state: "State courts" },
  counted: {
    court_known: "With a known court",
    arraigned: "Arraigned",
    pleaded_not_guilty: "Pleaded not guilty",
    trial_date_set: "Trial date set",
    pleaded_guilty: "Pleaded guilty",
    convicted: "Convicted",
    sentenced: "Sentenced",
  },
  plusUnconfirmed: (n) => `(+${n} unconfirmed)`,
  countsNote:
    "Counted from the dated court events below; a person counts once per line. Unconfirmed: resting on a single major outlet. Facts reported only by low-authority sites are left out.",
  chartTitle: "Where each transfer's named people stand",
  chartDescription: "Named people by transfer and by the furthest step their case has reached in the sources.",
  tableTitle: "Every named person",
  filters: {
    legend: "Filter and sort",
    transfer: "Transfer",
    court: "Court",
    status: "Status",
    sort: "Sort by",
    any: "Any",
    apply: "Show",
    clear: "Clear filters",
  },
  sorts: { transfer: "Transfer", name: "Name", court: "Court", status: "Status", latest: "Latest court event" },
  columns: { name: "Name", transfer: "Transfer", organization: "Alleged organization", court: "Court", status: "Status", latest: "Latest court event" },
  stages: {
    no_court_reported: "No court reported",
    court_known: "Court known, no court event reported",
    appeared: "Appeared in court",
    arraigned: "Arraigned",
    pleaded_not_guilty: "Pleaded not guilty",
    trial_date_set: "Trial date set",
    pleaded_guilty: "Pleaded guilty",
    convicted: "Convicted",
    sentenced: "Sentenced",
  },
  unconfirmed: "unconfirmed",
  unconfirmedHint: "Reported by a single major outlet; not confirmed by a primary source or a second outlet.",
  reported: "reported",
  reportedHint: "Named on an official list that the atlas has seen only in low-authority copies; nothing else those copies say is shown.",
  noneMatch: "No named person matches these filters.",
  shown: (n, total) => `${n} of ${total} named people shown`,
  csv: "Download this table (CSV, with sources)",
  csvHeaders: {
    id: "id",
    name: "name",
    transfer: "transfer_date",
    organization: "alleged_organization",
    courts: "courts",
    status: "status",
    latest: "latest_court_event",
    sources: "source_urls",
    link: "atlas_link",
  },
  person: {
    back: "All named people",
    caseTitle: "The case",
    aliases: "Also known as",
    variants: "Name also written",
    organization: "Alleged organization",
    charges: "Charges",
    deathPenalty: "Death penalty",
    courts: "Court",
    judges: "Judge",
    caseNumber: "Case number",
    destination: "Flown to",
    onMap: "See the transfer on the map",
    timeline: "Court events",
    scheduled: "scheduled",
    outcomeNotReported: "outcome not reported",
    noEvents: (coversTo) => `No court event reported in the sources up to ${coversTo}.`,
    status: "Status",
    transferred: (date) => `Transferred to the U.S. on ${date}`,
    disputedCourt: (id) => `Sources disagree on the court: see ${id}`,
    namedBy: "Named among the transferred by",
    officialList: "Official list",
    sitsIn: "Heard in",
    courthouse: "Courthouse",
  },
  eventKinds: {
    first_appearance: "First appearance",
    arraignment: "Arraignment",
    plea: "Plea",
    superseding_indictment: "Superseding indictment",
    hearing: "Hearing",
    trial_date_set: "Trial date set",
    trial: "Trial",
    verdict: "Verdict",
    sentence: "Sentence",
    other: "Other",
  },
  deathPenalty: { not_sought: "Not sought", possible: "Possible", undecided: "Not decided" },
  judgeRoles: { district: "District judge", magistrate: "Magistrate judge", state: "Judge" },
  authority: { primary: "primary source", "major outlet": "major outlet", "low-authority": "low-authority source" },
  correction: "Report a correction",
};

const es: PeopleMessages = {
  nav: "Personas",
  heroLink: "Qué pasó con ellos: el proceso judicial de cada persona nombrada →",
  transferLink: "Sus procesos judiciales",
  title: "Qué pasó con las personas trasladadas",
  lede: "Quiénes son las personas nombradas, qué tribunal de Estados Unidos lleva cada caso, de qué se les acusa y qué han hecho los tribunales desde los vuelos, según expedientes judiciales, declaraciones oficiales y notas de prensa.",
  presumption:
    "Todas las personas aquí son acusadas, no condenadas, salvo que una actuación judicial de abajo diga otra cosa: un cargo es una acusación y cada persona se presume inocente mientras no se demuestre su culpabilidad. No se muestran fotos.",
  review: (reviewedOn, coversTo) =>
    `Cotejado con las fuentes el ${reviewedOn}; abarca lo reportado hasta el ${coversTo}. Una actuación judicial posterior, o que las fuentes no reporten, no aparece: su ausencia no es un hecho.`,
  countsTitle: "Los casos en cifras",
  previewReview: (reviewedOn, coversTo) => `Cotejado con las fuentes el ${reviewedOn} · notas hasta el ${coversTo}`,
  previewFederal: (courtKnown, arraigned, pleadedNotGuilty) =>
    `Tribunales federales, confirmado: ${courtKnown} con tribunal conocido, ${arraigned} con lectura de cargos, ${pleadedNotGuilty} se declararon no culpables`,
  presumptionShort: "Acusados, no condenados: se presume su inocencia.",
  exportMenu: "Descargar esta imagen",
  exportSourceLine: (coversTo) =>
    `Fuentes: expedientes judiciales, comunicados del Departamento de Justicia de EE. UU. y notas de prensa hasta el ${coversTo}, cada una citada en el atlas. Acusados, no condenados: se presume su inocencia.`,
  exportReviewedLabel: "Cotejado con las fuentes",
  countsTableLabel: "Cifras por sistema judicial",
  tableLabel: "Tabla de las personas nombradas",
  named: (named, total) => `${named} de las ${total} personas trasladadas aparecen con nombre en las fuentes consultadas`,
  namedBasis: (unconfirmed, reported) =>
    `De ellas, ${unconfirmed} ${unconfirmed === 1 ? "aparece" : "aparecen"} con nombre en un solo medio (sin confirmar) y ${reported} solo en copias de baja autoridad de una lista oficial (reportado).`,
  systems: { federal: "Tribunales federales", state: "Tribunales estatales" },
  counted: {
    court_known: "Con tribunal conocido",
    arraigned: "Con lectura de cargos",
    pleaded_not_guilty: "Se declararon no culpables",
    trial_date_set: "Con fecha de juicio",
    pleaded_guilty: "Se declararon culpables",
    convicted: "Con condena",
    sentenced: "Con sentencia",
  },
  plusUnconfirmed: (n) => `(+${n} sin confirmar)`,
  countsNote:
    "Contado a partir de las actuaciones judiciales fechadas de abajo; cada persona cuenta una vez por línea. Sin confirmar: con base en un solo medio de referencia. Se omiten los datos que solo reportan sitios de baja autoridad.",
  chartTitle: "En qué punto están las personas nombradas de cada traslado",
  chartDescription: "Personas nombradas por traslado y por la etapa más avanzada que su caso ha alcanzado según las fuentes.",
  tableTitle: "Todas las personas nombradas",
  filters: {
    legend: "Filtrar y ordenar",
    transfer: "Traslado",
    court: "Tribunal",
    status: "Situación",
    sort: "Ordenar por",
    any: "Cualquiera",
    apply: "Mostrar",
    clear: "Quitar filtros",
  },
  sorts: { transfer: "Traslado", name: "Nombre", court: "Tribunal", status: "Situación", latest: "Última actuación judicial" },
  columns: {
    name: "Nombre",
    transfer: "Traslado",
    organization: "Presunta organización",
    court: "Tribunal",
    status: "Situación",
    latest: "Última actuación judicial",
  },
  stages: {
    no_court_reported: "Sin tribunal reportado",
    court_known: "Tribunal conocido, sin actuación reportada",
    appeared: "Compareció ante el tribunal",
    arraigned: "Lectura de cargos",
    pleaded_not_guilty: "Se declaró no culpable",
    trial_date_set: "Con fecha de juicio",
    pleaded_guilty: "Se declaró culpable",
    convicted: "Con condena",
    sentenced: "Con sentencia",
  },
  unconfirmed: "sin confirmar",
  unconfirmedHint: "Lo reporta un solo medio de referencia; no lo confirma una fuente primaria ni un segundo medio.",
  reported: "reportado",
  reportedHint:
    "Aparece en una lista oficial que el atlas solo ha visto en copias de fuentes de baja autoridad; no se muestra nada más de lo que dicen esas copias.",
  noneMatch: "Ninguna persona nombrada coincide con estos filtros.",
  shown: (n, total) => `Se muestran ${n} de ${total} personas nombradas`,
  csv: "Descargar esta tabla (CSV, con fuentes)",
  csvHeaders: {
    id: "id",
    name: "nombre",
    transfer: "fecha_traslado",
    organization: "presunta_organizacion",
    courts: "tribunales",
    status: "situacion",
    latest: "ultima_actuacion_judicial",
    sources: "urls_fuentes",
    link: "enlace_atlas",
  },
  person: {
    back: "Todas las personas nombradas",
    caseTitle: "El caso",
    aliases: "Alias",
    variants: "Su nombre también aparece como",
    organization: "Presunta organización",
    charges: "Cargos",
    deathPenalty: "Pena de muerte",
    courts: "Tribunal",
    judges: "Juez",
    caseNumber: "Número de expediente",
    destination: "Destino del vuelo",
    onMap: "Ver el traslado en el mapa",
    timeline: "Actuaciones judiciales",
    scheduled: "programada",
    outcomeNotReported: "resultado no reportado",
    noEvents: (coversTo) => `Las fuentes no reportan ninguna actuación judicial hasta el ${coversTo}.`,
    status: "Situación",
    transferred: (date) => `Traslado a Estados Unidos: ${date}`,
    disputedCourt: (id) => `Las fuentes no coinciden sobre el tribunal: ver ${id}`,
    namedBy: "Nombrado entre los trasladados por",
    officialList: "Lista oficial",
    sitsIn: "Audiencias en",
    courthouse: "Edificio",
  },
  eventKinds: {
    first_appearance: "Primera comparecencia",
    arraignment: "Lectura de cargos",
    plea: "Declaración",
    superseding_indictment: "Acusación formal sustitutiva",
    hearing: "Audiencia",
    trial_date_set: "Fecha de juicio fijada",
    trial: "Juicio",
    verdict: "Veredicto",
    sentence: "Sentencia",
    other: "Otra",
  },
  deathPenalty: { not_sought: "No se solicitará", possible: "Posible", undecided: "Sin decidir" },
  judgeRoles: { district: "Juez de distrito", magistrate: "Juez magistrado", state: "Juez" },
  authority: { primary: "fuente primaria", "major outlet": "medio de referencia", "low-authority": "fuente de baja autoridad" },
  correction: "Reportar una corrección",
};

export const PEOPLE_MESSAGES: Record<Locale, PeopleMessages> = { en, es };
