import type { Locale } from "./locale";
import { numberFormat } from "../format/intl-cache";
import { IGNORE_REASONS_EN, type IgnoreTemplates } from "../url/ignore-reasons";
import { CLAIM_MESSAGES, type ClaimMessages } from "./claim-messages";
import { TIMELINE_MESSAGES, type TimelineMessages } from "./timeline-messages";
import { PEOPLE_MESSAGES, type PeopleMessages } from "./people-messages";
import { PREVIEW_MESSAGES, type PreviewMessages } from "./preview-messages";
import type { DataFileKey } from "../data/files";
import type { SourceTopic } from "../schema/sources";

/**
 * Every user-facing string, by language. Components never hold literal copy: they take
 * `Messages` and call these. A Spanish catalogue must satisfy the same type, so a missing key
 * fails `tsc`.
 */
export interface Messages {
  /** Link previews: the image's words and the page's description (lib/i18n/preview-messages.ts). */
  preview: PreviewMessages;
  /** The people page and a person's view (lib/i18n/people-messages.ts). */
  people: PeopleMessages;
  /** The official claims, each statement checked (lib/i18n/claim-messages.ts). */
  claims: ClaimMessages;
  /** The timeline page (lib/i18n/timeline-messages.ts). */
  timeline: TimelineMessages;
  /** The 404 page (app/not-found.tsx). */
  notFoundPage: {
    title: string;
    body: string;
    home: string;
    sources: string;
  };
  site: {
    name: string;
    tagline: string;
    navOverview: string;
    navSources: string;
    skipToContent: string;
    language: string;
    themeToDark: string;
    themeToLight: string;
  };
  common: {
    /** A button that tries a failed part of the page again. */
    retry: string;
    /** A server-drawn picture that could not be fetched after a view change in the browser. */
    pictureFailed: string;
    /** Something fetched on demand (a download menu's words and data) that could not be loaded. */
    loadFailed: string;
    notReported: string;
    sources: string;
    sourceCount: (n: number) => string;
    confidence: Record<"high" | "medium" | "low", string>;
    people: (n: number) => string;
    atLeast: (n: string) => string;
    seeDiscrepancy: (id: string) => string;
  };
  headline: {
    title: (total: string, transfers: number) => string;
    lede: string;
    latestTitle: string;
    date: string;
    people: string;
    aircraft: string;
    departure: string;
    alsoReported: string;
    destinations: string;
    destinationsNote: string;
    disputed: string;
    proxy: string;
    stateOnly: string;
    deathPenalty: string;
    deathPenaltyYes: string;
    deathPenaltyNo: string;
    allTransfersTitle: string;
    allTransfersTable: string;
    runningTotal: string;
    destinationCount: string;
    weekday: Record<string, string>;
  };
  sourcesPage: {
    title: string;
    lede: string;
    discrepanciesTitle: string;
    assessment: string;
    event: string;
    general: string;
    versions: string;
    sourcesTitle: string;
    topics: Record<SourceTopic, string>;
    published: string;
    undated: string;
    language: Record<"en" | "es" | "de", string>;
    titleBasis: Record<"page" | "url_slug" | "descriptive" | "repository_path", string>;
    updatedTitle: string;
    compiled: (date: string) => string;
    seriesAsOf: (series: string, date: string) => string;
    downloadsTitle: string;
    downloadsLede: string;
    files: Record<DataFileKey, string>;
    updatesTitle: string;
    updatesNone: string;
    /** "CBP release with data to May 2026: 1 new month, 3 revised" */
    updateLine: (agency: string, dataTo: string, newMonths: number, revised: number, removed: number) => string;
    updateApplied: (date: string) => string;
    updatesDetails: string;
    /** The exact file behind a series source: its name, SHA-256 and when it was read. */
    fileLine: (name: string, sha256: string, retrieved: string | null) => string;
    /** One revised value: "Mar 2026, southwest border: 400.00 → 401.50 (+1.50)". */
    updateRevised: (what: string, from: string, to: string, change: string) => string;
    updateNewMonths: (months: string) => string;
    updateRemoved: (what: string, from: string) => string;
    methodTitle: string;
    method: string[];
    claimWindows: string;
  };
  footer: { data: (compiled: string) => string; method: string };
  map: {
    title: string;
    lede: string;
    filterLabel: string;
    all: string;
    mapLabel: string;
    mapDescription: (filter: string) => string;
    allTransfersPhrase: string;
    transferOf: (date: string) => string;
    loading: string;
    failed: string;
    /** The control that starts the interactive map over its picture. */
    explore: string;
    /** Shown over the picture when the interactive map cannot start (no WebGL, worker blocked). */
    unavailable: string;
    /** Text alternative of the server-drawn picture: what it shows. */
    pictureAlt: (filter: string, selected: string | null, places: number) => string;
    placesTitle: string;
    departures: string;
    destinations: string;
    legendTitle: string;
    legendSolid: string;
    legendDashed: string;
    legendReported: string;
    legendNotReported: string;
    legendPartial: string;
    legendDeparture: string;
    legendShared: string;
    legendProxy: string;
    legendState: string;
    detailEmpty: string;
    close: string;
    departureFor: string;
    landedHere: string;
    named: string;
    court: string;
    courtUnknown: string;
    /** "status", before where a named person's case stands. */
    caseStatus: string;
    /** After a court that sources disagree on; links to the discrepancy. */
    courtDisputed: string;
    candidateDistricts: string;
    coordinates: string;
    sourcesTitle: string;
    peopleSummary: (people: string, status: "reported" | "partial" | "notReported") => string;
    departureSummary: (events: number) => string;
    attribution: string;
  };
  /** `reasons`: why a part of a link was ignored, templates filled in by the notice (lib/url/ignore-reasons.ts). */
  notice: { title: string; body: string; dismiss: string; reasons: IgnoreTemplates };
  export: {
    download: string;
    downloadMap: string;
    size: string;
    background: string;
    sizes: Record<"screen" | "social" | "slide", string>;
    backgrounds: Record<"light" | "dark" | "transparent", string>;
    busy: (what: string) => string;
    done: (file: string) => string;
    failed: (why: string) => string;
    mapTitle: (filter: string) => string;
    mapSubtitle: string;
    mapLegendRoutes: string;
    mapLegendDisputed: string;
    mapNotReady: string;
    /** CSV column headers (with units) by column key of lib/export/chart-csv.ts. */
    csvHeaders: Record<
      "month" | "date" | "year" | "fiscalYear" | "victims" | "perDay" | "stated" | "sesnsp" | "inegi" | "pounds" | "isPartial" | "people" | "runningTotal",
      string
    >;
  };
  share: { copy: string; copied: string; share: string; manual: string; chartLink: string; embed: string; embedHint: string; embedBack: string };
  charts: {
    sectionTitle: string;
    sectionLede: string;
    /** After the lede: the link to the timeline, where each mark's story is. */
    timelineLink: string;
    showTable: string;
    /** Link that closes an open data table. */
    hideTable: string;
    /** Name of a chart's picture box, which turns interactive when reached. */
    explore: string;
    caveats: string;
    source: string;
    dataAsOf: (date: string) => string;
    dataAsOfLabel: string;
    month: string;
    year: string;
    /** A link's range holds no month of this series: the whole series is shown instead. */
    rangeMissed: (range: string) => string;
    /** The interactive chart failed; the picture stays. */
    plotFailed: string;
    /** A change of government's line: "New government in Mexico (Oct 1, 2024)". */
    annotationGovernment: (country: "mexico" | "united_states", date: string) => string;
    annotationTransfer: (date: string) => string;
    /** Over the list of a chart's marks under its data table, each a link to its timeline entry. */
    marksHeading: string;
    /** The legend of the policy marks above the plot, one per kind; each links to the timeline of that kind. */
    annotationKinds: { tariff: string; designation: string; agreement: string };
    /** The legend of the claims' marks, and one mark's tooltip: "Claimed −44% (stated Mar 10, 2026)". */
    annotationClaims: string;
    claimMarkTitle: (stated: string, date: string) => string;
    moreSources: (n: number) => string;
    /** "from January 2018 to June 2025": a series' months, for descriptions. */
    span: (from: string, to: string) => string;
    homicides: {
      title: string;
      subtitle: string;
      description: (counted: string, stated: string) => string;
      counted: string;
      stated: string;
      perDayCol: string;
      victimsCol: string;
      statedCol: string;
    };
    annual: { title: string; subtitle: string; description: (from: number, to: number) => string; why: string; sesnsp: string; inegi: string; note: string };
    fentanyl: {
      title: string;
      subtitle: (scope: string) => string;
      description: (scope: string, span: string) => string;
      pounds: string;
      scopeLabel: string;
      scopes: Record<"swb" | "nationwide", string>;
    };
    fiscal: {
      title: string;
      subtitle: (scope: string) => string;
      description: (first: number, last: number) => string;
      /** Said after the description when the last fiscal year is not complete in the data. */
      partialNote: (fiscalYear: number, span: string) => string;
      fiscalYear: string;
      coverage: string;
      partial: (range: string) => string;
      full: string;
    };
    transfers: { title: string; subtitle: string; description: (list: string, total: string) => string; people: string; runningTotal: string; date: string };
  };
}

