// Fonts and the page's ground first: every component's own stylesheet comes after them.
import "./fonts.css";
import "./globals.css";
import "./components.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { siteOrigin } from "@/lib/env";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { pageWords } from "@/lib/i18n/page-words";
import { PictureStringsProvider } from "@/components/view/picture-strings";
import { StaticMarkup } from "@/components/view/static-markup";
import { pictureKey, picturesBase } from "@/lib/pictures/picture-source";
import { getBuildId } from "@/lib/load/build-id";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { INK } from "@/lib/theme/palette";
import { THEME_INIT_SCRIPT } from "@/lib/theme/theme-script";

/** The page's language, set by proxy.ts from ?lang= (the pages themselves parse it with lib/url/view-state). */
async function pageLocale(): Promise<Locale> {
  const lang = (await headers()).get("x-lang");
  return lang && isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** The defaults every page starts from, in its language: an embed and the 404 page keep them. */
export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages(await pageLocale());
  return {
    metadataBase: siteOrigin(),
    title: { default: t.site.name, template: `%s · ${t.site.name}` },
    description: t.site.tagline,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: INK.light.bg },
    { media: "(prefers-color-scheme: dark)", color: INK.dark.bg },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await pageLocale();
  return (
    // suppressHydrationWarning: the init script may have set data-theme on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* First in <head>: the reader's light/dark choice is on <html> before anything is painted. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
        {/* The pictures' inks (--ink-*), light and dark, from the one palette (lib/theme/palette.ts), sent once (not again in the
            payload). Its address never changes, so it is never fetched: no words for a failure (outside the page's provider). */}
        <StaticMarkup src={pictureKey("ink", DEFAULT_VIEW)} failedText="" retryText="" />
        {/* The two faces above the fold, from our own origin (copied from @fontsource/inter on install). */}
        <link rel="preload" href="/fonts/inter-latin-400-normal.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />
        <link rel="preload" href="/fonts/inter-latin-700-normal.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />
      </head>
      <body>
        {/* The words of what the page fetches after its first paint (parts sent once, charts' plots, download menus), given once. */}
        <PictureStringsProvider strings={pageWords(getMessages(locale))} base={picturesBase(getBuildId())}>
          {children}
        </PictureStringsProvider>
      </body>
    </html>
  );
}
