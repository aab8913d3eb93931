/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatDate, formatMonth } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { Moment } from "../timeline/moments";
import { Cite } from "./cite";
import { Prose } from "./prose";

interface Props {
  moments: readonly Moment[];
  openId: string | null;
  /** Links of an entry: its transfer on the map, its claim on /claims. */
  transferHref: (eventId: string) => string;
  claimHref: (claimId: string) => string;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}

/** The moments as a list, oldest first, by month: each entry with its date, kind, title, summary and sources; the opened one marked. */
export function TimelineList({ moments, openId, transferHref, claimHref, lookup, locale, t }: Props) {
  const w = t.timeline;
  if (moments.length === 0) return <p className="muted">{w.none}</p>;
  const months = [...new Set(moments.map((m) => m.date.slice(0, 7)))];
  return (
    <div className="chrono-list">
      {months.map((month) => (
        <section key={month} aria-labelledby={`month-${month}`}>
          <h2 id={`month-${month}`} className="chrono-month">
            {formatMonth(locale, month, "long")}
          </h2>
          {moments
            .filter((m) => m.date.startsWith(month))
            .map((m) => (
              <article
                key={m.id}
                id={`entry-${m.id}`}
                className={m.id === openId ? "chrono-entry is-open" : "chrono-entry"}
                aria-current={m.id === openId ? "true" : undefined}
              >
                <p className="chrono-entry__meta small">
                  <span className="nowrap">{m.datePrecision === "month" ? formatMonth(locale, m.date.slice(0, 7), "long") : formatDate(locale, m.date)}</span>{" "}
                  <span className="badge">{w.kinds[m.kind]}</span>{" "}
                  {m.trust === "unconfirmed" && (
                    <span className="badge badge--unconfirmed" title={w.unconfirmedHint}>
                      {w.unconfirmed}
                    </span>
                  )}
                </p>
                <h3 className="chrono-entry__title">
                  <Prose text={m.title} locale={locale} />
                </h3>
                {m.entry && (
                  <p>
                    <Prose text={m.entry.summary} locale={locale} />
                  </p>
                )}
                {m.entry?.confidence_note && (
                  <p className="muted small">
                    <Prose text={m.entry.confidence_note} locale={locale} />
                  </p>
                )}
                <p className="small">
                  <Cite ids={m.sourceIds} lookup={lookup} label={t.common.sources} />
                  {m.entry?.event_id && (
                    <>
                      {" "}
                      <a href={transferHref(m.entry.event_id)}>{w.transferLink}</a>
                    </>
                  )}
                  {m.claim && (
                    <>
                      {" "}
                      <a href={claimHref(m.claim.claimId)}>{w.claimLink}</a>
                    </>
                  )}
                </p>
              </article>
            ))}
        </section>
      ))}
    </div>
  );
}
