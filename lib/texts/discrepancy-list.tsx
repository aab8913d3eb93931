/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { TransferEvent } from "../schema/transfers";
import type { Discrepancy } from "../schema/discrepancies";
import { DiscrepancyVersions } from "./discrepancy-versions";
import { Prose } from "./prose";

/** Every point where sources disagree, each version with its sources, then our assessment. */
export function DiscrepancyList({
  discrepancies,
  events,
  lookup,
  locale,
  t,
}: {
  discrepancies: readonly Discrepancy[];
  /** The transfers, which name a discrepancy's event by its date. */
  events: readonly TransferEvent[];
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}) {
  const eventLabel = (id: string | null) => {
    const event = events.find((e) => e.id === id);
    return event ? formatDate(locale, event.date) : t.sourcesPage.general;
  };
  return (
    <section aria-labelledby="disc-title">
      <h2 id="disc-title">{t.sourcesPage.discrepanciesTitle}</h2>
      {discrepancies.map((x) => (
        <article key={x.id} id={x.id} className="card discrepancy" aria-labelledby={`${x.id}-title`}>
          <h3 id={`${x.id}-title`}>
            <span className="muted">{x.id}</span> <Prose text={x.topic} locale={locale} />
          </h3>
          <p className="muted small">
            {t.sourcesPage.event}: {eventLabel(x.event_id)}
          </p>
          <h4>{t.sourcesPage.versions}</h4>
          <DiscrepancyVersions versions={x.versions} lookup={lookup} locale={locale} t={t} />
          <p>
            <strong>{t.sourcesPage.assessment}:</strong> <Prose text={x.assessment} locale={locale} />
          </p>
        </article>
      ))}
    </section>
  );
}
