/** Languages the UI is written for: English and Spanish (Mexico). Each has a catalogue in messages.ts. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** BCP 47 tag for Intl formatting of each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-MX" };

/** Each language's name in that language, for a language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/** Narrows an untrusted value (a URL parameter, a cookie) to a supported locale. */
export function isLocale(x: unknown): x is Locale {
  return typeof x === "string" && (LOCALES as readonly string[]).includes(x);
}
