import Link from "next/link";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { DEFAULT_VIEW, toSearch } from "@/lib/url/view-state";
import { LangSwitch } from "./view/lang-switch";
import { ThemeSwitch } from "./view/theme-switch";

/** Site name, navigation (keeping the language), the language switch and the light/dark switch. `current`: the page the reader is on (null: none). */
export function SiteHeader({ t, current, lang }: { t: Messages; current: "overview" | "people" | "claims" | "timeline" | "sources" | null; lang: Locale }) {
  const search = (l: Locale) => toSearch({ ...DEFAULT_VIEW, lang: l });
  const paths = { overview: "/", people: "/people", claims: "/claims", timeline: "/timeline", sources: "/sources" } as const;
  const fallbackHrefs = Object.fromEntries(LOCALES.map((l) => [l, `${paths[current ?? "overview"]}${search(l)}`])) as Record<Locale, string>;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <div className="site-header__inner">
        <Link className="site-name" href={`/${search(lang)}`} prefetch={false}>
          {t.site.name}
        </Link>
        <nav aria-label={t.site.name}>
          <Link href={`/${search(lang)}`} prefetch={false} aria-current={current === "overview" ? "page" : undefined}>
            {t.site.navOverview}
          </Link>
          <Link href={`/people${search(lang)}`} prefetch={false} aria-current={current === "people" ? "page" : undefined}>
            {t.people.nav}
          </Link>
          <Link href={`/claims${search(lang)}`} prefetch={false} aria-current={current === "claims" ? "page" : undefined}>
            {t.claims.nav}
          </Link>
          <Link href={`/timeline${search(lang)}`} prefetch={false} aria-current={current === "timeline" ? "page" : undefined}>
            {t.timeline.nav}
          </Link>
          <Link href={`/sources${search(lang)}`} prefetch={false} aria-current={current === "sources" ? "page" : undefined}>
            {t.site.navSources}
          </Link>
        </nav>
        <div className="site-header__tools">
          <LangSwitch current={lang} fallbackHrefs={fallbackHrefs} label={t.site.language} />
          <ThemeSwitch toDark={t.site.themeToDark} toLight={t.site.themeToLight} />
        </div>
      </div>
    </header>
  );
}
