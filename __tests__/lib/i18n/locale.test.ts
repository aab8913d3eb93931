/** @jest-environment node */
import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locale";

describe("locale", () => {
  it("LOCALES lists English and Spanish, English first as the default", () => {
    expect(LOCALES).toEqual(["en", "es"]);
    expect(DEFAULT_LOCALE).toBe("en");
  });

  it("INTL_LOCALE formats Spanish as Mexican Spanish", () => {
    expect(INTL_LOCALE).toEqual({ en: "en-US", es: "es-MX" });
  });

  it("LOCALE_NAMES names each language in that language", () => {
    expect(LOCALE_NAMES).toEqual({ en: "English", es: "Español" });
    expect(Object.keys(LOCALE_NAMES).sort()).toEqual([...LOCALES].sort());
  });

  it("isLocale accepts exactly the supported locales", () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    for (const x of ["", "EN", "es-MX", "fr", "toString", "__proto__", null, undefined, 1, {}, ["en"]]) expect(isLocale(x)).toBe(false);
  });
});
