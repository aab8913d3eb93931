/** Languages the UI is written for. Spanish (es-MX) arrives with its catalogue; see messages.ts. */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** BCP 47 tag for Intl formatting of each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-US" };
