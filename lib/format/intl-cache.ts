import { INTL_LOCALE, type Locale } from "../i18n/locale";

/**
 * Intl formatters are expensive to construct (tens of microseconds each) and a page formats
 * hundreds of values, so each (locale, options) pair is built once per process and reused.
 * Options objects are keyed by their JSON, so callers may pass fresh literals.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const collators = new Map<string, Intl.Collator>();

function memo<F>(cache: Map<string, F>, locale: Locale, options: object, make: (tag: string) => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make(INTL_LOCALE[locale]);
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  memo(numberFormats, locale, options, (tag) => new Intl.NumberFormat(tag, options));

export const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo(dateFormats, locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

export const listFormat = (locale: Locale, options: Intl.ListFormatOptions): Intl.ListFormat =>
  memo(listFormats, locale, options, (tag) => new Intl.ListFormat(tag, options));

/** The reader's language's sort order for names ("Álvarez" between "Alba" and "Beltrán" in Spanish). */
export const collator = (locale: Locale): Intl.Collator => memo(collators, locale, {}, (tag) => new Intl.Collator(tag));
