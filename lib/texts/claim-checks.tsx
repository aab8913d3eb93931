/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatDate, formatMonthRange, formatNumber, formatPercent, formatPoints } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import type { ClaimResults, StatementResult, WindowValue } from "../stats/claim-check";
import { Cite } from "./cite";
import { outcomeText, statedPct } from "./claim-outcome-text";
import { Prose } from "./prose";
import { ScrollTable } from "./scroll-table";

interface Props {
  checks: ClaimResults[];
  /** true on /claims: every statement and window; false on /: each claim's latest statement and a link to /claims. */
  full: boolean;
  /** The claims CSV in the page's language (app/claims.csv). */
  csvHref: string;
  /** The /claims page in the page's language. */
  claimsHref: string;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}

/** "one outlet" on a statement only one major outlet reports. */
function OneOutlet({ result, t }: { result: StatementResult; t: Messages }) {
  if (result.trust !== "unconfirmed") return null;
  return (
    <span className="badge badge--unconfirmed" title={t.claims.unconfirmedHint}>
      {t.claims.unconfirmed}
    </span>
  );
}

/** Who said it (when not the claim's claimant) and where. */
function WhoWhere({ result: { statement: s }, locale, t }: { result: StatementResult; locale: Locale; t: Messages }) {
  return (
    <>
      {s.claimant && <>{t.claims.saidBy(plainText(s.claimant, locale))}, </>}
      <Prose text={s.venue} locale={locale} />
    </>
  );
}

/** The period as stated, or "no window stated"; the metric as worded when it differs from the claim's. */
function Period({ result: { statement: s }, locale, t }: { result: StatementResult; locale: Locale; t: Messages }) {
  return (
    <>
      {s.period ? <Prose text={s.period} locale={locale} /> : <em>{t.claims.noWindow}</em>}
      {s.metric_as_stated && <> ({t.claims.metricAsStated(plainText(s.metric_as_stated, locale))})</>}
    </>
  );
}

/** The latest statement of a claim, in a sentence, with what checking it found and its sources. */
function LatestStatement({ result, lookup, locale, t }: { result: StatementResult; lookup: Lookup; locale: Locale; t: Messages }) {
  const s = result.statement;
  return (
    <p className="claim__latest statement" data-outcome={result.outcome.kind}>
      <strong>{t.claims.latestStated(formatDate(locale, s.date))}</strong> <OneOutlet result={result} t={t} />
      <br />
      <WhoWhere result={result} locale={locale} t={t} />: <strong>{statedPct(locale, s.value_pct)}</strong>, <Period result={result} locale={locale} t={t} />.{" "}
      <Cite ids={s.source_ids} lookup={lookup} label={t.common.sources} />
      <span className="block small">{outcomeText(result, locale, t)}</span>
    </p>
  );
}

