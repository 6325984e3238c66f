import { intlTag, type Locale, PSEUDO_CLOSE, PSEUDO_OPEN, textLocale } from "./locale";
import { pluralForm } from "./plural";

export type MessageValues = Readonly<Record<string, string | number>>;

/** Numbers in messages in the reader's convention: 1 234,5 in Russian (and pseudo), 1,234.5 in English. */
export function formatNumber(n: number, locale: Locale, maxFraction = 2): string {
  return n.toLocaleString(intlTag(locale), { maximumFractionDigits: maxFraction });
}

/** `{name}` inserts a value; `{name:form|form|form}` the word form that agrees with the number `name`. */
const PLACEHOLDER = /\{(\w+)(?::([^{}]*))?\}/g;

/**
 * Fills a template. A missing parameter stays visible as {name} so that a gap shows rather than vanishes; a plural
 * form of a value that is no number (a text "12") agrees with the number the text reads as.
 */
export function fill(
  template: string,
  params: MessageValues | undefined,
  locale: Locale,
  formatValue: (n: number, locale: Locale) => string = formatNumber,
): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, key: string, forms?: string) => {
    const v = params[key];
    if (v === undefined) return whole;
    if (forms !== undefined) {
      const n = typeof v === "number" ? v : Number(String(v).replace(/\s/g, "").replace(",", "."));
      return Number.isFinite(n) ? pluralForm(n, locale, forms.split("|")) : whole;
    }
    return typeof v === "number" ? formatValue(v, locale) : v;
  });
}

/** The pseudo-locale's text of a Russian reference text: the same text, wrapped in markers. */
export function pseudo(reference: string): string {
  return `${PSEUDO_OPEN}${reference}${PSEUDO_CLOSE}`;
}

/** A text written in both languages beside the data it describes (issue catalogue, column titles, error texts). */
export interface Localized {
  readonly ru: string;
  readonly en: string;
}

/**
 * The one way to read a {ru, en} record: the pseudo-locale gets the Russian text in markers, so these records show
 * in pseudo-locale renderings like the id catalogue does.
 */
export function localize(texts: Localized, locale: Locale): string {
  return locale === "qps" ? pseudo(texts.ru) : texts[textLocale(locale)];
}

/** localize, then fill the template's placeholders. */
export function localizeFill(texts: Localized, locale: Locale, params?: MessageValues, formatValue?: (n: number, locale: Locale) => string): string {
  return fill(localize(texts, locale), params, locale, formatValue);
}

/** A table's texts as the reader gets them: literal texts widen to string (the pseudo-locale's differ). */
export type Texts<T> = T extends string ? string : T extends (...args: never[]) => unknown ? T : { readonly [K in keyof T]: Texts<T[K]> };

/** Every text of a table in markers; a function that makes a text (a total with its counts) has its result wrapped. */
function pseudoDeep(value: unknown): unknown {
  if (typeof value === "string") return pseudo(value);
  if (typeof value === "function") return (...args: unknown[]) => pseudoDeep((value as (...a: unknown[]) => unknown)(...args));
  if (Array.isArray(value)) return value.map(pseudoDeep);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoDeep(v)]));
  return value;
}

const pseudoTables = new WeakMap<object, unknown>();

/**
 * The one way to read a table of texts kept per language (labels by kind, column headers): the pseudo-locale gets
 * the Russian table with every text in markers.
 */
export function localizeTable<T extends { readonly ru: unknown; readonly en: unknown }>(table: T, locale: Locale): Texts<T["ru"]> | Texts<T["en"]> {
  if (locale !== "qps") return table[textLocale(locale)] as Texts<T["ru"]>;
  if (!pseudoTables.has(table)) pseudoTables.set(table, pseudoDeep(table.ru));
  return pseudoTables.get(table) as Texts<T["ru"]>;
}
