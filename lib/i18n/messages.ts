import type { Locale } from "./locale";

/**
 * Every user-facing string, by language. Components never hold literal copy: they take
 * `Messages` and call these. A Spanish catalogue must satisfy the same type, so a missing key
 * fails `tsc`.
 */
export interface Messages {
  site: { name: string; tagline: string; navOverview: string; navSources: string; skipToContent: string };
  common: {
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
    runningTotal: string;
    destinationCount: string;
    weekday: Record<string, string>;
  };
  claims: {
    title: string;
    lede: string;
    claimed: string;
    claimedBy: (claimant: string) => string;
    firstStated: string;
    window: string;
    baseline: string;
    comparison: string;
    computed: string;
    difference: string;
    pointsUnit: string;
    basis: Record<"stated" | "press_check" | "interpretation", string>;
    derivation: Record<"sesnspCountPerDay" | "statedDailyAverage" | "cbpTotal", string>;
    unitPerDay: string;
    unitPounds: string;
    notCovered: string;
    method: string;
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
    topics: Record<"ev2025-02" | "ev2025-08" | "ev2026-01" | "claims" | "places" | "fentanyl" | "homicides", string>;
    published: string;
    undated: string;
    language: Record<"en" | "es" | "de", string>;
    titleBasis: Record<"page" | "url_slug" | "descriptive" | "repository_path", string>;
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
    candidateDistricts: string;
    coordinates: string;
    sourcesTitle: string;
    peopleSummary: (people: string, status: "reported" | "partial" | "notReported") => string;
    departureSummary: (events: number) => string;
    attribution: string;
  };
  notice: { title: string; body: string; dismiss: string };
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
  };
  share: { copy: string; copied: string; share: string; manual: string; chartLink: string };
  charts: {
    sectionTitle: string;
    sectionLede: string;
    showTable: string;
    caveats: string;
    source: string;
    dataAsOf: (date: string) => string;
    dataAsOfLabel: string;
    loading: string;
    month: string;
    year: string;
    annotationAdministration: string;
    annotationTransfer: (date: string) => string;
    moreSources: (n: number) => string;
    homicides: { title: string; subtitle: string; description: string; counted: string; stated: string; perDayCol: string; victimsCol: string; statedCol: string };
    annual: { title: string; subtitle: string; description: string; why: string; sesnsp: string; inegi: string; note: string };
    fentanyl: { title: string; subtitle: (scope: string) => string; description: (scope: string) => string; pounds: string; scopeLabel: string };
    fiscal: { title: string; subtitle: (scope: string) => string; description: string; fiscalYear: string; coverage: string; partial: string; full: string };
    transfers: { title: string; subtitle: string; description: (list: string, total: string) => string; people: string; runningTotal: string; date: string };
  };
}

