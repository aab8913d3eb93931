"use client";

import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale";
import { useOptionalView } from "./view-context";

/**
 * Links to the same view in the other languages. On a page with a view, the link follows the
 * current URL (map, choices); elsewhere it is the server's link for this page.
 */
export function LangSwitch({ current, fallbackHrefs, label }: { current: Locale; fallbackHrefs: Record<Locale, string>; label: string }) {
  const api = useOptionalView();
  return (
    <nav aria-label={label} className="lang-switch">
      {LOCALES.filter((l) => l !== current).map((lang) => (
        <a key={lang} href={api ? api.hrefOf({ ...api.view, lang }).split("#")[0] : fallbackHrefs[lang]} hrefLang={lang} lang={lang}>
          {LOCALE_NAMES[lang]}
        </a>
      ))}
    </nav>
  );
}
