/** @jsxImportSource @/lib/html */
import { formatDate, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { TransfersSummary } from "../transfers/summary";
import { DEFAULT_VIEW, toSearch } from "../url/view-state";

/** The top of `/`: what the page is about, the headline count, the lede and the running count of the transfers. */
export function Hero({ summary, locale, t }: { summary: TransfersSummary; locale: Locale; t: Messages }) {
  return (
    <section className="hero" aria-labelledby="headline">
      <p className="eyebrow">{t.site.tagline}</p>
      <h1 id="headline">{t.headline.title(formatNumber(locale, summary.totalPeople), summary.transferCount)}</h1>
      <p className="lede">{t.headline.lede}</p>
      <ol className="timeline" aria-label={t.headline.allTransfersTitle}>
        {summary.cumulative.map((c) => (
          <li key={c.id}>
            <span className="timeline__date">{formatDate(locale, c.date, "short")}</span>
            <span className="timeline__people">+{formatNumber(locale, c.people)}</span>
            <span className="timeline__total">= {formatNumber(locale, c.runningTotal)}</span>
            <a className="timeline__people-link small" href={`/people${toSearch({ ...DEFAULT_VIEW, lang: locale, event: c.id })}`}>
              {t.people.transferLink}
            </a>
          </li>
        ))}
      </ol>
      <p className="hero__people">
        <a href={`/people${toSearch({ ...DEFAULT_VIEW, lang: locale })}`}>{t.people.heroLink}</a>
      </p>
    </section>
  );
}
