/**
 * Normalised keys of party names for grouping spelling variants. A name with a person in it is keyed by surname
 * and initials; anything else by its folded text (case, ё, look-alikes, quotes and spaces do not count, and
 * «СОШ №1» = «СОШ № 1»).
 */
import { foldText } from "../../text/normalize";
import { findPersons } from "./findPersons";

export type VariantKey =
  | { readonly kind: "person"; readonly key: string; readonly surname: string; readonly initials: string }
  | { readonly kind: "org"; readonly key: string; readonly digits: string; readonly shortWords: string };

/** Words this short are abbreviations or numbers («МБОУ», «МКОУ», «ДО»): one letter there is another body. */
const SHORT_WORD = 4;

export function variantKey(text: string): VariantKey {
  const [person] = findPersons(text);
  if (person) {
    const surname = person.surname.toLowerCase();
    const initials = person.initials.toLowerCase();
    return { kind: "person", key: `${surname} ${initials}`, surname, initials };
  }
  const key = foldText(text.replace(/№/gu, " ")).replace(/[.\-/]/gu, " ").replace(/\s+/gu, " ").trim();
  const tokens = key.split(" ");
  return {
    kind: "org",
    key,
    digits: (key.match(/\d+/gu) ?? []).join(" "),
    shortWords: tokens.filter((t) => t.length <= SHORT_WORD).join(" "),
  };
}
