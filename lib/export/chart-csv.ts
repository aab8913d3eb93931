import { CHART_CATALOG, type ChartColumn } from "../charts/chart-catalog";
import type { PlotSpec } from "../charts/plot-spec";

/** One CSV column: `key` in the row, `header` with its unit (e.g. "pounds_seized_lbs"). */
export interface CsvColumn {
  key: string;
  header: string;
}

export interface ChartTable {
  columns: CsvColumn[];
  rows: Record<string, string | number | boolean | null>[];
}

/** The rows a chart plots, as they are plotted, keyed by plot kind: any plot spec fits. */
export type PlottedRows = { [K in PlotSpec["kind"]]: { kind: K; rows: Extract<PlotSpec, { kind: K }>["props"]["rows"] } }[PlotSpec["kind"]];

/**
 * Exactly the plotted data as a table with units in the headers; values unrounded, as plotted.
 * buildChartTable({ kind: "fiscal", rows }) -> columns fiscal_year, pounds_seized_lbs, partial_year;
 * `headers` (by column key) translates the header row.
 */
export function buildChartTable(plotted: PlottedRows | PlotSpec, headers?: Readonly<Record<string, string>>): ChartTable {
  const table = buildEnglishTable("props" in plotted ? ({ kind: plotted.kind, rows: plotted.props.rows } as PlottedRows) : plotted);
  return headers ? { ...table, columns: table.columns.map((c) => ({ key: c.key, header: headers[c.key] ?? c.header })) } : table;
}

/** The catalogue's CSV columns (English headers with units) and the unrounded values. */
function buildEnglishTable(plotted: PlottedRows): ChartTable {
  const columns = (CHART_CATALOG[plotted.kind].columns as ChartColumn<(typeof plotted.rows)[number]>[]).filter((c) => c.csv !== null);
  return {
    columns: columns.map((c) => ({ key: c.key, header: c.csv! })),
    rows: plotted.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))),
  };
}
