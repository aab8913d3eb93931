import type { Metadata } from "next";
import { connection } from "next/server";
import { DataUpdates } from "@/components/data-updates";
import { Prose } from "@/components/prose";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { Picture } from "@/components/view/picture";
import { DATA_FILES, type DataFileKey } from "@/lib/data/files";
import { formatDate, formatMonthRange, formatPartialDate } from "@/lib/format/format";
import { INTL_LOCALE, LOCALES } from "@/lib/i18n/locale";
import { plainText } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { DEFAULT_VIEW, parseViewState, toSearch } from "@/lib/url/view-state";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const NO_IDS = { eventIds: [], placeIds: [] };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { lang } = parseViewState(await searchParams, NO_IDS).view;
  const t = getMessages(lang);
  return {
    title: t.sourcesPage.title,
    description: t.sourcesPage.lede,
    alternates: {
      canonical: `/sources${toSearch({ ...DEFAULT_VIEW, lang })}`,
      languages: Object.fromEntries(LOCALES.map((l) => [INTL_LOCALE[l], `/sources${toSearch({ ...DEFAULT_VIEW, lang: l })}`])),
    },
  };
}

/**
 * Everything a researcher needs to check a number: discrepancies with every version, the method,
 * the data files, the update dates and every source. Rendered once per language and kept by the server's view cache (server/).
 */
export default async function SourcesPage({ searchParams }: PageProps) {
  await connection();
  const view = { ...DEFAULT_VIEW, lang: parseViewState(await searchParams, NO_IDS).view.lang };
  const locale = view.lang;
  const t = getMessages(locale);
  const data = loadDataset();
  const scopes = data.seriesMeta.flatMap((m) => m.scopes);
  const scopeLabel = (id: string) => {
    const label = scopes.find((x) => x.id === id)?.label;
    return label ? plainText(label, locale) : id;
  };
  return (
    <>
      <SiteHeader t={t} current="sources" lang={locale} />
      <main id="main" className="page">
        <h1>{t.sourcesPage.title}</h1>
        <p className="lede">{t.sourcesPage.lede}</p>
        <section className="card" aria-labelledby="updated-title">
          <h2 id="updated-title">{t.sourcesPage.updatedTitle}</h2>
          <p>{t.sourcesPage.compiled(formatDate(locale, data.meta.compiled))}</p>
          <ul>
            {data.seriesMeta.map((m) => (
              <li key={m.id}>
                {t.sourcesPage.seriesAsOf(t.sourcesPage.topics[m.id], formatPartialDate(locale, m.as_of))} (
                {formatMonthRange(locale, m.coverage.from, m.coverage.to)})
              </li>
            ))}
          </ul>
          <DataUpdates entries={data.changelog} scopeLabel={scopeLabel} locale={locale} t={t} />
        </section>
        <section className="card" aria-labelledby="method-title">
          <h2 id="method-title">{t.sourcesPage.methodTitle}</h2>
          <ul>
            {t.sourcesPage.method.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <h3>{t.sourcesPage.claimWindows}</h3>
          <ul>
            {data.claims.flatMap((c) =>
              c.checks.map((k) => (
                <li key={k.id}>
                  <Prose text={c.topic} locale={locale} />: <Prose text={k.label} locale={locale} /> ({formatMonthRange(locale, k.baseline.from, k.baseline.to)}{" "}
                  → {formatMonthRange(locale, k.comparison.from, k.comparison.to)}; {k.series === "fentanyl" ? `CBP, ${k.scope}` : "SESNSP"}){" "}
                  <span className="muted small">[{k.source_ids.join(", ")}]</span>
                </li>
              )),
            )}
          </ul>
        </section>
        <section className="card" aria-labelledby="downloads-title">
          <h2 id="downloads-title">{t.sourcesPage.downloadsTitle}</h2>
          <p>{t.sourcesPage.downloadsLede}</p>
          <ul className="downloads">
            {(Object.keys(DATA_FILES) as DataFileKey[]).map((key) => (
              <li key={key}>
                <a href={`/data/${DATA_FILES[key]}`} download>
                  {DATA_FILES[key]}
                </a>{" "}
                <span className="muted small">{t.sourcesPage.files[key]}</span>
              </li>
            ))}
          </ul>
        </section>
        <Picture kind="sources-discrepancies" view={view} />
        <Picture kind="sources-list" view={view} />
      </main>
      <SiteFooter t={t} compiled={formatDate(locale, data.meta.compiled)} />
    </>
  );
}
