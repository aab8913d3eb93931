"use client";

import { errorMessagesFor } from "@/lib/i18n/error-messages";

/**
 * The last resort: the root layout itself failed, so this draws its own document (no stylesheet
 * of the site is sure to be there). The language comes from the address.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof window !== "undefined" && new URLSearchParams(window.location.search).get("lang") === "es" ? "es" : "en";
  const t = errorMessagesFor(lang);
  console.error(error);
  return (
    <html lang={lang}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", lineHeight: 1.5 }}>
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        <p>
          <button type="button" onClick={reset}>
            {t.retry}
          </button>{" "}
          <a href={lang === "es" ? "/?v=2&lang=es" : "/"}>{t.home}</a>
        </p>
      </body>
    </html>
  );
}