const en: Messages = {
  preview: PREVIEW_MESSAGES.en,
  people: PEOPLE_MESSAGES.en,
  claims: CLAIM_MESSAGES.en,
  timeline: TIMELINE_MESSAGES.en,
  notFoundPage: {
    title: "Page not found",
    body: "There is no page at this address. The link may be mistyped or cut short; the atlas and its sources are below.",
    home: "Open the overview",
    sources: "Sources and discrepancies",
  },
  site: {
    name: "Extradition Atlas",
    tagline: "Mexico's mass transfers of prisoners to the United States, and the numbers cited around them",
    navOverview: "Overview",
    navSources: "Sources and discrepancies",
    skipToContent: "Skip to content",
    language: "Language",
    themeToDark: "Dark theme",
    themeToLight: "Light theme",
  },
  common: {
    retry: "Try again",
    pictureFailed: "This picture could not be loaded. The rest of the page shows the same view.",
    loadFailed: "This could not be loaded; check the connection.",
    notReported: "not reported",
    sources: "Sources",
    sourceCount: (n) => `${n} source${n === 1 ? "" : "s"}`,
    confidence: { high: "high confidence", medium: "medium confidence", low: "low confidence" },
    people: (n) => `${numberFormat("en", {}).format(n)} ${n === 1 ? "person" : "people"}`,
    atLeast: (n) => `at least ${n} reported`,
    seeDiscrepancy: (id) => `Sources disagree: see ${id}`,
  },
  headline: {
    title: (total, transfers) => `${total} people sent to the United States in ${transfers} mass transfers`,
    lede: "Mexico calls them transfers under its National Security Law, not extraditions. Every figure below links to the sources that report it; where no source gives a value, it says so.",
    latestTitle: "The latest transfer",
    date: "Date",
    people: "People transferred",
    aircraft: "Aircraft",
    departure: "Departure",
    alsoReported: "Also reported",
    destinations: "Destinations",
    destinationsNote: "Landing cities are not trial courts: the people are charged in districts across the country.",
    disputed: "reported by some sources, not others",
    proxy: "city reported; point placed at its main airport",
    stateOnly: "state reported; location within the state not reported",
    deathPenalty: "No-death-penalty commitment at the time",
    deathPenaltyYes: "Yes",
    deathPenaltyNo: "No",
    allTransfersTitle: "All three transfers",
    allTransfersTable: "Table of the three transfers",
    runningTotal: "Running total",
    destinationCount: "Destinations",
    weekday: { Sunday: "Sunday", Monday: "Monday", Tuesday: "Tuesday", Wednesday: "Wednesday", Thursday: "Thursday", Friday: "Friday", Saturday: "Saturday" },
  },
  sourcesPage: {
    title: "Sources and discrepancies",
    lede: "Where sources disagree we show every reported version with its sources, and our assessment. Below that, every source the dashboard cites.",
    discrepanciesTitle: "Where sources disagree",
    assessment: "Assessment",
    event: "Transfer",
    general: "General",
    versions: "Reported versions",
    sourcesTitle: "All sources",
    topics: {
      "ev2025-02": "First transfer (Feb 2025)",
      "ev2025-08": "Second transfer (Aug 2025)",
      "ev2026-01": "Third transfer (Jan 2026)",
      claims: "Official claims",
      places: "Places and coordinates",
      fentanyl: "Fentanyl seizures (CBP)",
      homicides: "Homicides in Mexico",
      people: "The people's court cases",
      timeline: "The story around the transfers: calls, meetings, tariffs, designations, military actions",
    },
    published: "Published",
    undated: "date not shown",
    language: { en: "English", es: "Spanish", de: "German" },
    titleBasis: {
      page: "title as on the page",
      url_slug: "title rebuilt from the URL",
      descriptive: "descriptive title (ours)",
      repository_path: "repository file",
    },
    updatedTitle: "Last updated",
    compiled: (date) => `Transfers, places, claims and sources compiled ${date}.`,
    seriesAsOf: (series, date) => `${series}: data as of ${date}.`,
    downloadsTitle: "Download the data",
    downloadsLede:
      "Every file behind the dashboard, exactly as validated at build time. data/README.md in the repository describes each field, unit and caveat.",
    files: {
      transfers: "The three transfers: dates, people, aircraft, departures, destinations, named people, announcements (JSON)",
      places: "Departure airports and destinations with coordinates, kind and mapping notes (JSON)",
      claims: "The official claims and the comparison windows used to check them (JSON)",
      discrepancies: "Every point where sources disagree, with each version and its sources (JSON)",
      sources: "Every cited source: URL, publisher, date, title, language (JSON)",
      seriesMeta: "The statistical series: units, coverage, scopes and caveats (JSON)",
      fentanylMonthly: "CBP fentanyl seizures by month and scope, pounds (CSV)",
      fentanylFiscalYears: "CBP fentanyl seizures by U.S. fiscal year, pounds (CSV)",
      homicidesMonthly: "SESNSP victims of intentional homicide by month (CSV)",
      homicidesStated: "Daily averages stated by the government, with the date of each statement (CSV)",
      homicidesAnnual: "Annual SESNSP and INEGI homicide totals (CSV)",
      changelog: "Every refresh from an agency's file: the release, new months and revised values (JSON)",
      people: "The named people: transfer, alleged organisation, charges, courts and dated court events, each with its sources (JSON)",
      courts: "The courts that hear their cases, and where each sits (JSON)",
      timeline:
        "The dated moments around the transfers: calls, meetings, tariffs, designations, the agreement, military actions, claims, each with its sources (JSON)",
    },
    updatesTitle: "Data updates",
    updatesNone: "No official file has been read into the series since they were compiled.",
    updateLine: (agency, dataTo, n, revised, removed) =>
      `${agency} release with data to ${dataTo}: ${n === 1 ? "1 new month" : `${n} new months`}, ${revised} revised${removed ? `, ${removed} removed` : ""}`,
    updateApplied: (date) => `applied ${date}`,
    updatesDetails: "What changed",
    fileLine: (name, sha, retrieved) => `File ${name}, SHA-256 ${sha}${retrieved ? `, read ${retrieved}` : ""}`,
    updateRevised: (what, from, to, change) => `${what}: ${from} → ${to} (${change})`,
    updateNewMonths: (months) => `New: ${months}`,
    updateRemoved: (what, from) => `${what}: ${from}, no longer in the file`,
    methodTitle: "How the numbers are computed",
    method: [
      "Running totals (29, 55, 92) are the cumulative sum of the people counts in date order; the data check fails the build if the file disagrees.",
      "Victims per day = SESNSP victims in a month ÷ days in that month (leap years counted). The government's stated daily averages are a separate series, shown as such and never mixed into the counts.",
      "Fiscal-year totals are CBP's own sums; the data check verifies each against its twelve months (within 0.05 lb of rounding). A fiscal year the data do not complete yet is marked partial and is not comparable with full years.",
      "A change = (after − before) ÷ before. For a claim, before and after are computed over each window the claim's sources used; a window outside the data is reported as not covered, never estimated.",
    ],
    claimWindows: "Windows checked",
  },
  footer: {
    data: (compiled) => `Data compiled ${compiled} from public reports and official datasets.`,
    method: "Nothing here is estimated: a value that no source gives is shown as not reported.",
  },
  map: {
    title: "Where the flights went",
    lede: "Each line is a reported route from a departure airport in Mexico to a U.S. destination. Choose a transfer, then a place on the map or in the list for its details and sources.",
    filterLabel: "Transfer",
    all: "All three",
    mapLabel: "Map of the transfer flights",
    mapDescription: (filter) =>
      `Great-circle routes of ${filter} from Mexico to the United States. The list of places next to the map holds the same information.`,
    allTransfersPhrase: "all three transfers",
    transferOf: (date) => `the transfer of ${date}`,
    loading: "Loading the map…",
    failed: "The map could not be drawn in this browser. The list of places holds the same information.",
    explore: "Explore the map",
    unavailable: "The interactive map is unavailable in this browser. The picture shows the same view, and the list of places holds the same information.",
    pictureAlt: (filter, selected, places) =>
      `Map of the reported routes of ${filter}, from Mexico to the United States: ${places} places${selected ? `, ${selected} selected with its routes highlighted` : ""}.`,
    placesTitle: "Places",
    departures: "Departures (Mexico)",
    destinations: "Destinations (United States)",
    legendTitle: "Legend",
    legendSolid: "Route reported",
    legendDashed: "Route disputed: reported by some sources, not others, or departure not confirmed",
    legendReported: "Destination: area proportional to people, where reported",
    legendNotReported: "Destination: number of people not reported",
    legendPartial: "Count reported for some transfers only",
    legendDeparture: "Departure airport",
    legendShared: "Grey: destination of more than one of the chosen transfers",
    legendProxy: "* only the city was reported: point at its main airport",
    legendState: "Hatched: only the state was reported; location within it not reported",
    detailEmpty: "Choose a place on the map or in the list to see who went there, how sure the sources are, and where the information comes from.",
    close: "Close details",
    departureFor: "Departure for",
    landedHere: "Landed here",
    named: "Named people",
    court: "court",
    courtUnknown: "court not reported",
    caseStatus: "status",
    courtDisputed: "disputed: see the versions",
    candidateDistricts: "Federal districts in the state (none confirmed)",
    coordinates: "About this point",
    sourcesTitle: "Sources",
    peopleSummary: (people, status) =>
      status === "notReported" ? "people: not reported" : status === "partial" ? `${people}+ people (partly reported)` : `${people} people`,
    departureSummary: (events) => `departure, ${events} transfer${events === 1 ? "" : "s"}`,
    attribution: "Basemap: Natural Earth; U.S. states: U.S. Census Bureau (via us-atlas)",
  },
  export: {
    download: "Download",
    downloadMap: "Download the map",
    size: "Size",
    background: "Background",
    sizes: { screen: "As on screen", social: "Social card (1200×630)", slide: "Slide (1920×1080)" },
    backgrounds: { light: "Light", dark: "Dark", transparent: "Transparent" },
    busy: (what) => `Preparing ${what}…`,
    done: (file) => `Saved ${file}`,
    failed: (why) => `Could not export: ${why}`,
    mapTitle: (filter) => `Transfer flights from Mexico to the United States: ${filter}`,
    mapSubtitle: "Each line is a route reported from a departure airport in Mexico to a U.S. destination.",
    mapLegendRoutes: "Route reported",
    mapLegendDisputed: "Reported by some sources, not others",
    mapNotReady: "the map has not finished drawing yet",
    csvHeaders: {
      month: "month",
      date: "date",
      year: "year",
      fiscalYear: "fiscal_year",
      victims: "sesnsp_victims",
      perDay: "sesnsp_victims_per_day",
      stated: "government_stated_victims_per_day",
      sesnsp: "sesnsp_victims",
      inegi: "inegi_homicides",
      pounds: "pounds_seized_lbs",
      isPartial: "partial_year",
      people: "people_transferred",
      runningTotal: "running_total_people",
    },
  },
  notice: {
    title: "Part of this link was not understood.",
    body: "It opened with the default view for those parts:",
    dismiss: "Dismiss",
    reasons: IGNORE_REASONS_EN,
  },
  share: {
    copy: "Copy link",
    copied: "Link copied",
    share: "Share…",
    manual: "Your browser did not allow copying. Copy this link:",
    chartLink: "Link to this chart",
    embed: "Embed",
    embedHint: "Copy this code into your page to embed the map in this view:",
    embedBack: "View the full dashboard",
  },
  charts: {
    sectionTitle: "The numbers behind the claims",
    sectionLede:
      "The series both governments cite. The time charts mark the changes of government, the transfers, tariffs, designations, the security agreement and the official claims, each from its entry on the timeline; every chart has a table of the same numbers.",
    timelineLink: "The story around the transfers, on the timeline",
    showTable: "Show the data as a table",
    hideTable: "Hide the table",
    explore: "Interactive chart: point at it or use the arrow keys for values",
    caveats: "About these numbers",
    source: "Source",
    dataAsOf: (date) => `Data as of ${date}`,
    dataAsOfLabel: "Data as of",
    month: "Month",
    year: "Year",
    rangeMissed: (range) => `This series has no data for ${range}; all its months are shown.`,
    plotFailed: "The interactive chart could not be drawn; the picture above shows the same data.",
    annotationGovernment: (country, date) => `New government in ${country === "mexico" ? "Mexico" : "the U.S."} (${date})`,
    annotationTransfer: (date) => `Transfer of ${date}`,
    marksHeading: "Marked on this chart (each opens its entry on the timeline)",
    annotationKinds: { tariff: "Tariffs", designation: "Designations (cartels as terrorists, fentanyl)", agreement: "Security agreement" },
    annotationClaims: "Official claim, at the last month it measured",
    claimMarkTitle: (stated, date) => `Claimed ${stated} (stated ${date})`,
    span: (from, to) => `from ${from} to ${to}`,
    moreSources: (n) => `and ${n} more`,
    homicides: {
      title: "Intentional homicides in Mexico",
      subtitle: "Victims per day, by month",
      description: (counted, stated) =>
        `Monthly victims of intentional homicide per day: SESNSP counts divided by the days in each month ${counted}, and, as a separate series, the daily averages the government stated at press conferences ${stated}.`,
      counted: "SESNSP count ÷ days",
      stated: "Stated at press conferences",
      perDayCol: "Victims per day (SESNSP)",
      victimsCol: "Victims (SESNSP)",
      statedCol: "Stated daily average",
    },
    annual: {
      title: "Homicides per year: two official counts",
      subtitle: "Victims per year",
      description: (from, to) => `Annual homicide totals from SESNSP (prosecutors' case files) and INEGI (death certificates), ${from} to ${to}.`,
      why: "INEGI counts death certificates and SESNSP counts victims in prosecutors' case files, so INEGI's totals run higher.",
      sesnsp: "SESNSP",
      inegi: "INEGI",
      note: "Note",
    },
    fentanyl: {
      title: "Fentanyl seized by U.S. Customs and Border Protection",
      subtitle: (scope) => `Pounds per month, ${scope}`,
      description: (scope, span) => `Monthly pounds of fentanyl seized by CBP, ${scope}, ${span}.`,
      pounds: "Pounds",
      scopeLabel: "Scope",
      scopes: { swb: "Southwest border", nationwide: "Nationwide" },
    },
    fiscal: {
      title: "Fentanyl seized per U.S. fiscal year",
      subtitle: (scope) => `Pounds per fiscal year (October to September), ${scope}`,
      description: (first, last) => `Fiscal-year totals of fentanyl seized by CBP, FY${first} to FY${last}.`,
      partialNote: (fy, span) => ` FY${fy} covers ${span} only.`,
      fiscalYear: "Fiscal year",
      coverage: "Coverage",
      partial: (range) => `partial: ${range}`,
      full: "full year",
    },
    transfers: {
      title: "People transferred to the United States",
      subtitle: "People per transfer and running total",
      description: (list, total) => `The mass transfers, people per transfer: ${list}; ${total} in all.`,
      people: "People in the transfer",
      runningTotal: "Running total",
      date: "Date",
    },
  },
};

