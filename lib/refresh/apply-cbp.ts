import { LOCALES } from "../i18n/locale";
import { FENTANYL_SCOPES, type FentanylScope } from "../schema/series";
import { fiscalYearOf } from "../stats/calendar";
import { parseCbpRelease } from "./cbp-release";
import { readCsvText, writeCsvText } from "./csv-text";
import { decodeRelease } from "./decode-release";
import { finishPlan, removalIssues, updatedSeriesMeta, type PlanResult, type RefreshInput, type TotalChange } from "./refresh-plan";
import { AGENCIES, monthName, releaseSource, shortMonthName } from "./release-file";
import { diffSeries, type SeriesValue } from "./series-diff";

/** Pounds are stored to 0.01 lb, the precision of data/fentanyl-monthly.csv. */
const round2 = (x: number) => Number(x.toFixed(2));
const scopeOrder = (scope: string) => FENTANYL_SCOPES.indexOf(scope as FentanylScope);
const byMonthThenScope = (a: { month: string; key: string }, b: { month: string; key: string }) =>
  a.month < b.month ? -1 : a.month > b.month ? 1 : scopeOrder(a.key) - scopeOrder(b.key);

/** The note data/fentanyl-fiscal-years.csv gives each total. */
function fiscalYearNote(fiscalYear: number, lastMonth: string, isPartial: boolean, dataTo: string): string {
  if (!isPartial) return `Full fiscal year Oct ${fiscalYear - 1}-Sep ${fiscalYear}; sum of monthly rows in the CBP file`;
  return `FY${fiscalYear} PARTIAL: Oct ${fiscalYear - 1}-${shortMonthName(lastMonth)} only (fiscal year to date in the ${monthName(dataTo)} CBP file); not comparable with full years`;
}

/**
 * Plans a CBP refresh: sums the release's fentanyl pounds by month and scope, merges them into the
 * monthly series (the release's months replaced, older months kept), recomputes the fiscal-year
 * totals the release covers from its unrounded rows, and lists every value that changes.
 */
export function planCbpRefresh(input: RefreshInput, bytes: Uint8Array): PlanResult {
  const { raw, dataset, file } = input;
  const agency = AGENCIES.cbp;
  const decoded = decodeRelease(bytes, file.name, { latin1: false });
  if (!decoded.ok) return decoded;
  const parsed = parseCbpRelease(file.name, decoded.value.text);
  if (!parsed.ok) return parsed;
  const release = parsed.value;
  const dataTo = release.months[release.months.length - 1]!;
  const { source, isNew } = releaseSource(agency, file, dataTo, dataset.sources);

  const existing: SeriesValue[] = dataset.fentanylMonthly.map((r) => ({ month: r.month, key: r.scope, value: r.pounds }));
  const incoming: SeriesValue[] = release.months.flatMap((month) =>
    FENTANYL_SCOPES.map((scope) => ({ month, key: scope, value: round2(release.pounds.get(month)![scope]) })),
  );
  const diff = diffSeries(existing, incoming);
  if (diff.removed.length && !input.allowRemovals) return { ok: false, issues: removalIssues(file, diff) };

  const monthly = readCsvText("fentanyl-monthly.csv", raw.fentanylMonthly);
  const kept = monthly.rows.filter((r) => r["month"]! < release.months[0]!);
  const fresh = incoming.map((v) => ({ month: v.month, scope: v.key, pounds: v.value.toFixed(2), source_id: source.id }));
  const monthlyRows = [...kept, ...fresh].sort((a, b) => byMonthThenScope({ month: a.month!, key: a.scope! }, { month: b.month!, key: b.scope! }));

  const years = readCsvText("fentanyl-fiscal-years.csv", raw.fentanylFiscalYears);
  const totals: TotalChange[] = [];
  const yearRows = [...years.rows];
  for (const { fiscalYear, months } of release.fiscalYears) {
    const inYear = release.months.filter((m) => fiscalYearOf(m) === fiscalYear);
    for (const scope of FENTANYL_SCOPES) {
      const pounds = round2(inYear.reduce((sum, m) => sum + release.pounds.get(m)![scope], 0));
      const row = {
        fiscal_year: String(fiscalYear),
        scope,
        pounds: pounds.toFixed(2),
        partial: String(months < 12),
        source_id: source.id,
        note: fiscalYearNote(fiscalYear, inYear[inYear.length - 1]!, months < 12, dataTo),
      };
      const at = yearRows.findIndex((r) => r["fiscal_year"] === row.fiscal_year && r["scope"] === scope);
      const before = at >= 0 ? Number(yearRows[at]!["pounds"]) : null;
      if (before !== pounds) totals.push({ label: `FY${fiscalYear} ${scope}`, from: before, to: pounds });
      if (at >= 0) yearRows[at] = row;
      else yearRows.push(row);
    }
  }
  yearRows.sort((a, b) => Number(a["fiscal_year"]) - Number(b["fiscal_year"]) || scopeOrder(a["scope"]!) - scopeOrder(b["scope"]!));

  const oldMeta = dataset.seriesMeta.find((m) => m.id === "fentanyl");
  const allMonths = monthlyRows.map((r) => r.month!);
  const seriesMeta = updatedSeriesMeta(raw, "fentanyl", (m) => ({
    ...m,
    coverage: { from: allMonths[0]!, to: allMonths[allMonths.length - 1]! },
    as_of: allMonths[allMonths.length - 1]!,
    source_ids: m.source_ids.includes(source.id) ? m.source_ids : [...m.source_ids, source.id],
  }));
  const plan = finishPlan(input, {
    agency,
    source,
    isNewSource: isNew,
    coverage: { from: release.months[0]!, to: dataTo, months: release.months.length },
    diff,
    totals,
    ignored: [`${release.rows - release.fentanylRows} rows of other drugs`],
    files: {
      fentanylMonthly: writeCsvText({ header: monthly.header, rows: monthlyRows }),
      fentanylFiscalYears: writeCsvText({ header: years.header, rows: yearRows }),
      seriesMeta,
    },
    oldLast: oldMeta?.coverage.to,
    texts: (oldMeta?.caveats ?? []).flatMap((text, i) => LOCALES.map((lang) => ({ where: `series.json fentanyl caveats[${i}].${lang}`, text: text[lang] }))),
  });
  return { ok: true, plan };
}
