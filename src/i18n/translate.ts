import { type CatalogueId, catalogueTexts, type CatalogueTexts, type Placeholders, type ReferenceText } from "./catalogue";
import { fill, formatNumber, type MessageValues } from "./fill";
import type { Locale } from "./locale";

export type MessageId = CatalogueId;
/** The pane's languages are every locale (the pseudo-locale included, for the tests). */
export type PaneLocale = Locale;

/** Parameters a message needs, derived from its Russian text: none → no argument, else a record of exactly those. */
export type MessageParams<K extends MessageId> = [Placeholders<ReferenceText<K>>] extends [never]
  ? []
  : [params: Readonly<Record<Placeholders<ReferenceText<K>>, string | number>>];

/** A message to show later (errors, results kept in state): the id and its parameters, rendered at display time. */
export interface Message {
  readonly id: MessageId;
  readonly params?: MessageValues;
}

export type Translate = <K extends MessageId>(id: K, ...params: MessageParams<K>) => string;

export { fill, formatNumber };

/** The typed t(id, params) of one language. */
export function translator(locale: Locale): Translate {
  const messages = catalogueTexts(locale);
  return (id, ...params) => fill(messages[id], params[0] as MessageValues | undefined, locale);
}

/** Renders a stored Message (its parameters were checked where it was made). */
export function renderMessage(locale: Locale, message: Message): string {
  return fill(catalogueTexts(locale)[message.id], message.params, locale);
}

/** Every maintained catalogue and the derived pseudo one, for the consistency tests. */
export function catalogues(): Readonly<Record<Locale, CatalogueTexts>> {
  return { ru: catalogueTexts("ru"), en: catalogueTexts("en"), qps: catalogueTexts("qps") };
}

/** Office's display language ("ru-RU", "en-US", "uk-UA") to a pane language: Russian for ru, English otherwise. */
export function localeFromDisplayLanguage(tag: string | null | undefined): Locale {
  if (tag && /^qps\b/i.test(tag)) return "qps";
  return tag && /^ru\b/i.test(tag) ? "ru" : tag ? "en" : "ru";
}

/** A typed Message: msg("op.sheets", { done, total, sheet }). */
export function msg<K extends MessageId>(id: K, ...params: MessageParams<K>): Message {
  return params.length ? { id, params: params[0] as MessageValues } : { id };
}
