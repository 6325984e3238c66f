import { intlTag, type Locale, textLocale } from "./locale";

/**
 * The order of the forms written in a message, per language, as Intl.PluralRules names them:
 * `{count:пункт|пункта|пунктов}` (one|few|many) in Russian, `{count:item|items}` (one|other) in English.
 * Russian fractions ("other": 2,5 пункта) take the few form, as Russian grammar does.
 */
const FORM_ORDER: Readonly<Record<"ru" | "en", readonly Intl.LDMLPluralRule[]>> = {
  ru: ["one", "few", "many"],
  en: ["one", "other"],
};
const FALLBACK: Readonly<Record<"ru" | "en", Partial<Record<Intl.LDMLPluralRule, Intl.LDMLPluralRule>>>> = {
  ru: { other: "few", zero: "many", two: "few" },
  en: {},
};

const rulesCache = new Map<string, Intl.PluralRules>();

function rules(tag: string): Intl.PluralRules {
  let r = rulesCache.get(tag);
  if (!r) {
    r = new Intl.PluralRules(tag);
    rulesCache.set(tag, r);
  }
  return r;
}

/** Number of forms a plural placeholder carries in a language's texts. */
export function pluralFormCount(locale: Locale): number {
  return FORM_ORDER[textLocale(locale)].length;
}

/** The form of a word for a count: pluralForm(21, "ru", ["пункт", "пункта", "пунктов"]) → "пункт". */
export function pluralForm(n: number, locale: Locale, forms: readonly string[]): string {
  const lang = textLocale(locale);
  const order = FORM_ORDER[lang];
  const category = rules(intlTag(locale)).select(Math.abs(n));
  let index = order.indexOf(category);
  if (index < 0) index = order.indexOf(FALLBACK[lang][category] ?? order[order.length - 1]);
  return forms[Math.min(index, forms.length - 1)] ?? "";
}