/** Every statement the page shows, newest first: one row each. */
function StatementsTable({
  statements,
  label,
  lookup,
  locale,
  t,
}: {
  statements: StatementResult[];
  label: string;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}) {
  const col = t.claims.statementColumns;
  return (
    <ScrollTable label={label}>
      <table className="statements-table">
        <thead>
          <tr>
            <th scope="col">{col.date}</th>
            <th scope="col">{col.who}</th>
            <th scope="col" className="num">
              {col.stated}
            </th>
            <th scope="col">{col.period}</th>
            <th scope="col">{col.found}</th>
            <th scope="col">{col.sources}</th>
          </tr>
        </thead>
        <tbody>
          {statements.map((r) => (
            <tr key={`${r.statement.date}-${r.statement.venue.en}`} data-outcome={r.outcome.kind} data-date={r.statement.date}>
              <th scope="row">
                <span className="nowrap">{formatDate(locale, r.statement.date, "short")}</span> <OneOutlet result={r} t={t} />
              </th>
              <td>
                <WhoWhere result={r} locale={locale} t={t} />
              </td>
              <td className="num">{statedPct(locale, r.statement.value_pct)}</td>
              <td>
                <Period result={r} locale={locale} t={t} />
              </td>
              <td className="small">{outcomeText(r, locale, t)}</td>
              <td>
                <Cite ids={r.statement.source_ids} lookup={lookup} label={t.common.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function WindowCell({ w, unit, locale, t, lookup }: { w: WindowValue; unit: string; locale: Locale; t: Messages; lookup: Lookup }) {
  const months = formatMonthRange(locale, w.window.from, w.window.to);
  if (w.kind === "missing") {
    return (
      <td>
        {months}: <em>{t.claims.notCovered}</em>
      </td>
    );
  }
  return (
    <td>
      <span className="nowrap">{months}:</span>{" "}
      <strong className="nowrap">
        {formatNumber(locale, w.value, 1, 1)} {unit}
      </strong>
      <br />
      <span className="muted small">{t.claims.derivation[w.derivation]}</span> <Cite ids={w.sourceIds} lookup={lookup} label={t.common.sources} />
    </td>
  );
}

/** Claimed vs computed for each window a claim's sources used. Neutral: it reports both numbers. */
export function ClaimChecks({ checks, full, csvHref, claimsHref, lookup, locale, t }: Props) {
  const c = t.claims;
  // On /claims the section is the page: its title is the h1, each claim an h2.
  const [Title, ClaimTitle, Part] = full ? (["h1", "h2", "h3"] as const) : (["h2", "h3", "h4"] as const);
  return (
    <section className="card claims" aria-labelledby="claims-title">
      <Title id="claims-title">{full ? c.fullTitle : c.title}</Title>
      <p>{full ? c.fullLede : c.lede}</p>
      {checks.map(({ claim, results, statements, leftOut }) => {
        const unit = results[0]?.check.series === "homicides" ? t.claims.unitPerDay : t.claims.unitPounds;
        const latest = statements[0];
        return (
          <article key={claim.id} className="claim" aria-labelledby={`claim-${claim.id}`}>
            <ClaimTitle id={`claim-${claim.id}`}>
              <span className="claim__value">{statedPct(locale, latest?.statement.value_pct ?? claim.value_pct)}</span>{" "}
              <Prose text={claim.topic} locale={locale} />
            </ClaimTitle>
            <p>
              {t.claims.claimedBy(plainText(claim.claimant, locale))}. <Prose text={claim.statement_paraphrase} locale={locale} />
            </p>
            {latest && <LatestStatement result={latest} lookup={lookup} locale={locale} t={t} />}
            {full ? (
              <>
                <Part>{c.allStatements(statements.length)}</Part>
                <StatementsTable
                  statements={statements}
                  label={`${plainText(claim.topic, locale)}: ${c.allStatements(statements.length)}`}
                  lookup={lookup}
                  locale={locale}
                  t={t}
                />
                {leftOut.length > 0 && (
                  <p className="muted small">{c.leftOut(leftOut.length, leftOut.map((l) => formatDate(locale, l.date, "short")).join("; "))}</p>
                )}
              </>
            ) : (
              <p>
                <a href={`${claimsHref}#claim-${claim.id}`}>{results.length > 0 ? c.moreWithWindows(statements.length) : c.more(statements.length)}</a>
              </p>
            )}
            {full && results.length > 0 && (
              <>
                <Part>{c.windowsTitle}</Part>
                <ScrollTable label={`${plainText(claim.topic, locale)}: ${c.windowsTitle}`}>
                  <table className="claim-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.claims.window}</th>
                        <th scope="col">{t.claims.baseline}</th>
                        <th scope="col">{t.claims.comparison}</th>
                        <th scope="col" className="num">
                          {t.claims.claimed}
                        </th>
                        <th scope="col" className="num">
                          {t.claims.computed}
                        </th>
                        <th scope="col" className="num">
                          {t.claims.difference}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {results.map((r) => (
                        <tr key={r.check.id} data-check={r.check.id}>
                          <th scope="row">
                            <Prose text={r.check.label} locale={locale} />
                            <br />
                            <span className="muted small">{t.claims.basis[r.check.basis]}</span>{" "}
                            <Cite ids={r.check.source_ids} lookup={lookup} label={t.common.sources} />
                            {r.check.basis_note && (
                              <span className="muted small block">
                                <Prose text={r.check.basis_note} locale={locale} />
                              </span>
                            )}
                          </th>
                          <WindowCell w={r.baseline} unit={unit} locale={locale} t={t} lookup={lookup} />
                          <WindowCell w={r.comparison} unit={unit} locale={locale} t={t} lookup={lookup} />
                          <td className="num">{statedPct(locale, r.claimedPct)}</td>
                          <td className="num" data-computed>
                            <strong>{r.computedPct === undefined ? t.claims.notCovered : formatPercent(locale, r.computedPct, 1)}</strong>
                          </td>
                          <td className="num">{r.differencePts === undefined ? "–" : formatPoints(locale, r.differencePts, t.claims.pointsUnit)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              </>
            )}
          </article>
        );
      })}
      {full ? <p className="muted small">{c.method}</p> : null}
      <p>
        <a href={csvHref} download>
          {t.claims.csv}
        </a>
      </p>
    </section>
  );
}
