/**
 * Ordinal numerals of quarters, half-years and decades: Roman (i…iv after folding; Cyrillic і is folded to i
 * beforehand, while "ш" is a letter, not III), Arabic (1–4, endings like "-й" already dropped) and words
 * (первый, во втором, третьей, четвертого).
 */

const ORDINALS: readonly (readonly [RegExp, number])[] = [
  [/^(?:iv|4|четверт\p{L}*)$/u, 4],
  [/^(?:iii|3|трет\p{L}*)$/u, 3],
  [/^(?:ii|2|втор\p{L}*)$/u, 2],
  [/^(?:i|1|перв\p{L}*)$/u, 1],
];

/** Regex source matching one ordinal numeral as a whole word (the value comes from ordinalValue). */
export const ORDINAL_SOURCE = "(?:iv|iii|ii|i|[1-4]|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четверт\\p{L}*)(?![\\p{L}\\d])";

/** The value of an ordinal numeral, or null when it is none. */
export function ordinalValue(word: string): number | null {
  for (const [re, n] of ORDINALS) if (re.test(word)) return n;
  return null;
}