/**
 * Spanish (Mexico), in the terms Mexican newsrooms use: "traslado" (not "extradición"),
 * "homicidio doloso", "decomiso", "carpetas de investigación", "gráfica".
 */
const es: Messages = {
  preview: PREVIEW_MESSAGES.es,
  people: PEOPLE_MESSAGES.es,
  claims: CLAIM_MESSAGES.es,
  timeline: TIMELINE_MESSAGES.es,
  notFoundPage: {
    title: "Página no encontrada",
    body: "No hay ninguna página en esta dirección. El enlace puede estar mal escrito o incompleto; el atlas y sus fuentes están abajo.",
    home: "Abrir la vista general",
    sources: "Fuentes y discrepancias",
  },
  site: {
    name: "Extradition Atlas",
    tagline: "Los traslados masivos de presos de México a Estados Unidos, y las cifras que se citan en torno a ellos",
    navOverview: "Resumen",
    navSources: "Fuentes y discrepancias",
    skipToContent: "Saltar al contenido",
    language: "Idioma",
    themeToDark: "Tema oscuro",
    themeToLight: "Tema claro",
  },
  common: {
    retry: "Reintentar",
    pictureFailed: "No se pudo cargar esta imagen. El resto de la página muestra la misma vista.",
    loadFailed: "No se pudo cargar; revisa la conexión.",
    notReported: "no reportado",
    sources: "Fuentes",
    sourceCount: (n) => `${n} ${n === 1 ? "fuente" : "fuentes"}`,
    confidence: { high: "confianza alta", medium: "confianza media", low: "confianza baja" },
    people: (n) => `${numberFormat("es", {}).format(n)} ${n === 1 ? "persona" : "personas"}`,
    atLeast: (n) => `se reportan al menos ${n}`,
    seeDiscrepancy: (id) => `Las fuentes no coinciden: ver ${id}`,
  },
  headline: {
    title: (total, transfers) =>
      `${total} ${total === "1" ? "persona enviada" : "personas enviadas"} a Estados Unidos en ${transfers} ${transfers === 1 ? "traslado masivo" : "traslados masivos"}`,
    lede: "México los llama traslados, con base en la Ley de Seguridad Nacional, no extradiciones. Cada cifra a continuación enlaza a las fuentes que la reportan; cuando ninguna fuente da un valor, así se indica.",
    latestTitle: "El traslado más reciente",
    date: "Fecha",
    people: "Personas trasladadas",
    aircraft: "Aeronave",
    departure: "Salida",
    alsoReported: "También se reportó",
    destinations: "Destinos",
    destinationsNote: "Las ciudades de aterrizaje no son los tribunales que las juzgan: las personas enfrentan cargos en distritos de todo Estados Unidos.",
    disputed: "según algunas fuentes, no según otras",
    proxy: "se reportó la ciudad; el punto se ubica en su aeropuerto principal",
    stateOnly: "se reportó el estado; la ubicación dentro del estado no se reportó",
    deathPenalty: "Compromiso de no aplicar la pena de muerte al momento del traslado",
    deathPenaltyYes: "Sí",
    deathPenaltyNo: "No",
    allTransfersTitle: "Los tres traslados",
    allTransfersTable: "Tabla de los tres traslados",
    runningTotal: "Total acumulado",
    destinationCount: "Destinos",
    weekday: { Sunday: "Domingo", Monday: "Lunes", Tuesday: "Martes", Wednesday: "Miércoles", Thursday: "Jueves", Friday: "Viernes", Saturday: "Sábado" },
  },
  sourcesPage: {
    title: "Fuentes y discrepancias",
    lede: "Cuando las fuentes no coinciden, mostramos cada versión reportada con sus fuentes, y nuestra evaluación. Debajo, todas las fuentes que cita el tablero.",
    discrepanciesTitle: "Donde las fuentes no coinciden",
    assessment: "Evaluación",
    event: "Traslado",
    general: "General",
    versions: "Versiones reportadas",
    sourcesTitle: "Todas las fuentes",
    topics: {
      "ev2025-02": "Primer traslado (feb 2025)",
      "ev2025-08": "Segundo traslado (ago 2025)",
      "ev2026-01": "Tercer traslado (ene 2026)",
      claims: "Afirmaciones oficiales",
      places: "Lugares y coordenadas",
      fentanyl: "Decomisos de fentanilo (CBP)",
      homicides: "Homicidios en México",
      people: "Los procesos judiciales de las personas trasladadas",
      timeline: "La historia en torno a los traslados: llamadas, reuniones, aranceles, designaciones, acciones militares",
    },
    published: "Publicado",
    undated: "fecha no indicada",
    language: { en: "inglés", es: "español", de: "alemán" },
    titleBasis: {
      page: "título tal como aparece en la página",
      url_slug: "título reconstruido a partir de la URL",
      descriptive: "título descriptivo (nuestro)",
      repository_path: "archivo de repositorio",
    },
    updatedTitle: "Última actualización",
    compiled: (date) => `Traslados, lugares, afirmaciones y fuentes compilados el ${date}.`,
    seriesAsOf: (series, date) => `${series}: datos al ${date}.`,
    downloadsTitle: "Descargar los datos",
    downloadsLede:
      "Todos los archivos detrás del tablero, tal como se validaron al compilar el sitio. data/README.md en el repositorio describe cada campo, unidad y salvedad.",
    files: {
      transfers: "Los tres traslados: fechas, personas, aeronaves, salidas, destinos, personas nombradas, anuncios (JSON)",
      places: "Aeropuertos de salida y destinos con coordenadas, tipo y notas de mapeo (JSON)",
      claims: "Las afirmaciones oficiales y los periodos de comparación usados para verificarlas (JSON)",
      discrepancies: "Cada punto en que las fuentes no coinciden, con cada versión y sus fuentes (JSON)",
      sources: "Cada fuente citada: URL, medio, fecha, título, idioma (JSON)",
      seriesMeta: "Las series estadísticas: unidades, cobertura, alcances y salvedades (JSON)",
      fentanylMonthly: "Decomisos de fentanilo de CBP por mes y alcance, en libras (CSV)",
      fentanylFiscalYears: "Decomisos de fentanilo de CBP por año fiscal de EE. UU., en libras (CSV)",
      homicidesMonthly: "Víctimas de homicidio doloso por mes según el SESNSP (CSV)",
      homicidesStated: "Promedios diarios declarados por el gobierno, con la fecha de cada declaración (CSV)",
      homicidesAnnual: "Totales anuales de homicidios del SESNSP y del INEGI (CSV)",
      changelog: "Cada actualización desde el archivo de una agencia: la publicación, los meses nuevos y los valores revisados (JSON)",
      people: "Las personas nombradas: traslado, presunta organización, cargos, tribunales y actuaciones judiciales fechadas, cada dato con sus fuentes (JSON)",
      courts: "Los tribunales que llevan sus casos y dónde tiene sede cada uno (JSON)",
      timeline:
        "Los momentos fechados en torno a los traslados: llamadas, reuniones, aranceles, designaciones, el acuerdo, acciones militares, afirmaciones, cada uno con sus fuentes (JSON)",
    },
    updatesTitle: "Actualizaciones de datos",
    updatesNone: "Ningún archivo oficial se ha incorporado a las series desde que se compilaron.",
    updateLine: (agency, dataTo, n, revised, removed) =>
      `Publicación de ${agency} con datos a ${dataTo}: ${n === 1 ? "1 mes nuevo" : `${n} meses nuevos`}, ${revised} ${revised === 1 ? "revisado" : "revisados"}${removed ? `, ${removed} ${removed === 1 ? "retirado" : "retirados"}` : ""}`,
    updateApplied: (date) => `aplicada el ${date}`,
    updatesDetails: "Qué cambió",
    fileLine: (name, sha, retrieved) => `Archivo ${name}, SHA-256 ${sha}${retrieved ? `, leído el ${retrieved}` : ""}`,
    updateRevised: (what, from, to, change) => `${what}: de ${from} a ${to} (${change})`,
    updateNewMonths: (months) => `Nuevos: ${months}`,
    updateRemoved: (what, from) => `${what}: ${from}, ya no figura en el archivo`,
    methodTitle: "Cómo se calculan las cifras",
    method: [
      "Los totales acumulados (29, 55, 92) son la suma de las personas de cada traslado en orden de fecha; la verificación de datos detiene la compilación si el archivo no coincide.",
      "Víctimas por día = víctimas del SESNSP en un mes ÷ días de ese mes (con años bisiestos). Los promedios diarios declarados por el gobierno son una serie aparte, mostrada como tal y nunca mezclada con los conteos.",
      "Los totales por año fiscal son las sumas de la propia CBP; la verificación compara cada uno con sus doce meses (con 0.05 lb de margen por redondeo). Un año fiscal que los datos aún no completan se marca como parcial y no es comparable con los años completos.",
      "Un cambio = (después − antes) ÷ antes. Para una afirmación, antes y después se calculan en cada periodo que usaron sus fuentes; un periodo fuera de los datos se reporta como no cubierto, nunca se estima.",
    ],
    claimWindows: "Periodos verificados",
  },
  footer: {
    data: (compiled) => `Datos compilados el ${compiled} a partir de informes públicos y conjuntos de datos oficiales.`,
    method: "Aquí no se estima nada: un valor que ninguna fuente da se muestra como no reportado.",
  },
  map: {
    title: "A dónde fueron los vuelos",
    lede: "Cada línea es una ruta reportada desde un aeropuerto de salida en México hasta un destino en Estados Unidos. Elija un traslado y luego un lugar en el mapa o en la lista para ver sus detalles y fuentes.",
    filterLabel: "Traslado",
    all: "Los tres",
    mapLabel: "Mapa de los vuelos de los traslados",
    mapDescription: (filter) =>
      `Rutas de círculo máximo de ${filter} desde México hasta Estados Unidos. La lista de lugares junto al mapa contiene la misma información.`,
    allTransfersPhrase: "los tres traslados",
    transferOf: (date) => `el traslado del ${date}`,
    loading: "Cargando el mapa…",
    failed: "No se pudo dibujar el mapa en este navegador. La lista de lugares contiene la misma información.",
    explore: "Explorar el mapa",
    unavailable:
      "El mapa interactivo no está disponible en este navegador. La imagen muestra la misma vista y la lista de lugares contiene la misma información.",
    pictureAlt: (filter, selected, places) =>
      `Mapa de las rutas reportadas de ${filter}, de México a Estados Unidos: ${places} lugares${selected ? `; ${selected} seleccionado, con sus rutas resaltadas` : ""}.`,
    placesTitle: "Lugares",
    departures: "Salidas (México)",
    destinations: "Destinos (Estados Unidos)",
    legendTitle: "Simbología",
    legendSolid: "Ruta reportada",
    legendDashed: "Ruta en disputa: según algunas fuentes, no según otras, o salida no confirmada",
    legendReported: "Destino: área proporcional al número de personas, donde se reporta",
    legendNotReported: "Destino: número de personas no reportado",
    legendPartial: "Cifra reportada solo para algunos traslados",
    legendDeparture: "Aeropuerto de salida",
    legendShared: "Gris: destino de más de uno de los traslados elegidos",
    legendProxy: "* solo se reportó la ciudad: punto en su aeropuerto principal",
    legendState: "Rayado: solo se reportó el estado; la ubicación dentro de él no se reportó",
    detailEmpty: "Elija un lugar en el mapa o en la lista para ver quiénes llegaron ahí, qué tan seguras están las fuentes y de dónde proviene la información.",
    close: "Cerrar detalles",
    departureFor: "Salida del traslado del",
    landedHere: "Aterrizaron aquí",
    named: "Personas identificadas por nombre",
    court: "tribunal",
    courtUnknown: "tribunal no reportado",
    caseStatus: "situación",
    courtDisputed: "en disputa: ver las versiones",
    candidateDistricts: "Distritos judiciales federales del estado (ninguno confirmado)",
    coordinates: "Sobre este punto",
    sourcesTitle: "Fuentes",
    peopleSummary: (people, status) =>
      status === "notReported"
        ? "personas: no reportado"
        : status === "partial"
          ? `${people}+ personas (reporte parcial)`
          : `${people} ${people === "1" ? "persona" : "personas"}`,
    departureSummary: (events) => `salida, ${events} ${events === 1 ? "traslado" : "traslados"}`,
    attribution: "Mapa base: Natural Earth; estados de EE. UU.: U.S. Census Bureau (vía us-atlas)",
  },
  export: {
    download: "Descargar",
    downloadMap: "Descargar el mapa",
    size: "Tamaño",
    background: "Fondo",
    sizes: { screen: "Como en pantalla", social: "Tarjeta para redes sociales (1200×630)", slide: "Diapositiva (1920×1080)" },
    backgrounds: { light: "Claro", dark: "Oscuro", transparent: "Transparente" },
    busy: (what) => `Preparando ${what}…`,
    done: (file) => `Se guardó ${file}`,
    failed: (why) => `No se pudo exportar: ${why}`,
    mapTitle: (filter) => `Vuelos de los traslados de México a Estados Unidos: ${filter}`,
    mapSubtitle: "Cada línea es una ruta reportada desde un aeropuerto de salida en México hasta un destino en Estados Unidos.",
    mapLegendRoutes: "Ruta reportada",
    mapLegendDisputed: "Según algunas fuentes, no según otras",
    mapNotReady: "el mapa aún no termina de dibujarse",
    csvHeaders: {
      month: "mes",
      date: "fecha",
      year: "año",
      fiscalYear: "año_fiscal",
      victims: "víctimas_sesnsp",
      perDay: "víctimas_sesnsp_por_día",
      stated: "víctimas_por_día_declaradas_por_el_gobierno",
      sesnsp: "víctimas_sesnsp",
      inegi: "homicidios_inegi",
      pounds: "libras_decomisadas_lb",
      isPartial: "año_parcial",
      people: "personas_trasladadas",
      runningTotal: "total_acumulado_personas",
    },
  },
  notice: {
    title: "Parte de este enlace no se entendió.",
    body: "Se abrió con la vista predeterminada para esas partes:",
    dismiss: "Descartar",
    reasons: {
      tooLong: "demasiado largo",
      unknownVersion: "versión de enlace desconocida; se leyó como versión {version}",
      cameraShape: "se esperaba zoom/lat/lon o zoom/lat/lon/rumbo/inclinación",
      cameraNumbers: "se esperaban números",
      zoomRange: "el zoom debe estar entre {min} y {max}",
      latRange: "la latitud debe estar entre ±{max}",
      lonRange: "la longitud debe estar entre ±{max}",
      bearingRange: "el rumbo debe estar entre ±{max}",
      pitchRange: "la inclinación debe estar entre {min} y {max}",
      oneOf: "se esperaba uno de: {values}",
      noSuchTransfer: "no es un traslado de los datos",
      noSuchPlace: "no es un lugar del mapa",
      noSuchPerson: "no es una persona de los datos",
      noSuchEntry: "no es una entrada de la cronología en los datos",
      noSuchCourt: "no es un tribunal de los datos",
      rangeShape: "se esperaba AAAA-MM..AAAA-MM",
      rangeReversed: "el intervalo termina antes de empezar",
      flag: "se esperaba 1 o 0",
      rangeNoData: "no hay datos en esos meses (las series cubren {from}..{to})",
      rangeCut: "recortado a los meses con datos: {from}..{to}",
    },
  },
  share: {
    copy: "Copiar enlace",
    copied: "Enlace copiado",
    share: "Compartir…",
    manual: "Su navegador no permitió copiar. Copie este enlace:",
    chartLink: "Enlace a esta gráfica",
    embed: "Insertar",
    embedHint: "Copie este código en su página para insertar el mapa en esta vista:",
    embedBack: "Ver el tablero completo",
  },
  charts: {
    sectionTitle: "Las cifras detrás de las afirmaciones",
    sectionLede:
      "Las series que citan ambos gobiernos. Las gráficas en el tiempo marcan los cambios de gobierno, los traslados, los aranceles, las designaciones, el acuerdo de seguridad y las afirmaciones oficiales, cada uno desde su entrada en la cronología; cada gráfica tiene una tabla con las mismas cifras.",
    timelineLink: "La historia en torno a los traslados, en la cronología",
    showTable: "Mostrar los datos como tabla",
    hideTable: "Ocultar la tabla",
    explore: "Gráfica interactiva: señálela o use las flechas del teclado para ver los valores",
    caveats: "Sobre estas cifras",
    source: "Fuente",
    dataAsOf: (date) => `Datos al ${date}`,
    dataAsOfLabel: "Datos al",
    month: "Mes",
    rangeMissed: (range) => `Esta serie no tiene datos de ${range}; se muestran todos sus meses.`,
    plotFailed: "No se pudo dibujar el gráfico interactivo; la imagen de arriba muestra los mismos datos.",
    year: "Año",
    annotationGovernment: (country, date) => `Nuevo gobierno en ${country === "mexico" ? "México" : "EE.UU."} (${date})`,
    annotationTransfer: (date) => `Traslado del ${date}`,
    marksHeading: "Marcado en este gráfico (cada marca abre su entrada en la cronología)",
    annotationKinds: { tariff: "Aranceles", designation: "Designaciones (cárteles como terroristas, fentanilo)", agreement: "Acuerdo de seguridad" },
    annotationClaims: "Afirmación oficial, en el último mes que midió",
    claimMarkTitle: (stated, date) => `Afirmado: ${stated} (declarado el ${date})`,
    span: (from, to) => `de ${from} a ${to}`,
    moreSources: (n) => `y ${n} más`,
    homicides: {
      title: "Homicidios dolosos en México",
      subtitle: "Víctimas por día, por mes",
      description: (counted, stated) =>
        `Víctimas mensuales de homicidio doloso por día: conteos del SESNSP divididos entre los días de cada mes, ${counted}, y, como serie aparte, los promedios diarios que el gobierno declaró en conferencias de prensa ${stated}.`,
      counted: "Conteo del SESNSP ÷ días",
      stated: "Declarado en conferencias de prensa",
      perDayCol: "Víctimas por día (SESNSP)",
      victimsCol: "Víctimas (SESNSP)",
      statedCol: "Promedio diario declarado",
    },
    annual: {
      title: "Homicidios por año: dos conteos oficiales",
      subtitle: "Víctimas por año",
      description: (from, to) =>
        `Totales anuales de homicidios del SESNSP (carpetas de investigación de las fiscalías) y del INEGI (certificados de defunción), de ${from} a ${to}.`,
      why: "El INEGI cuenta certificados de defunción y el SESNSP cuenta víctimas en las carpetas de investigación de las fiscalías, por lo que los totales del INEGI son más altos.",
      sesnsp: "SESNSP",
      inegi: "INEGI",
      note: "Nota",
    },
    fentanyl: {
      title: "Fentanilo decomisado por Aduanas y Protección Fronteriza (CBP) de Estados Unidos",
      subtitle: (scope) => `Libras por mes, ${scope}`,
      description: (scope, span) => `Libras de fentanilo decomisadas cada mes por CBP, ${scope}, ${span}.`,
      pounds: "Libras",
      scopeLabel: "Ámbito",
      scopes: { swb: "Frontera suroeste", nationwide: "Todo el país" },
    },
    fiscal: {
      title: "Fentanilo decomisado por año fiscal de Estados Unidos",
      subtitle: (scope) => `Libras por año fiscal (octubre a septiembre), ${scope}`,
      description: (first, last) => `Totales por año fiscal del fentanilo decomisado por CBP, del año fiscal ${first} al ${last}.`,
      partialNote: (fy, span) => ` El año fiscal ${fy} solo abarca ${span}.`,
      fiscalYear: "Año fiscal",
      coverage: "Cobertura",
      partial: (range) => `parcial: ${range}`,
      full: "año completo",
    },
    transfers: {
      title: "Personas trasladadas a Estados Unidos",
      subtitle: "Personas por traslado y total acumulado",
      description: (list, total) => `Los traslados masivos, personas por traslado: ${list}; ${total} en total.`,
      people: "Personas en el traslado",
      runningTotal: "Total acumulado",
      date: "Fecha",
    },
  },
};

const CATALOGUES: Record<Locale, Messages> = { en, es };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}
