/** @jsxImportSource @/lib/html */
import { formatDate, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { COUNTED, type PeopleCounts, type Tally } from "../people/counts";
import type { Stage } from "../people/status";
import { statusByTransfer } from "../people/status-by-transfer";
import type { PersonRow } from "../people/table";
import type { TransferEvent } from "../schema/transfers";
import { ScrollTable } from "./scroll-table";

export interface PeopleSummaryProps {
  counts: PeopleCounts;
  rows: readonly PersonRow[];
  /** People transferred in all (the transfers' counts). */
  total: number;
  events: readonly (Pick<TransferEvent, "id" | "date"> & { color: string })[];
  reviewedOn: string;
  coversTo: string;
  /** The link that filters the table to one status (bars and counts lead there). */
  statusHref: (stage: Stage) => string;
  locale: Locale;
  t: Messages;
}

function TallyCell({ tally, locale, t }: { tally: Tally; locale: Locale; t: Messages }) {
  return (
    <td className="num">
      {formatNumber(locale, tally.confirmed)}
      {tally.unconfirmed > 0 && <span className="muted small"> {t.people.plusUnconfirmed(tally.unconfirmed)}</span>}
    </td>
  );
}

/**
 * The people page's first screen: the review date and the period covered written beside the
 * counts (so an absence is never read as a fact), the counts split federal / state, and a picture
 * of where each transfer's named people stand (one colour per transfer) with its data table.
 */
export function PeopleSummary({ counts, rows, total, events, reviewedOn, coversTo, statusHref, locale, t }: PeopleSummaryProps) {
  const w = t.people;
  const byStage = statusByTransfer(
    rows,
    events.map((e) => e.id),
  );
  const max = Math.max(1, ...byStage.map((s) => s.perEvent.reduce((a, b) => a + b, 0)));
  return (
    <section className="card people-summary" aria-labelledby="people-counts-title">
      <h2 id="people-counts-title">{w.countsTitle}</h2>
      <p className="people-summary__review">{w.review(formatDate(locale, reviewedOn, "short"), formatDate(locale, coversTo, "short"))}</p>
      <p className="people-summary__named">
        {w.named(counts.named.all, total)}
        {(counts.named.unconfirmed > 0 || counts.named.reported > 0) && (
          <span className="block small">{w.namedBasis(counts.named.unconfirmed, counts.named.reported)}</span>
        )}
      </p>
      <ScrollTable label={w.countsTableLabel}>
        <table className="people-counts">
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">
                {w.systems.federal}
              </th>
              <th scope="col" className="num">
                {w.systems.state}
              </th>
            </tr>
          </thead>
          <tbody>
            {COUNTED.map((k) => (
              <tr key={k}>
                <th scope="row">{w.counted[k]}</th>
                <TallyCell tally={counts.bySystem.federal[k]} locale={locale} t={t} />
                <TallyCell tally={counts.bySystem.state[k]} locale={locale} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="muted small">{w.countsNote}</p>
      <figure className="status-chart" aria-labelledby="status-chart-title">
        <figcaption id="status-chart-title">
          <strong>{w.chartTitle}</strong> <span className="muted small block">{w.chartDescription}</span>
        </figcaption>
        <ul className="status-chart__legend" aria-hidden="true">
          {events.map((e) => (
            <li key={e.id}>
              <span className="swatch" style={{ background: e.color }} /> {formatDate(locale, e.date, "short")}
            </li>
          ))}
        </ul>
        <ol className="status-chart__rows" aria-hidden="true">
          {byStage.map(({ stage, perEvent }) => {
            const sum = perEvent.reduce((a, b) => a + b, 0);
            return (
              <li key={stage} className="status-chart__row">
                <a href={statusHref(stage)} tabIndex={-1}>
                  <span className="status-chart__label">{w.stages[stage]}</span>
                  <span className="status-chart__bar">
                    {perEvent.map((n, i) =>
                      n > 0 ? (
                        <span key={events[i]!.id} className="status-chart__segment" style={{ width: `${(100 * n) / max}%`, background: events[i]!.color }} />
                      ) : null,
                    )}
                    <span className="status-chart__value">{formatNumber(locale, sum)}</span>
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
        <details className="status-chart__data">
          <summary>{t.charts.showTable}</summary>
          <ScrollTable label={w.chartTitle}>
            <table className="status-chart__table">
              <thead>
                <tr>
                  <th scope="col">{w.columns.status}</th>
                  {events.map((e) => (
                    <th key={e.id} scope="col" className="num">
                      {formatDate(locale, e.date, "short")}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {byStage.map(({ stage, perEvent }) => (
                  <tr key={stage}>
                    <th scope="row">
                      <a href={statusHref(stage)}>{w.stages[stage]}</a>
                    </th>
                    {perEvent.map((n, i) => (
                      <td key={events[i]!.id} className="num">
                        {formatNumber(locale, n)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </details>
      </figure>
    </section>
  );
}
