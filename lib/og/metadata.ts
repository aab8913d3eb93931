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
 * Page metadata for a view: title, description, Open Graph and Twitter cards whose image is
 * /og with the view's own query, so a shared link previews what it opens. URLs are relative;
 * the root layout's `metadataBase` makes them absolute.
 */
export function buildPageMetadata(data: Dataset, view: ViewState, locale: Locale): Metadata {
  const text = buildPreviewText(data, view, locale);
  const query = serializeViewState(view);
  const image = { url: buildOgImagePath(view), ...OG_IMAGE_SIZE, alt: text.alt };
  return {
    title: text.title,
    description: text.description,
    alternates: {
      canonical: query ? `/?${query}` : "/",
      // The same view in each language (hreflang).
      languages: Object.fromEntries(
        LOCALES.map((lang) => {
          const q = serializeViewState({ ...view, lang });
          return [INTL_LOCALE[lang], q ? `/?${q}` : "/"];
        }),
      ),
    },
    openGraph: {
      title: text.title,
      description: text.description,
      type: "website",
      locale: INTL_LOCALE[locale].replace("-", "_"),
      url: query ? `/?${query}` : "/",
      images: [image],
    },
    twitter: { card: "summary_large_image", title: text.title, description: text.description, images: [image] },
  };
}
