import type { FentanylScope } from "../schema/series";
import { monthKey } from "../stats/calendar";
import { capped, quoteCell, type IngestIssue, type Ingested } from "./ingest-issue";
import { readReleaseTable } from "./release-table";

/** CBP's "Nationwide Drug Seizures" CSV, as published on cbp.gov. */
export const CBP_HEADER = [
  "FY",
  "Month (abbv)",
  "Component",
  "Region",
  "Land Filter",
  "Area of Responsibility",
  "Drug Type",
  "Count of Event",
  "Sum Qty (lbs)",
] as const;
/** Fiscal-year months in order: OCT of FY2025 is October 2024. */
export const CBP_MONTHS = ["OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP"] as const;
const REGIONS = ["Southwest Border", "Northern Border", "Coastal/Interior"];
const LAND_FILTERS = ["Land Only", "Other"];
const FENTANYL = "Fentanyl";

export interface CbpRelease {
  /** Calendar months the file covers, in order. */
  months: string[];
  /** Unrounded pounds of fentanyl by month and scope; 0 where a covered month has no fentanyl row. */
  pounds: Map<string, Record<FentanylScope, number>>;
  /** Fiscal years in the file: how many months each covers (12, or fewer for the FYTD year). */
  fiscalYears: { fiscalYear: number; months: number }[];
  rows: number;
  fentanylRows: number;
}

/** The calendar month of a fiscal-year month: (2025, "OCT") is "2024-10". */
export function calendarMonth(fiscalYear: number, abbv: (typeof CBP_MONTHS)[number]): string {
  const index = CBP_MONTHS.indexOf(abbv);
  return monthKey({ year: index < 3 ? fiscalYear - 1 : fiscalYear, month: ((index + 9) % 12) + 1 });
}

/** Which scopes a row counts toward (definitions in data/series.json). */
function scopesOf(region: string, landFilter: string): FentanylScope[] {
  if (region !== "Southwest Border") return ["nationwide"];
  return landFilter === "Land Only" ? ["swb", "swb_land", "nationwide"] : ["swb", "nationwide"];
}

/**
 * Sums CBP's fentanyl pounds into the project's scopes by month. Every row is checked, not only the
 * fentanyl rows: a changed region name or a text in a number column means the layout moved. A full
 * fiscal year must hold all twelve months and the year to date ("2026 (FYTD)", the latest) a run of
 * months from OCT; anything else is reported as a month missing or out of order.
 */
export function parseCbpRelease(file: string, text: string): Ingested<CbpRelease> {
  const table = readReleaseTable(file, text, CBP_HEADER);
  if (!table.ok) return table;
  const { rows, lines } = table.value;
  const issues: IngestIssue[] = [];
  const cell = (i: number, name: (typeof CBP_HEADER)[number], message: string) =>
    issues.push({ file, line: lines[i]!, column: { name, index: CBP_HEADER.indexOf(name) + 1 }, message: `${message}, found ${quoteCell(rows[i]![name]!)}` });

  const monthsByYear = new Map<number, { isToDate: boolean; months: Set<number> }>();
  const pounds = new Map<string, Record<FentanylScope, number>>();
  let fentanylRows = 0;
  rows.forEach((row, i) => {
    const fy = /^(\d{4})( \(FYTD\))?$/.exec(row["FY"]!);
    const monthIndex = CBP_MONTHS.indexOf(row["Month (abbv)"] as (typeof CBP_MONTHS)[number]);
    const poundsText = row["Sum Qty (lbs)"]!;
    const isValidPounds = /^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(poundsText);
    if (!fy) cell(i, "FY", 'expected a fiscal year such as "2025" or "2026 (FYTD)"');
    if (monthIndex < 0) cell(i, "Month (abbv)", `expected a month abbreviation ${CBP_MONTHS.join(", ")}`);
    if (!REGIONS.includes(row["Region"]!)) cell(i, "Region", `expected a region ${REGIONS.join(", ")}`);
    if (!LAND_FILTERS.includes(row["Land Filter"]!)) cell(i, "Land Filter", `expected ${LAND_FILTERS.join(" or ")}`);
    if (!/^\d+$/.test(row["Count of Event"]!)) cell(i, "Count of Event", "expected a whole number of events");
    if (!isValidPounds) cell(i, "Sum Qty (lbs)", "expected a number of pounds >= 0");
    if (!fy || monthIndex < 0) return;
    const fiscalYear = Number(fy[1]);
    const year = monthsByYear.get(fiscalYear) ?? { isToDate: false, months: new Set<number>() };
    year.isToDate ||= fy[2] !== undefined;
    year.months.add(monthIndex);
    monthsByYear.set(fiscalYear, year);
    const month = calendarMonth(fiscalYear, CBP_MONTHS[monthIndex]!);
    const sums = pounds.get(month) ?? { swb: 0, swb_land: 0, nationwide: 0 };
    pounds.set(month, sums);
    if (row["Drug Type"] !== FENTANYL || !isValidPounds || !REGIONS.includes(row["Region"]!)) return;
    fentanylRows++;
    for (const scope of scopesOf(row["Region"]!, row["Land Filter"]!)) sums[scope] += Number(poundsText);
  });
  if (issues.length) return { ok: false, issues: capped(file, issues) };
  if (rows.length === 0) return { ok: false, issues: [{ file, line: 2, message: "the file has a header but no rows" }] };
  if (fentanylRows === 0)
    return {
      ok: false,
      issues: [{ file, line: 2, column: { name: "Drug Type", index: 7 }, message: `no row has Drug Type ${quoteCell(FENTANYL)}: the drug names changed` }],
    };

  const years = [...monthsByYear.keys()].sort((a, b) => a - b);
  const latest = years[years.length - 1]!;
  for (const [index, fiscalYear] of years.entries()) {
    const { isToDate, months } = monthsByYear.get(fiscalYear)!;
    if (index > 0 && fiscalYear !== years[index - 1]! + 1) {
      issues.push({
        file,
        line: 1,
        message: `no rows for FY${years[index - 1]! + 1}, between FY${years[index - 1]} and FY${fiscalYear}: a fiscal year is missing`,
      });
    }
    if (isToDate && fiscalYear !== latest)
      issues.push({ file, line: 1, column: { name: "FY", index: 1 }, message: `FY${fiscalYear} is marked "(FYTD)" but FY${latest} comes after it` });
    const expected = isToDate || (fiscalYear === latest && months.size < 12) ? months.size : 12;
    const missing = CBP_MONTHS.filter((_, m) => m < expected && !months.has(m));
    const beyond = CBP_MONTHS.filter((_, m) => m >= expected && months.has(m));
    if (missing.length || beyond.length) {
      issues.push({
        file,
        line: 1,
        column: { name: "Month (abbv)", index: 2 },
        message: `FY${fiscalYear} has months ${CBP_MONTHS.filter((_, m) => months.has(m)).join(", ")}: ${isToDate ? "a year to date must run from OCT without a gap" : "a full fiscal year needs all 12 months"} (a month is missing or out of order)`,
      });
    }
  }
  if (issues.length) return { ok: false, issues };
  const months = [...pounds.keys()].sort();
  return {
    ok: true,
    value: {
      months,
      pounds,
      fiscalYears: years.map((fiscalYear) => ({ fiscalYear, months: monthsByYear.get(fiscalYear)!.months.size })),
      rows: rows.length,
      fentanylRows,
    },
  };
}
