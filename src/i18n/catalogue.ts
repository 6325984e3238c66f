import { cliEn } from "./cli/en";
import { cliRu } from "./cli/ru";
import { en as paneEn } from "./en";
import { pseudo } from "./fill";
import type { Locale } from "./locale";
import { ru as paneRu } from "./ru";
import { sheetsEn } from "./sheets/en";
import { sheetsRu } from "./sheets/ru";
import { webEn } from "./web/en";
import { webRu } from "./web/ru";

/**
 * The one text catalogue: a Russian reference module per area (pane, sheets…) and its English twin typed against it
 * (same ids; the same {placeholders}, checked by sameParams below and by test/i18n). Ids carry their area's prefix
 * so the modules never collide (test/i18n checks that too). The pseudo-locale is derived from the Russian texts.
 */
const RU = { ...paneRu, ...sheetsRu, ...cliRu, ...webRu } as const;
const EN = { ...paneEn, ...sheetsEn, ...cliEn, ...webEn } as const;

export type CatalogueId = keyof typeof RU;
export type CatalogueTexts = { readonly [K in CatalogueId]: string };

/** The {name} and {name:forms} placeholders of a text, as a type: "Лист {done} из {total}" → "done" | "total". */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | Placeholders<Rest>
  : never;

/** An id whose English text names other placeholders than its Russian reference (never, when they agree). */
type ParamMismatch<R, E> = {
  [K in keyof R & keyof E]: R[K] extends string
    ? E[K] extends string
      ? [Placeholders<R[K]>] extends [Placeholders<E[K]>]
        ? [Placeholders<E[K]>] extends [Placeholders<R[K]>]
          ? never
          : K
        : K
      : K
    : K;
}[keyof R & keyof E];

/** Fails to compile, naming the id, when an English text's placeholders differ from the Russian reference's. */
const sameParams: [ParamMismatch<typeof RU, typeof EN>] extends [never] ? true : ParamMismatch<typeof RU, typeof EN> = true;
void sameParams;

export type ReferenceText<K extends CatalogueId> = (typeof RU)[K];

let pseudoTexts: CatalogueTexts | undefined;

/** The texts of one locale; the pseudo-locale's are made from the Russian reference on first use. */
export function catalogueTexts(locale: Locale): CatalogueTexts {
  if (locale === "ru") return RU;
  if (locale === "en") return EN;
  pseudoTexts ??= Object.fromEntries(Object.entries(RU).map(([id, text]) => [id, pseudo(text)])) as unknown as CatalogueTexts;
  return pseudoTexts;
}

/** The reference and English modules by area, for the tests of the catalogue itself. */
export const CATALOGUE_MODULES = {
  pane: { ru: paneRu, en: paneEn },
  sheets: { ru: sheetsRu, en: sheetsEn },
  cli: { ru: cliRu, en: cliEn },
  web: { ru: webRu, en: webEn },
} as const;
