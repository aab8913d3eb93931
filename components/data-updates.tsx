import { formatDate, formatMonth, formatNumber } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { ChangeLogEntry } from "@/lib/schema/changelog";

interface Props {
  entries: readonly ChangeLogEntry[];
  /** The label of a CBP scope id ("swb" -> "Southwest border"), from data/series.json. */
  scopeLabel: (scope: string) => string;
  locale: Locale;
  t: Messages;
}

const AGENCY = { fentanyl: "CBP", homicides: "SESNSP" } as const;

/**
 * The change log: each refresh from an agency's file, newest first, with what it changed. Every
 * new month and revised value is listed behind a disclosure; the file itself is cited by its source.
 */
export function DataUpdates({ entries, scopeLabel, locale, t }: Props) {
  const s = t.sourcesPage;
  const digits = (series: ChangeLogEntry["series"]) => (series === "fentanyl" ? 2 : 0);
  const what = (month: string, scope: string | null) =>
    scope ? `${formatMonth(locale, month)}, ${scopeLabel(scope).toLowerCase()}` : formatMonth(locale, month);
  return (
    <>
      <h3 id="updates-title">{s.updatesTitle}</h3>
      {entries.length === 0 ? (
        <p className="muted">{s.updatesNone}</p>
      ) : (
        <ul className="data-updates">
          {[...entries].reverse().map((e) => {
            const n = (x: number) => formatNumber(locale, x, digits(e.series), digits(e.series));
            const change = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${n(Math.abs(x))}`;
            return (
              <li key={e.id} id={`update-${e.id}`}>
                <a href={`#src-${e.source_id}`}>
                  {s.updateLine(AGENCY[e.series], formatMonth(locale, e.data_to, "long"), e.new_months.length, e.revised.length, e.removed.length)}
                </a>{" "}
                <span className="muted small">({s.updateApplied(formatDate(locale, e.applied_on))})</span>
                {e.new_months.length + e.revised.length + e.removed.length > 0 && (
                  <details className="small">
                    <summary>{s.updatesDetails}</summary>
                    <ul>
                      {e.new_months.length > 0 && <li>{s.updateNewMonths(e.new_months.map((m) => formatMonth(locale, m)).join(", "))}</li>}
                      {e.revised.map((r) => (
                        <li key={`r-${r.month}-${r.scope ?? ""}`}>{s.updateRevised(what(r.month, r.scope), n(r.from), n(r.to), change(r.to - r.from))}</li>
                      ))}
                      {e.removed.map((r) => (
                        <li key={`x-${r.month}-${r.scope ?? ""}`}>{s.updateRemoved(what(r.month, r.scope), n(r.from))}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
