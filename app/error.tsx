"use client";

import { useSyncExternalStore } from "react";
import { errorMessagesFor } from "@/lib/i18n/error-messages";

const subscribeNever = () => () => {};

/**
 * Shown in place of a page whose rendering failed, inside the site's layout, in the page's
 * language, with a retry (re-renders the page) and a way home. The error is logged, not shown.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(
    subscribeNever,
    () => document.documentElement.lang,
    () => "en",
  );
  const t = errorMessagesFor(lang);
  console.error(error);
  return (
    <main id="main" className="page">
      <section className="card" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">{t.title}</h1>
        <p>{t.body}</p>
        <p className="error-actions">
          <button type="button" className="button" onClick={reset}>
            {t.retry}
          </button>{" "}
          <a href={lang === "es" ? "/?v=2&lang=es" : "/"}>{t.home}</a>
        </p>
      </section>
    </main>
  );
}
