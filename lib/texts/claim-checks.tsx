/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatDate, formatMonthRange, formatNumber, formatPercent, formatPoints } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText, type LocalizedText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import type { Claim } from "../schema/claims";
import type { ClaimCheckResult, WindowValue } from "../stats/claim-check";
import { Cite } from "./cite";
import { Prose } from "./prose";
import { ScrollTable } from "./scroll-table";

interface Props {
  checks: { claim: Claim; results: ClaimCheckResult[] }[];
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}

/** Every date a claim was stated, with its sources. */
function statements(claim: Claim): { date: string; what: LocalizedText; sourceIds: string[] }[] {
  const made = claim.made_on ? [{ date: claim.made_on.date, what: claim.made_on.venue, sourceIds: claim.made_on.source_ids }] : [];
  const instances = (claim.instances ?? []).map((i) => ({
    date: i.date,
    what: { en: `${i.venue.en}: ${i.period.en}`, es: `${i.venue.es}: ${i.period.es}` },
    sourceIds: i.source_ids,
  }));
  const repeated = (claim.repeated ?? []).map((r) => ({ date: r.date, what: r.context, sourceIds: r.source_ids }));
  return [...made, ...instances, ...repeated].sort((a, b) => a.date.localeCompare(b.date));
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
export function ClaimChecks({ checks, lookup, locale, t }: Props) {
  return (
    <section className="card" aria-labelledby="claims-title">
      <h2 id="claims-title">{t.claims.title}</h2>
      <p>{t.claims.lede}</p>
      {checks.map(({ claim, results }) => {
        const unit = results[0]?.check.series === "homicides" ? t.claims.unitPerDay : t.claims.unitPounds;
        return (
          <article key={claim.id} className="claim" aria-labelledby={`claim-${claim.id}`}>
            <h3 id={`claim-${claim.id}`}>
              <span className="claim__value">{formatPercent(locale, claim.value_pct, 0)}</span> <Prose text={claim.topic} locale={locale} />
            </h3>
            <p>
              {t.claims.claimedBy(plainText(claim.claimant, locale))}. <Prose text={claim.statement_paraphrase} locale={locale} />
            </p>
            <details className="statements">
              <summary>
                {t.claims.firstStated}:{" "}
                {statements(claim)
                  .map((s) => formatDate(locale, s.date, "short"))
                  .join("; ")}
              </summary>
              <ul>
                {statements(claim).map((s) => (
                  <li key={`${s.date}-${s.what.en}`}>
                    {formatDate(locale, s.date)}, <Prose text={s.what} locale={locale} /> <Cite ids={s.sourceIds} lookup={lookup} label={t.common.sources} />
                  </li>
                ))}
              </ul>
            </details>
            <ScrollTable label={plainText(claim.topic, locale)}>
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
                      <td className="num">{formatPercent(locale, r.claimedPct, 0)}</td>
                      <td className="num" data-computed>
                        <strong>{r.computedPct === undefined ? t.claims.notCovered : formatPercent(locale, r.computedPct, 1)}</strong>
                      </td>
                      <td className="num">{r.differencePts === undefined ? "–" : formatPoints(locale, r.differencePts, t.claims.pointsUnit)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </article>
        );
      })}
      <p className="muted small">{t.claims.method}</p>
    </section>
  );
}
