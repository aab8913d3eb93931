/** @jsxImportSource @/lib/html */
import { CHART_CATALOG, type CellContext, type ChartColumn, type RowOf } from "../charts/chart-catalog";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { ChartId } from "../url/view-state";
import { ScrollTable } from "./scroll-table";

interface Props<K extends ChartId> {
  chart: K;
  rows: readonly RowOf<K>[];
  locale: Locale;
  t: Messages;
  /** The partial fiscal year's label (the fiscal chart's coverage column). */
  partialLabel?: string;
}

/** A chart's data as a table, server-only, with the columns of the chart catalogue (lib/charts/chart-catalog.ts). */
export function DataTable<K extends ChartId>({ chart, rows, locale, t, partialLabel = "" }: Props<K>) {
  const entry = CHART_CATALOG[chart];
  const columns = (entry.columns as ChartColumn<RowOf<K>>[]).filter((c) => c.label !== null);
  const context: CellContext = { locale, t, partialLabel };
  return (
    <ScrollTable label={entry.title(t)}>
      <table data-table={chart}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.isNumeric ? "num" : undefined}>
                {c.label!(t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) =>
                c.isRowHeader ? (
                  <th key={c.key} scope="row">
                    {c.cell(row, context)}
                  </th>
                ) : (
                  <td key={c.key} className={c.isNumeric ? "num" : c.isSmall ? "small" : undefined}>
                    {c.cell(row, context)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
