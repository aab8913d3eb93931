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

function buildEnglishTable(plotted: PlottedRows): ChartTable {
  switch (plotted.kind) {
    case "homicides":
      return {
        columns: [
          { key: "month", header: "month" },
          { key: "victims", header: "sesnsp_victims" },
          { key: "perDay", header: "sesnsp_victims_per_day" },
          { key: "stated", header: "government_stated_victims_per_day" },
        ],
        rows: plotted.rows.map((r) => ({ month: r.month, victims: r.victims, perDay: r.perDay, stated: r.stated })),
      };
    case "annual":
      return {
        columns: [
          { key: "year", header: "year" },
          { key: "sesnsp", header: "sesnsp_victims" },
          { key: "inegi", header: "inegi_homicides" },
        ],
        rows: plotted.rows.map((r) => ({ year: r.year, sesnsp: r.sesnsp, inegi: r.inegi })),
      };
    case "fentanyl":
      return {
        columns: [
          { key: "month", header: "month" },
          { key: "pounds", header: "pounds_seized_lbs" },
        ],
        rows: plotted.rows.map((r) => ({ month: r.month, pounds: r.pounds })),
      };
    case "fiscal":
      return {
        columns: [
          { key: "fiscalYear", header: "fiscal_year" },
          { key: "pounds", header: "pounds_seized_lbs" },
          { key: "isPartial", header: "partial_year" },
        ],
        rows: plotted.rows.map((r) => ({ fiscalYear: r.fiscalYear, pounds: r.pounds, isPartial: r.isPartial })),
      };
    case "transfers":
      return {
        columns: [
          { key: "date", header: "date" },
          { key: "people", header: "people_transferred" },
          { key: "runningTotal", header: "running_total_people" },
        ],
        rows: plotted.rows.map((r) => ({ date: r.date, people: r.people, runningTotal: r.runningTotal })),
      };
  }
}
