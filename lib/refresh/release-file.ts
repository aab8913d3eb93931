import type { Source } from "../schema/sources";

/** The file a refresh reads, as the command found it. */
export interface ReleaseFile {
  /** The URL it was downloaded from, or the local file's name. */
  name: string;
  url?: string;
  sha256: string;
  bytes: number;
  /** The date the file was read (YYYY-MM-DD, UTC). */
  retrieved: string;
}

/** What each agency's releases are called and where they are published. */
export interface Agency {
  series: "fentanyl" | "homicides";
  idPrefix: string;
  publisher: string;
  /** The page that lists the agency's files: the source's URL when a local file has no URL of its own. */
  page: string;
  language: Source["language"];
  title: (dataTo: string) => string;
  /** Publisher and title in a few words, for the source lines under the charts. */
  shortTitle: (dataTo: string) => string;
  /** "CBP", for change-log lines. */
  short: string;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

/** "April 2026" from "2026-04", in the data's own English ("abril de 2026" for SESNSP's Spanish titles). */
export function monthName(month: string, language: "en" | "es" = "en"): string {
  const [year, m] = month.split("-");
  return language === "es" ? `${ES_MONTHS[Number(m) - 1]} de ${year}` : `${EN_MONTHS[Number(m) - 1]} ${year}`;
}

/** "Apr 2026" ("abr 2026" in Spanish): the short form data/ notes use. */
export function shortMonthName(month: string, language: "en" | "es" = "en"): string {
  const name = monthName(month, language).split(" ")[0]!;
  return `${name.slice(0, 3)} ${month.slice(0, 4)}`;
}

export const AGENCIES = {
  cbp: {
    series: "fentanyl",
    idPrefix: "cbp_drugs",
    publisher: "U.S. Customs and Border Protection",
    page: "https://www.cbp.gov/document/stats/nationwide-drug-seizures",
    language: "en",
    title: (dataTo) => `Nationwide Drug Seizures, data through ${monthName(dataTo)}, CSV`,
    shortTitle: (dataTo) => `CBP, Nationwide Drug Seizures (to ${monthName(dataTo)})`,
    short: "CBP",
  },
  sesnsp: {
    series: "homicides",
    idPrefix: "sesnsp_victims",
    publisher: "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)",
    page: "https://www.gob.mx/sesnsp/acciones-y-programas/datos-abiertos-de-incidencia-delictiva",
    language: "es",
    title: (dataTo) => `Víctimas de delitos del fuero común (nueva metodología), datos a ${monthName(dataTo, "es")}, CSV`,
    shortTitle: (dataTo) => `SESNSP, víctimas, a ${monthName(dataTo, "es")}`,
    short: "SESNSP",
  },
} as const satisfies Record<string, Agency>;

export type AgencyId = keyof typeof AGENCIES;

/** The source record a refresh adds for its file (or the one already recorded for the same bytes). */
export function releaseSource(agency: Agency, file: ReleaseFile, dataTo: string, sources: readonly Source[]): { source: Source; isNew: boolean } {
  const known = sources.find((s) => s.file?.sha256 === file.sha256);
  if (known) return { source: known, isNew: false };
  const source: Source = {
    id: `${agency.idPrefix}_${dataTo}_${file.sha256.slice(0, 8)}`,
    url: file.url ?? agency.page,
    publisher: agency.publisher,
    published: null,
    published_note: {
      en: `release with data through ${monthName(dataTo)}; retrieved ${file.retrieved}`,
      es: `publicación con datos hasta ${monthName(dataTo, "es")}; obtenida el ${file.retrieved}`,
    },
    title: agency.title(dataTo),
    short_title: agency.shortTitle(dataTo),
    title_basis: "descriptive",
    language: agency.language,
    topic: agency.series,
    // Written in both languages like every text a reader sees; the file's title stays as the agency publishes it.
    note: file.url
      ? { en: `Read by npm run refresh from ${file.url}.`, es: `Leído por npm run refresh desde ${file.url}.` }
      : {
          en: `Read by npm run refresh from a local copy named ${file.name}; the URL is the agency's page that lists its files.`,
          es: `Leído por npm run refresh desde una copia local llamada ${file.name}; la URL es la página de la dependencia que lista sus archivos.`,
        },
    file: { name: file.name, sha256: file.sha256, retrieved: file.retrieved, bytes: file.bytes },
  };
  return { source, isNew: true };
}
