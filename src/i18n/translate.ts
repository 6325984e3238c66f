import { en } from "./en";
import { type MessageId, ru } from "./ru";

export type { MessageId };
export type PaneLocale = "ru" | "en";

/** The {name} placeholders of a template literal type: "Лист {done} из {total}" → "done" | "total". */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Parameters a message needs, derived from its Russian text: none → no argument, else a record of exactly those. */
export type MessageParams<K extends MessageId> = [Placeholders<(typeof ru)[K]>] extends [never]
  ? []
  : [params: Readonly<Record<Placeholders<(typeof ru)[K]>, string | number>>];

/** A message to show later (errors, results kept in state): the id and its parameters, rendered at display time. */
export interface Message {
  readonly id: MessageId;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Translate = <K extends MessageId>(id: K, ...params: MessageParams<K>) => string;

const CATALOGUES: Readonly<Record<PaneLocale, { readonly [K in MessageId]: string }>> = { ru, en };

/** Numbers in messages in the reader's convention: 1 234,5 in Russian, 1,234.5 in English. */
export function formatNumber(n: number, locale: PaneLocale, maxFraction = 2): string {
  return n.toLocaleString(locale === "ru" ? "ru-RU" : "en-US", { maximumFractionDigits: maxFraction });
}

/** Fills a template; a missing parameter stays visible as {name} so that a gap shows rather than vanishes. */
export function fill(template: string, params: Readonly<Record<string, string | number>> | undefined, locale: PaneLocale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, locale) : v;
  });
}

/** The typed t(id, params) of one language. */
export function translator(locale: PaneLocale): Translate {
  const messages = CATALOGUES[locale];
  return (id, ...params) => fill(messages[id], params[0] as Readonly<Record<string, string | number>> | undefined, locale);
}

/** Renders a stored Message (its parameters were checked where it was made). */
export function renderMessage(locale: PaneLocale, message: Message): string {
  return fill(CATALOGUES[locale][message.id], message.params, locale);
}

/** Every catalogue, for the placeholder consistency test. */
export function catalogues(): Readonly<Record<PaneLocale, { readonly [K in MessageId]: string }>> {
  return CATALOGUES;
}

/** Office's display language ("ru-RU", "en-US", "uk-UA") to a pane language: Russian for ru, English otherwise. */
export function localeFromDisplayLanguage(tag: string | null | undefined): PaneLocale {
  return tag && /^ru\b/i.test(tag) ? "ru" : tag ? "en" : "ru";
}

/** A typed Message: msg("op.sheets", { done, total, sheet }). */
export function msg<K extends MessageId>(id: K, ...params: MessageParams<K>): Message {
  return params.length ? { id, params: params[0] as Readonly<Record<string, string | number>> } : { id };
}
