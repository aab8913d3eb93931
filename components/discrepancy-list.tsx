import type { Lookup } from "@/lib/data/lookup";
import type { Messages } from "@/lib/i18n/messages";
import type { Discrepancy } from "@/lib/schema/discrepancies";
import { DiscrepancyVersions } from "./discrepancy-versions";

/** Every point where sources disagree, each version with its sources, then our assessment. */
export function DiscrepancyList({
  discrepancies,
  eventLabel,
  lookup,
  t,
}: {
  discrepancies: readonly Discrepancy[];
  eventLabel: (id: string | null) => string;
  lookup: Lookup;
  t: Messages;
}) {
  return (
    <section aria-labelledby="disc-title">
      <h2 id="disc-title">{t.sourcesPage.discrepanciesTitle}</h2>
      {discrepancies.map((x) => (
        <article key={x.id} id={x.id} className="card discrepancy" aria-labelledby={`${x.id}-title`}>
          <h3 id={`${x.id}-title`}>
            <span className="muted">{x.id}</span> {x.topic}
          </h3>
          <p className="muted small">
            {t.sourcesPage.event}: {eventLabel(x.event_id)}
          </p>
          <h4>{t.sourcesPage.versions}</h4>
          <DiscrepancyVersions versions={x.versions} lookup={lookup} t={t} />
          <p>
            <strong>{t.sourcesPage.assessment}:</strong> {x.assessment}
          </p>
        </article>
      ))}
    </section>
  );
}
