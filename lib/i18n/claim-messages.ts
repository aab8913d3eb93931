import type { Locale } from "./locale";

/**
 * The words of the claims section (lib/texts/claim-checks.tsx) and the claims CSV, part of the
 * catalogue as `Messages["claims"]`. Neutral by rule: a check reports both numbers and says what it
 * was checked against; only an independent series can bear a claim out.
 */
export interface ClaimMessages {
  title: string;
  lede: string;
  claimed: string;
  claimedBy: (claimant: string) => string;
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
  /** "Latest statement: Mar 10, 2026" */
  latestStated: (date: string) => string;
  /** "Every statement, newest first (13)": the statements table's heading on /claims. */
  allStatements: (count: number) => string;
  /** /claims: the section's title and lede; the heading over a claim's windows; the links from / to it. */
  fullTitle: string;
  fullLede: string;
  windowsTitle: string;
  more: (count: number) => string;
  moreWithWindows: (count: number) => string;
  /** The page's title in the header's navigation. */
  nav: string;
  /** "By Marcela Figueroa, head of the SESNSP", when a statement's speaker is not the claim's claimant. */
  saidBy: (who: string) => string;
  /** "measured as fentanyl 'flow'": the metric as the statement worded it. */
  metricAsStated: (metric: string) => string;
  noWindow: string;
  statementColumns: { date: string; who: string; stated: string; period: string; found: string; sources: string };
  /** Badge for a statement reported by one outlet only, and its explanation. */
  unconfirmed: string;
  unconfirmedHint: string;
  /** "1 statement reported only by low-authority outlets is not shown (Dec 15, 2025)." */
  leftOut: (count: number, dates: string) => string;
  /** The CSV of every statement shown, with windows and sources. */
  csv: string;
  csvTitle: string;
  csvHeaders: Record<
    | "claim"
    | "topic"
    | "date"
    | "who"
    | "venue"
    | "statedPct"
    | "period"
    | "outcome"
    | "series"
    | "baselineMonths"
    | "baselineValue"
    | "comparisonMonths"
    | "comparisonValue"
    | "computedPct"
    | "finding"
    | "confidence"
    | "sources",
    string
  >;
  outcome: {
    /** "Checked against CBP's seizure files (southwest border): Apr–Jun 2025, 2,141.0 lb against Apr–Jun 2024, 5,034.7 lb = −57.48% for the stated −57.48%." */
    independent: (series: string, comparison: string, baseline: string, computed: string, stated: string) => string;
    /** "Arithmetic on the claimant's own figures: 86.9 (Sep 2024) → 48.8 (Feb 2026) = −43.8%. Not an independent check." */
    arithmetic: (baseline: string, comparison: string, computed: string) => string;
    uncheckable: Record<"no_window" | "metric_not_held" | "outside_data", string>;
  };
  seriesName: { homicides: string; fentanyl: (scope: string) => string };
  /** A link preview's sentence on a chart's latest claim: "Latest official claim: −44% on Mar 10, 2026, by Mexico's government (…); on the claimant's own figures −43.8%, …" */
  latestInPreview: (stated: string, date: string, who: string, finding: string) => string;
  findingShort: {
    independent: (computed: string) => string;
    arithmetic: (computed: string) => string;
    uncheckable: Record<"no_window" | "metric_not_held" | "outside_data", string>;
  };
}

