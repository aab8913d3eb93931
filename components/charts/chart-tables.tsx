import { formatDate, formatMonth, formatNumber } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { FentanylMonthPoint, FiscalYearRow } from "@/lib/series/fentanyl";
import type { AnnualHomicideRow, HomicideRow } from "@/lib/series/homicides";
import type { TransferRow } from "@/lib/series/transfers";
import { ScrollTable } from "../scroll-table";

/** The data tables under the charts: server-only, rendered when the view opens one. */
interface TableProps<Row> {
  rows: readonly Row[];
  locale: Locale;
  t: Messages;
}

const DASH = "–";

export function TransfersTable({ rows, locale, t }: TableProps<TransferRow>) {
  return (
    <ScrollTable label={t.charts.transfers.title}>
      <table data-table="transfers">
        <thead>
          <tr>
            <th scope="col">{t.charts.transfers.date}</th>
            <th scope="col" className="num">{t.charts.transfers.people}</th>
            <th scope="col" className="num">{t.charts.transfers.runningTotal}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{formatDate(locale, r.date)}</th>
              <td className="num">{formatNumber(locale, r.people)}</td>
              <td className="num">{formatNumber(locale, r.runningTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function HomicidesTable({ rows, locale, t }: TableProps<HomicideRow>) {
  return (
    <ScrollTable label={t.charts.homicides.title}>
      <table data-table="homicides">
        <thead>
          <tr>
            <th scope="col">{t.charts.month}</th>
            <th scope="col" className="num">{t.charts.homicides.victimsCol}</th>
            <th scope="col" className="num">{t.charts.homicides.perDayCol}</th>
            <th scope="col" className="num">{t.charts.homicides.statedCol}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">{formatMonth(locale, r.month)}</th>
              <td className="num">{r.victims === null ? t.common.notReported : formatNumber(locale, r.victims)}</td>
              <td className="num">{r.perDay === null ? DASH : formatNumber(locale, r.perDay, 1, 1)}</td>
              <td className="num">{r.stated === null ? DASH : formatNumber(locale, r.stated, 1, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function AnnualTable({ rows, locale, t }: TableProps<AnnualHomicideRow>) {
  return (
    <ScrollTable label={t.charts.annual.title}>
      <table data-table="annual">
        <thead>
          <tr>
            <th scope="col">{t.charts.year}</th>
            <th scope="col" className="num">{t.charts.annual.sesnsp}</th>
            <th scope="col" className="num">{t.charts.annual.inegi}</th>
            <th scope="col">{t.charts.annual.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td className="num">{r.sesnsp === null ? t.common.notReported : formatNumber(locale, r.sesnsp)}</td>
              <td className="num">{r.inegi === null ? t.common.notReported : formatNumber(locale, r.inegi)}</td>
              <td className="small">{r.inegiNote ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function FentanylTable({ rows, locale, t }: TableProps<FentanylMonthPoint>) {
  return (
    <ScrollTable label={t.charts.fentanyl.title}>
      <table data-table="fentanyl">
        <thead>
          <tr>
            <th scope="col">{t.charts.month}</th>
            <th scope="col" className="num">{t.charts.fentanyl.pounds}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">{formatMonth(locale, r.month)}</th>
              <td className="num">{formatNumber(locale, r.pounds, 2, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** `partialLabel` names the year the data do not complete ("partial: Oct 2025 – Apr 2026"). */
export function FiscalTable({ rows, partialLabel, locale, t }: TableProps<FiscalYearRow> & { partialLabel: string }) {
  return (
    <ScrollTable label={t.charts.fiscal.title}>
      <table data-table="fiscal">
        <thead>
          <tr>
            <th scope="col">{t.charts.fiscal.fiscalYear}</th>
            <th scope="col" className="num">{t.charts.fentanyl.pounds}</th>
            <th scope="col">{t.charts.fiscal.coverage}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(locale, r.pounds, 2, 2)}</td>
              <td>{r.isPartial ? partialLabel : t.charts.fiscal.full}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
