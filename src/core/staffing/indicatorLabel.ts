import { type Locale, localize } from "../../i18n";
import { indicatorCatalogue } from "./indicatorCatalogue";
import type { IndicatorResult } from "./types";

/**
 * An indicator's title and unit as a sheet shows them. The Russian texts are the report's (a user's catalogue may
 * retitle an indicator or define its own); English comes from our catalogue, and a user's own indicator is data,
 * shown as written in every language.
 */
export function indicatorTitle(ind: IndicatorResult, locale: Locale): string {
  const known = indicatorCatalogue().find((d) => d.id === ind.id);
  return known ? localize({ ru: ind.title, en: known.title.en }, locale) : ind.title;
}

/** ", ст." after a non-percent indicator's title; "" for a percent. Our units read the same in English. */
export function indicatorUnitSuffix(ind: IndicatorResult, locale: Locale): string {
  if (ind.unit === "%") return "";
  const known = indicatorCatalogue().find((d) => d.id === ind.id && d.unit === ind.unit);
  return `, ${known ? localize({ ru: ind.unit, en: ind.unit }, locale) : ind.unit}`;
}