const en: ClaimMessages = {
  title: "The official claims, recomputed",
  lede: "Each claim's latest statement, as stated, and what checking it against the agencies' own series found: checked, only arithmetic on the claimant's figures, or not checkable, with why. Every earlier statement and every window is on the claims page. This reports; it does not judge.",
  claimed: "Claimed",
  claimedBy: (claimant) => `Claimed by ${claimant}`,
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
  method:
    "Change = (after − before) ÷ before. Homicides: victims per day; a SESNSP count is used where one exists, otherwise the latest government-stated average for that month. Fentanyl: pounds seized by CBP, summed over the window's months.",
  latestStated: (date) => `Latest statement: ${date}`,
  allStatements: (count) => `Every statement, newest first (${count})`,
  fullTitle: "Every official claim, every statement, checked",
  fullLede:
    "Each time a claim was made since the first transfer, as stated: who, when, the value and the period as the sources word them. Each is checked as far as the data allow: against an agency's own series, only as arithmetic on the claimant's figures, or not at all, with why. A statement reported by one outlet only is marked; one reported only by low-authority sites is left out and counted.",
  windowsTitle: "Windows its sources used, recomputed from the agencies' series",
  more: (count) => (count === 1 ? "The statement, checked, with its sources" : `All ${count} statements, checked, with their sources`),
  moreWithWindows: (count) =>
    count === 1 ? "The statement and the windows checked, with their sources" : `All ${count} statements and the windows checked, with their sources`,
  nav: "Claims",
  saidBy: (who) => `By ${who}`,
  metricAsStated: (metric) => `measured as ${metric}`,
  noWindow: "no window stated",
  statementColumns: { date: "Date", who: "Who and where", stated: "Stated", period: "Period as stated", found: "What checking found", sources: "Sources" },
  unconfirmed: "one outlet",
  unconfirmedHint: "Reported by a single major outlet; not confirmed by a primary source or a second outlet.",
  leftOut: (count, dates) =>
    `${count} ${count === 1 ? "statement reported" : "statements reported"} only by low-authority outlets ${count === 1 ? "is" : "are"} not shown (${dates}).`,
  csv: "Download every statement (CSV)",
  csvTitle: "Official claims, every statement checked",
  csvHeaders: {
    claim: "claim_id",
    topic: "claim",
    date: "stated_on",
    who: "stated_by",
    venue: "where",
    statedPct: "stated_change_pct",
    period: "period_as_stated",
    outcome: "check",
    series: "checked_against",
    baselineMonths: "before_months",
    baselineValue: "before_value",
    comparisonMonths: "after_months",
    comparisonValue: "after_value",
    computedPct: "computed_change_pct",
    finding: "finding",
    confidence: "confidence",
    sources: "sources",
  },
  outcome: {
    independent: (series, comparison, baseline, computed, stated) =>
      `Checked against ${series}: ${comparison} against ${baseline} = ${computed}, for the stated ${stated}.`,
    arithmetic: (baseline, comparison, computed) =>
      `Arithmetic on the claimant's own figures: ${baseline} → ${comparison} = ${computed}. Not an independent check.`,
    uncheckable: {
      no_window: "Cannot be checked: no comparison window stated.",
      metric_not_held: "Cannot be checked: a measure the atlas does not hold.",
      outside_data: "Cannot be checked against our series: the months fall outside them.",
    },
  },
  seriesName: { homicides: "SESNSP's monthly counts", fentanyl: (scope) => `CBP's seizure files (${scope})` },
  latestInPreview: (stated, date, who, finding) => `Latest official claim: ${stated} on ${date}, by ${who}; ${finding}.`,
  findingShort: {
    independent: (computed) => `the agency's data give ${computed}`,
    arithmetic: (computed) => `on the claimant's own figures ${computed}, not an independent check`,
    uncheckable: {
      no_window: "it states no comparison window, so it cannot be checked",
      metric_not_held: "it measures something no series here holds, so it cannot be checked",
      outside_data: "its months fall outside the series here",
    },
  },
};