const en: Messages = {
  site: {
    name: "Extradition Atlas",
    tagline: "Mexico's mass transfers of prisoners to the United States, and the numbers cited around them",
    navOverview: "Overview",
    navSources: "Sources and discrepancies",
    skipToContent: "Skip to content",
  },
  common: {
    notReported: "not reported",
    sources: "Sources",
    sourceCount: (n) => `${n} source${n === 1 ? "" : "s"}`,
    confidence: { high: "high confidence", medium: "medium confidence", low: "low confidence" },
    people: (n) => `${n.toLocaleString("en-US")} ${n === 1 ? "person" : "people"}`,
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
    runningTotal: "Running total",
    destinationCount: "Destinations",
    weekday: { Sunday: "Sunday", Monday: "Monday", Tuesday: "Tuesday", Wednesday: "Wednesday", Thursday: "Thursday", Friday: "Friday", Saturday: "Saturday" },
  },
  claims: {
    title: "The official claims, recomputed",
    lede: "Each claim is recomputed from the series in this dashboard over every comparison window its sources used. The table reports; it does not judge.",
    claimed: "Claimed",
    claimedBy: (claimant) => `Claimed by ${claimant}`,
    firstStated: "Stated",
    window: "Window compared",
    baseline: "Before",
    comparison: "After",
    computed: "Computed from our data",
    difference: "Computed minus claimed",
    pointsUnit: "pts",
    basis: {
      stated: "window the claimant used",
      press_check: "window a press check used",
      interpretation: "one reading of an unspecified period",
    },
    derivation: {
      sesnspCountPerDay: "SESNSP count ÷ days",
      statedDailyAverage: "government-stated average",
      cbpTotal: "CBP monthly data, summed",
    },
    unitPerDay: "victims/day",
    unitPounds: "lbs",
    notCovered: "not in our data",
    method: "Change = (after − before) ÷ before. Homicides: victims per day; a SESNSP count is used where one exists, otherwise the latest government-stated average for that month. Fentanyl: pounds seized by CBP, summed over the window's months.",
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
    mapDescription: (filter) => `Great-circle routes of ${filter} from Mexico to the United States. The list of places next to the map holds the same information.`,
    allTransfersPhrase: "all three transfers",
    transferOf: (date) => `the transfer of ${date}`,
    loading: "Loading the map…",
    failed: "The map could not be drawn in this browser. The list of places holds the same information.",
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
  },
  notice: {
    title: "Part of this link was not understood.",
    body: "It opened with the default view for those parts:",
    dismiss: "Dismiss",
  },
  share: {
    copy: "Copy link",
    copied: "Link copied",
    share: "Share…",
    manual: "Your browser did not allow copying. Copy this link:",
    chartLink: "Link to this chart",
  },
  charts: {
    sectionTitle: "The numbers behind the claims",
    sectionLede: "The series both governments cite. Every chart marks the three transfers and the start of the current Mexican administration; each has a table of the same numbers.",
    showTable: "Show the data as a table",
    caveats: "About these numbers",
    source: "Source",
    dataAsOf: (date) => `Data as of ${date}`,
    dataAsOfLabel: "Data as of",
    loading: "Drawing the chart…",
    month: "Month",
    year: "Year",
    annotationAdministration: "New administration (Oct 1, 2024)",
    annotationTransfer: (date) => `Transfer of ${date}`,
    moreSources: (n) => `and ${n} more`,
    homicides: {
      title: "Intentional homicides in Mexico",
      subtitle: "Victims per day, by month",
      description: "Monthly victims of intentional homicide per day: SESNSP counts divided by the days in each month from January 2018 to June 2025, and, as a separate series, the daily averages the government stated at press conferences from September 2024 to February 2026.",
      counted: "SESNSP count ÷ days",
      stated: "Stated at press conferences",
      perDayCol: "Victims per day (SESNSP)",
      victimsCol: "Victims (SESNSP)",
      statedCol: "Stated daily average",
    },
    annual: {
      title: "Homicides per year: two official counts",
      subtitle: "Victims per year",
      description: "Annual homicide totals from SESNSP (prosecutors' case files) and INEGI (death certificates), 2015 to 2024.",
      why: "INEGI counts death certificates and SESNSP counts victims in prosecutors' case files, so INEGI's totals run higher.",
      sesnsp: "SESNSP",
      inegi: "INEGI",
      note: "Note",
    },
    fentanyl: {
      title: "Fentanyl seized by U.S. Customs and Border Protection",
      subtitle: (scope) => `Pounds per month, ${scope}`,
      description: (scope) => `Monthly pounds of fentanyl seized by CBP, ${scope}, October 2018 to April 2026.`,
      pounds: "Pounds",
      scopeLabel: "Scope",
    },
    fiscal: {
      title: "Fentanyl seized per U.S. fiscal year",
      subtitle: (scope) => `Pounds per fiscal year (October to September), ${scope}`,
      description: "Fiscal-year totals of fentanyl seized by CBP, FY2019 to FY2026. FY2026 covers October 2025 to April 2026 only.",
      fiscalYear: "Fiscal year",
      coverage: "Coverage",
      partial: "partial: Oct 2025 – Apr 2026",
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

const CATALOGUES: Record<Locale, Messages> = { en };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}
