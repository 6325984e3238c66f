/**
 * Pieces of Russian words that are no word by themselves: a line of a cell or a caption that starts with one can only
 * go on with the word the line before it broke at the column's edge («финансиров» / «ания», «муниципаль» / «ного
 * бюджета», «общеобразовател» / «ьных»). Suffixes of nouns in -ние/-ция/-ство/-ость and of adjectives in
 * -ный/-ской/-тельный, and anything opening with «ь», «ъ» or «ы», which no Russian word does. Pronouns and particles
 * that look like suffixes («ним», «ни», «его», «им») are words and are left out.
 */
const NO_WORD_ALONE =
  /^(?:[ьъы]\p{L}*|(?:р?ов|в)?[аеи]?ни(?:е|я|ю|й|ем|ями|ях)|ировани\p{L}*|н(?:ого|ому|ыми|ых|ой|ую|ая|ое|ые|ый)|ск(?:ое|ого|их|ие|ая|ий|ой)|ци(?:и|я|ю|ей)|ств(?:а|о|у)|ност(?:и|ь|ей)|тельн\p{L}*|льн\p{L}*)(?![\p{L}-])/u;

/** Whether `text` opens with a piece of a word that is no word alone (NO_WORD_ALONE). */
export const opensWithNoWord = (text: string): boolean => NO_WORD_ALONE.test(text.trimStart());
