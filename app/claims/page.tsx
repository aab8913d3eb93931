import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { Picture } from "@/components/view/picture";
import { formatDate } from "@/lib/format/format";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { getClaimChecks } from "@/lib/load/derived";
import { buildClaimsPreview } from "@/lib/og/claims-preview";
import { previewPageMetadata } from "@/lib/og/metadata";
import { DEFAULT_VIEW, parseViewState, toSearch } from "@/lib/url/view-state";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const NO_IDS = { eventIds: [], placeIds: [] };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { lang } = parseViewState(await searchParams, NO_IDS).view;
  const t = getMessages(lang);
  const preview = buildClaimsPreview(getClaimChecks(), lang, t);
  return previewPageMetadata({
    lang,
    hrefIn: (l) => `/claims${toSearch({ ...DEFAULT_VIEW, lang: l })}`,
    title: preview.title,
    description: preview.description,
    image: { url: `/og/claims${toSearch({ ...DEFAULT_VIEW, lang })}`, alt: preview.alt },
  });
}

/**
 * Every official claim with every statement of it, newest first, each checked as far as the data
 * allow, and the windows its sources used recomputed; `/` shows each claim's latest statement and
 * links here. Rendered once per language and kept by the server's view cache (server/).
 */
export default async function ClaimsPage({ searchParams }: PageProps) {
  await connection();
  const view = { ...DEFAULT_VIEW, lang: parseViewState(await searchParams, NO_IDS).view.lang };
  const t = getMessages(view.lang);
  return (
    <>
      <SiteHeader t={t} current="claims" lang={view.lang} />
      <main id="main" className="page">
        <Picture kind="claims-full" view={view} />
      </main>
      <SiteFooter t={t} compiled={formatDate(view.lang, loadDataset().meta.compiled)} />
    </>
  );
}
