import { monthKey } from "../stats/calendar";
import { capped, quoteCell, type IngestIssue, type Ingested } from "./ingest-issue";
import { readReleaseTable } from "./release-table";

export const SESNSP_MONTHS = [
  "Enero",
  "Febrero",
  "Marzo",
  "Abril",
  "Mayo",
  "Junio",
  "Julio",
  "Agosto",
  "Septiembre",
  "Octubre",
  "Noviembre",
  "Diciembre",
] as const;
/** SESNSP's state-level victims file (fuero común, current methodology), as published. */
export const SESNSP_HEADER = [
  "Año",
  "Clave_Ent",
  "Entidad",
  "Bien jurídico afectado",
  "Tipo de delito",
  "Subtipo de delito",
  "Modalidad",
  "Sexo",
  "Rango de edad",
  ...SESNSP_MONTHS,
] as const;
/** The subtype the series counts; feminicidio is a separate subtype and stays out. */
export const HOMICIDIO_DOLOSO = "Homicidio doloso";

export interface SesnspRelease {
  /** Published months in order; a month left blank is not yet published, never zero. */
  months: string[];
  /** National victims of homicidio doloso by month: the sum over states, modalities, sexes and ages. */
  victims: Map<string, number>;
  /** Years whose twelve months are all published. */
  fullYears: number[];
  rows: number;
  homicideRows: number;
}

const column = (name: (typeof SESNSP_HEADER)[number]) => ({ name, index: SESNSP_HEADER.indexOf(name) + 1 });

/**
 * Sums SESNSP's victims of homicidio doloso by month. A month is published when any homicide row of
 * its year has a figure; then every homicide row must have one (a blank there would undercount), and
 * published months must follow each other without a blank month between them.
 */
export function parseSesnspRelease(file: string, text: string): Ingested<SesnspRelease> {
  const table = readReleaseTable(file, text, SESNSP_HEADER);
  if (!table.ok) return table;
  const { rows, lines } = table.value;
  const issues: IngestIssue[] = [];
  const homicides: { row: Record<string, string>; line: number; year: number }[] = [];
  rows.forEach((row, i) => {
    const line = lines[i]!;
    const year = row["Año"]!;
    if (!/^\d{4}$/.test(year)) issues.push({ file, line, column: column("Año"), message: `expected a year such as 2025, found ${quoteCell(year)}` });
    const state = row["Clave_Ent"]!;
    if (!/^\d{1,2}$/.test(state) || Number(state) < 1 || Number(state) > 32)
      issues.push({ file, line, column: column("Clave_Ent"), message: `expected a state code 1-32, found ${quoteCell(state)}` });
    for (const name of SESNSP_MONTHS) {
      const value = row[name]!;
      if (value !== "" && !/^\d+$/.test(value))
        issues.push({
          file,
          line,
          column: column(name),
          message: `expected a whole number of victims or a blank (not yet published), found ${quoteCell(value)}`,
        });
    }
    if (row["Subtipo de delito"] === HOMICIDIO_DOLOSO && /^\d{4}$/.test(year)) homicides.push({ row, line, year: Number(year) });
  });
  if (issues.length) return { ok: false, issues: capped(file, issues) };
  if (homicides.length === 0) {
    return {
      ok: false,
      issues: [
        { file, line: 2, column: column("Subtipo de delito"), message: `no row has Subtipo de delito ${quoteCell(HOMICIDIO_DOLOSO)}: the categories changed` },
      ],
    };
  }

  const published = new Set<string>();
  for (const { row, year } of homicides) {
    SESNSP_MONTHS.forEach((name, m) => {
      if (row[name] !== "") published.add(monthKey({ year, month: m + 1 }));
    });
  }
  const victims = new Map<string, number>();
  for (const { row, line, year } of homicides) {
    SESNSP_MONTHS.forEach((name, m) => {
      const month = monthKey({ year, month: m + 1 });
      if (!published.has(month)) return;
      if (row[name] === "") {
        issues.push({ file, line, column: column(name), message: `blank, while other homicide rows give ${name} ${year}: a blank would count as zero` });
        return;
      }
      victims.set(month, (victims.get(month) ?? 0) + Number(row[name]));
    });
  }
  const years = [...new Set(homicides.map((h) => h.year))].sort((a, b) => a - b);
  const months = years.flatMap((year) => SESNSP_MONTHS.map((_, m) => monthKey({ year, month: m + 1 })));
  const last = months.findLastIndex((m) => published.has(m));
  const firstBlank = months.findIndex((m, i) => i < last && !published.has(m));
  if (firstBlank >= 0) {
    const [year, month] = months[firstBlank]!.split("-").map(Number);
    const name = SESNSP_MONTHS[month! - 1]!;
    issues.push({
      file,
      line: 1,
      column: column(name),
      message: `${name} ${year} is blank while ${months[last]} is published: a month is missing or out of order`,
    });
  }
  if (issues.length) return { ok: false, issues: capped(file, issues) };
  const fullYears = years.filter((year) => SESNSP_MONTHS.every((_, m) => published.has(monthKey({ year, month: m + 1 }))));
  return { ok: true, value: { months: months.filter((m) => published.has(m)), victims, fullYears, rows: rows.length, homicideRows: homicides.length } };
}
