/**
 * The languages texts are rendered in. "qps" is the pseudo-locale: every catalogue text is the Russian reference
 * wrapped in markers, so that a text written past the catalogue shows up unwrapped (test/i18n checks every sheet
 * and every pane tab in it). Only ru and en are maintained by hand.
 */
export const LOCALES = ["ru", "en", "qps"] as const;
export type Locale = (typeof LOCALES)[number];

/** The languages someone writes texts in; the pseudo-locale is derived from ru. */
export type TextLocale = Exclude<Locale, "qps">;

/** Markers around every pseudo-locale text: rare enough never to occur in a plan or a staffing table. */
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

/** The language whose texts, number conventions and plural rules a locale uses. */
export function textLocale(locale: Locale): TextLocale {
  return locale === "en" ? "en" : "ru";
}

/** BCP 47 tag for Intl (numbers, dates, plural rules): the pseudo-locale formats as Russian. */
export function intlTag(locale: Locale): string {
  return textLocale(locale) === "ru" ? "ru-RU" : "en-US";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