const es: ClaimMessages = {
  title: "Las afirmaciones oficiales, recalculadas",
  lede: "La declaración más reciente de cada afirmación, tal como se hizo, y qué arrojó verificarla con las series de las propias agencias: verificada, solo aritmética sobre las cifras de quien la afirma, o no verificable, y por qué. Cada declaración anterior y cada periodo están en la página de afirmaciones. Esto informa; no juzga.",
  claimed: "Afirmado",
  claimedBy: (claimant) => `Quién lo afirma: ${claimant}`,
  window: "Periodo comparado",
  baseline: "Antes",
  comparison: "Después",
  computed: "Calculado con nuestros datos",
  difference: "Calculado menos afirmado",
  pointsUnit: "pp",
  basis: {
    stated: "periodo que usó quien lo afirma",
    press_check: "periodo que usó una verificación periodística",
    interpretation: "una lectura de un periodo no especificado",
  },
  derivation: {
    sesnspCountPerDay: "conteo del SESNSP ÷ días",
    statedDailyAverage: "promedio declarado por el gobierno",
    cbpTotal: "datos mensuales de CBP, sumados",
  },
  unitPerDay: "víctimas/día",
  unitPounds: "lb",
  notCovered: "fuera de nuestros datos",
  method:
    "Cambio = (después − antes) ÷ antes. Homicidios: víctimas por día; se usa un conteo del SESNSP cuando existe y, si no, el promedio más reciente declarado por el gobierno para ese mes. Fentanilo: libras decomisadas por CBP, sumadas en los meses del periodo.",
  latestStated: (date) => `Declaración más reciente: ${date}`,
  allStatements: (count) => `Todas las declaraciones, de la más reciente a la más antigua (${count})`,
  fullTitle: "Cada afirmación oficial, cada declaración, verificada",
  fullLede:
    "Cada vez que se hizo una afirmación desde el primer traslado, tal como se declaró: quién, cuándo, el valor y el periodo como los expresan las fuentes. Cada una se verifica hasta donde lo permiten los datos: con la serie de la propia agencia, solo como aritmética sobre las cifras de quien la afirma, o no se puede, y por qué. Una declaración que reporta un solo medio se marca; una que solo reportan sitios de baja autoridad se omite y se cuenta.",
  windowsTitle: "Periodos que usaron sus fuentes, recalculados con las series de las agencias",
  more: (count) => (count === 1 ? "La declaración, verificada, con sus fuentes" : `Las ${count} declaraciones, verificadas, con sus fuentes`),
  moreWithWindows: (count) =>
    count === 1 ? "La declaración y los periodos verificados, con sus fuentes" : `Las ${count} declaraciones y los periodos verificados, con sus fuentes`,
  nav: "Afirmaciones",
  saidBy: (who) => `Por ${who}`,
  metricAsStated: (metric) => `medido como ${metric}`,
  noWindow: "sin periodo declarado",
  statementColumns: {
    date: "Fecha",
    who: "Quién y dónde",
    stated: "Declarado",
    period: "Periodo, según se declaró",
    found: "Qué arrojó la verificación",
    sources: "Fuentes",
  },
  unconfirmed: "un solo medio",
  unconfirmedHint: "Lo reporta un solo medio importante; no lo confirma una fuente primaria ni un segundo medio.",
  leftOut: (count, dates) =>
    `${count === 1 ? "No se muestra 1 declaración reportada" : `No se muestran ${count} declaraciones reportadas`} solo por medios de baja autoridad (${dates}).`,
  csv: "Descargar todas las declaraciones (CSV)",
  csvTitle: "Afirmaciones oficiales, cada declaración verificada",
  csvHeaders: {
    claim: "id_afirmacion",
    topic: "afirmacion",
    date: "fecha_declaracion",
    who: "declarado_por",
    venue: "donde",
    statedPct: "cambio_declarado_pct",
    period: "periodo_declarado",
    outcome: "verificacion",
    series: "verificado_con",
    baselineMonths: "meses_antes",
    baselineValue: "valor_antes",
    comparisonMonths: "meses_despues",
    comparisonValue: "valor_despues",
    computedPct: "cambio_calculado_pct",
    finding: "resultado",
    confidence: "confianza",
    sources: "fuentes",
  },
  outcome: {
    independent: (series, comparison, baseline, computed, stated) =>
      `Verificado con ${series}: ${comparison} frente a ${baseline} = ${computed}, para el ${stated} declarado.`,
    arithmetic: (baseline, comparison, computed) =>
      `Aritmética sobre las propias cifras de quien lo afirma: ${baseline} → ${comparison} = ${computed}. No es una verificación independiente.`,
    uncheckable: {
      no_window: "No se puede verificar: no se declaró un periodo de comparación.",
      metric_not_held: "No se puede verificar: es una medida que el atlas no tiene.",
      outside_data: "No se puede verificar con nuestras series: los meses quedan fuera de ellas.",
    },
  },
  seriesName: { homicides: "los conteos mensuales del SESNSP", fentanyl: (scope) => `los archivos de decomisos de CBP (${scope})` },
  latestInPreview: (stated, date, who, finding) => `Afirmación oficial más reciente: ${stated} el ${date}, por ${who}; ${finding}.`,
  findingShort: {
    independent: (computed) => `los datos de la agencia dan ${computed}`,
    arithmetic: (computed) => `con las propias cifras de quien lo afirma, ${computed}, sin verificación independiente`,
    uncheckable: {
      no_window: "no declara un periodo de comparación: no se puede verificar",
      metric_not_held: "mide algo que ninguna serie de aquí tiene: no se puede verificar",
      outside_data: "sus meses quedan fuera de las series de aquí",
    },
  },
};

export const CLAIM_MESSAGES: Record<Locale, ClaimMessages> = { en, es };
