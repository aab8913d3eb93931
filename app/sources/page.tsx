import type { Metadata } from "next";
import { connection } from "next/server";
import { DiscrepancyList } from "@/components/discrepancy-list";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SourceList } from "@/components/source-list";
import { buildLookup } from "@/lib/data/lookup";
import { formatDate } from "@/lib/format/format";
import { DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";

const t = getMessages(DEFAULT_LOCALE);

export const metadata: Metadata = { title: t.sourcesPage.title, description: t.sourcesPage.lede };

/** Rendered per request so that its scripts carry this response's CSP nonce (see proxy.ts). */
export default async function SourcesPage() {
  await connection();
  const locale = DEFAULT_LOCALE;
  const data = loadDataset();
  const lookup = buildLookup(data);
  const eventLabel = (id: string | null) => {
    const ev = data.events.find((e) => e.id === id);
    return ev ? formatDate(locale, ev.date) : t.sourcesPage.general;
  };
  return (
    <>
      <SiteHeader t={t} current="sources" />
      <main id="main" className="page">
        <h1>{t.sourcesPage.title}</h1>
        <p className="lede">{t.sourcesPage.lede}</p>
        <DiscrepancyList discrepancies={data.discrepancies} eventLabel={eventLabel} lookup={lookup} t={t} />
        <SourceList sources={data.sources} locale={locale} t={t} />
      </main>
      <SiteFooter t={t} compiled={formatDate(locale, data.meta.compiled)} />
    </>
  );
}
