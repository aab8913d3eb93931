import { LOCALES } from "../i18n/locale";
import { readCsvText, writeCsvText } from "./csv-text";
import { decodeRelease } from "./decode-release";
import { finishPlan, removalIssues, updatedSeriesMeta, type PlanResult, type RefreshInput, type TotalChange } from "./refresh-plan";
import { AGENCIES, monthName, releaseSource, shortMonthName } from "./release-file";
import { parseSesnspRelease } from "./sesnsp-release";
import { diffSeries, type SeriesValue } from "./series-diff";

/** The note data/homicides-annual.csv gives each SESNSP year, in its two columns (English, Spanish). */
const annualNote = (dataTo: string) => ({
  note: `Victims of homicidio doloso (excl. feminicidio), sum of 12 monthly national totals in the SESNSP release with data to ${shortMonthName(dataTo)}`,
  note_es: `Víctimas de homicidio doloso (sin feminicidio), suma de 12 totales nacionales mensuales de la publicación del SESNSP con datos a ${monthName(dataTo, "es")}`,
});
const SERIES_ORDER = ["INEGI", "SESNSP"];

/**
 * Plans a SESNSP refresh: national victims of homicidio doloso by month merged into the monthly
 * counts from the series' first month on (the release's months replaced, older months kept), and the
 * SESNSP yearly totals of every year the release publishes in full. The government-stated daily
 * averages are a different measurement and stay as they are.
 */
export function planSesnspRefresh(input: RefreshInput, bytes: Uint8Array): PlanResult {
  const { raw, dataset, file } = input;
  const agency = AGENCIES.sesnsp;
  const decoded = decodeRelease(bytes, file.name, { latin1: true });
  if (!decoded.ok) return decoded;
  const parsed = parseSesnspRelease(file.name, decoded.value.text);
  if (!parsed.ok) return parsed;
  const release = parsed.value;
  const seriesStart = dataset.homicidesMonthly[0]?.month ?? release.months[0]!;
  const months = release.months.filter((m) => m >= seriesStart);
  if (months.length === 0) {
    return { ok: false, issues: [{ file: file.name, line: 1, message: `the file publishes no month from ${seriesStart} on, where the series starts` }] };
  }
  const dataTo = months[months.length - 1]!;
  const { source, isNew } = releaseSource(agency, file, dataTo, dataset.sources);

  const existing: SeriesValue[] = dataset.homicidesMonthly.map((r) => ({ month: r.month, key: "", value: r.victims }));
  const incoming: SeriesValue[] = months.map((month) => ({ month, key: "", value: release.victims.get(month)! }));
  const diff = diffSeries(existing, incoming);
  if (diff.removed.length && !input.allowRemovals) return { ok: false, issues: removalIssues(file, diff) };

  const monthly = readCsvText("homicides-monthly.csv", raw.homicidesMonthly);
  const monthlyRows = [
    ...monthly.rows.filter((r) => r["month"]! < months[0]!),
    ...incoming.map((v) => ({ month: v.month, victims: String(v.value), source_id: source.id })),
  ];

  const annual = readCsvText("homicides-annual.csv", raw.homicidesAnnual);
  const annualRows = [...annual.rows];
  const totals: TotalChange[] = [];
  for (const year of release.fullYears) {
    const victims = release.months.filter((m) => m.startsWith(`${year}-`)).reduce((sum, m) => sum + release.victims.get(m)!, 0);
    const row = { year: String(year), series: "SESNSP", victims: String(victims), source_id: source.id, ...annualNote(dataTo) };
    const at = annualRows.findIndex((r) => r["year"] === row.year && r["series"] === "SESNSP");
    const before = at >= 0 ? Number(annualRows[at]!["victims"]) : null;
    if (before !== victims) totals.push({ label: `${year} SESNSP`, from: before, to: victims });
    if (at >= 0) annualRows[at] = row;
    else annualRows.push(row);
  }
  annualRows.sort((a, b) => Number(a["year"]) - Number(b["year"]) || SERIES_ORDER.indexOf(a["series"]!) - SERIES_ORDER.indexOf(b["series"]!));

  const oldMeta = dataset.seriesMeta.find((m) => m.id === "homicides");
  const lastStated = dataset.homicidesStated.reduce((max, r) => (r.month > max ? r.month : max), "");
  const seriesMeta = updatedSeriesMeta(raw, "homicides", (m) => ({
    ...m,
    coverage: { from: m.coverage.from < seriesStart ? m.coverage.from : seriesStart, to: dataTo > lastStated ? dataTo : lastStated },
    as_of: dataTo > m.as_of.slice(0, 7) ? dataTo : m.as_of,
    source_ids: m.source_ids.includes(source.id) ? m.source_ids : [...m.source_ids, source.id],
  }));
  const before = release.months.length - months.length;
  const plan = finishPlan(input, {
    agency,
    source,
    isNewSource: isNew,
    coverage: { from: months[0]!, to: dataTo, months: months.length },
    diff,
    totals,
    ignored: [
      `${release.rows - release.homicideRows} rows of other crimes (feminicidio among them)`,
      ...(before ? [`${before} months before ${monthName(seriesStart)}, where the monthly series starts (their years' totals are used)`] : []),
    ],
    files: {
      homicidesMonthly: writeCsvText({ header: monthly.header, rows: monthlyRows }),
      homicidesAnnual: writeCsvText({ header: annual.header, rows: annualRows }),
      seriesMeta,
    },
    oldLast: dataset.homicidesMonthly[dataset.homicidesMonthly.length - 1]?.month,
    texts: (oldMeta?.caveats ?? []).flatMap((text, i) => LOCALES.map((lang) => ({ where: `series.json homicides caveats[${i}].${lang}`, text: text[lang] }))),
  });
  return { ok: true, plan };
}
