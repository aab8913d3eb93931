// A type-only import: nothing from Next runs here, so the function stays pure and testable.
import type { Metadata } from "next";
import type { Dataset } from "../data/dataset";
import { INTL_LOCALE, LOCALES, type Locale } from "../i18n/locale";
import { serializeViewState, type ViewState } from "../url/view-state";
import { buildPreviewText } from "./preview-text";

/** Size of the preview image app/og/route.tsx draws (the Open Graph 1.91:1 card). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** "/og?v=2&event=2026-01" for a view, "/og" for the default view: the image URL is keyed by the same query as the page. */
export function buildOgImagePath(view: ViewState): string {
  const query = serializeViewState(view);
  return query ? `/og?${query}` : "/og";
}

/**
 * A page's metadata with its link preview: title, description, canonical URL and the same page in
 * each language (hreflang), and Open Graph and Twitter cards with the preview image and its alt
 * text. URLs are relative; the root layout's `metadataBase` makes them absolute.
 * Example: previewPageMetadata({ lang: "es", hrefIn: (l) => `/claims?lang=${l}`, title, description, image: { url: "/og/claims?v=2&lang=es", alt } })
 */
export function previewPageMetadata({
  lang,
  hrefIn,
  title,
  description,
  image,
}: {
  lang: Locale;
  /** The page's own URL in a language. */
  hrefIn: (lang: Locale) => string;
  title: string;
  description: string;
  image: { url: string; alt: string };
}): Metadata {
  const images = [{ ...image, ...OG_IMAGE_SIZE }];
  return {
    title,
    description,
    alternates: { canonical: hrefIn(lang), languages: Object.fromEntries(LOCALES.map((l) => [INTL_LOCALE[l], hrefIn(l)])) },
    openGraph: { title, description, type: "website", locale: INTL_LOCALE[lang].replace("-", "_"), url: hrefIn(lang), images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

/** Page metadata for a view of /: its preview text, and /og with the view's own query, so a shared link previews what it opens. */
export function buildPageMetadata(data: Dataset, view: ViewState, locale: Locale): Metadata {
  const text = buildPreviewText(data, view, locale);
  const hrefIn = (lang: Locale) => {
    const query = serializeViewState({ ...view, lang });
    return query ? `/?${query}` : "/";
  };
  return previewPageMetadata({ lang: locale, hrefIn, title: text.title, description: text.description, image: { url: buildOgImagePath(view), alt: text.alt } });
}
