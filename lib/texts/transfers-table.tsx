/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatDate, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { TransferEvent } from "../schema/transfers";
import { byConfidence, shortPlaceName } from "../transfers/confidence";
import { Cite } from "./cite";
import { ScrollTable } from "./scroll-table";

function DepartureCell({ event, lookup, locale, t }: { event: TransferEvent; lookup: Lookup; locale: Locale; t: Messages }) {
  const [main, ...others] = byConfidence(event.departures);
  return (
    <>
      {shortPlaceName(lookup.place(main!.place_id).name[locale])} <span className="muted small">({t.common.confidence[main!.confidence]})</span>
      {others.map((o) => (
        <span key={o.place_id} className="muted small block">
          {t.headline.alsoReported}: {shortPlaceName(lookup.place(o.place_id).name[locale])} ({t.common.confidence[o.confidence]})
        </span>
      ))}
    </>
  );
}

/** The three transfers side by side; running totals come from the data and are validated. */
export function TransfersTable({ events, lookup, locale, t }: { events: readonly TransferEvent[]; lookup: Lookup; locale: Locale; t: Messages }) {
  return (
    <section className="card" aria-labelledby="all-transfers-title">
      <h2 id="all-transfers-title">{t.headline.allTransfersTitle}</h2>
      <ScrollTable label={t.headline.allTransfersTable}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.headline.date}</th>
              <th scope="col" className="num">
                {t.headline.people}
              </th>
              <th scope="col" className="num">
                {t.headline.runningTotal}
              </th>
              <th scope="col" className="num">
                {t.headline.aircraft}
              </th>
              <th scope="col">{t.headline.departure}</th>
              <th scope="col" className="num">
                {t.headline.destinationCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <th scope="row">{formatDate(locale, e.date, "short")}</th>
                <td className="num">
                  {formatNumber(locale, e.people_count.value)} <Cite ids={e.people_count.source_ids} lookup={lookup} label={t.common.sources} />
                </td>
                <td className="num">{formatNumber(locale, e.running_total_after.value)}</td>
                <td className="num">{e.aircraft.value === null ? t.common.notReported : formatNumber(locale, e.aircraft.value)}</td>
                <td>
                  <DepartureCell event={e} lookup={lookup} locale={locale} t={t} />
                </td>
                <td className="num">{e.destinations.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
