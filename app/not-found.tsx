import { headers } from "next/headers";
import { SiteHeader } from "@/components/site-header";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { DEFAULT_VIEW, toSearch } from "@/lib/url/view-state";

/**
 * The 404 page, in the language of ?lang= (handed over by proxy.ts). The server in front of Next
 * renders it once per language, from a path no route has, and answers every unknown path with it.
 * Next marks it noindex itself.
 */
export default async function NotFound() {
  const raw = (await headers()).get("x-lang");
  const lang = raw && isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = getMessages(lang);
  const search = toSearch({ ...DEFAULT_VIEW, lang });
  return (
    <>
      <SiteHeader t={t} current={null} lang={lang} />
      <main id="main" className="page">
        <h1>{t.notFoundPage.title}</h1>
        <p className="lede">{t.notFoundPage.body}</p>
        <ul>
          <li>
            <a href={`/${search}`}>{t.notFoundPage.home}</a>
          </li>
          <li>
            <a href={`/sources${search}`}>{t.notFoundPage.sources}</a>
          </li>
        </ul>
      </main>
    </>
  );
}
