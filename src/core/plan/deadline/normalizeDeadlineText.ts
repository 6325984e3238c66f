import { fixLookalikes, oneLine, unifyDashes } from "../../text/normalize";
import { ORDINAL_SOURCE } from "./numerals";

/**
 * Deadline texts are folded before matching, so the patterns only see one spelling of each thing:
 * lower case, ё→е, Latin look-alikes → Cyrillic, one line, one kind of dash and space, "г."/"гг." as year words.
 */

/** Unicode Roman numeral characters (Ⅰ…Ⅳ), as some PDF copies use them. */
const ROMAN_CHARS: Readonly<Record<string, string>> = { "Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "ⅰ": "i", "ⅱ": "ii", "ⅲ": "iii", "ⅳ": "iv" };
const ROMAN_CHAR = /[ⅠⅡⅢⅣⅰⅱⅲⅳ]/g;

/**
 * Words made only of Latin letters that look Cyrillic ("MAPT", a Latin "c" for the preposition "с") are Cyrillic
 * typed on the wrong layout; fixLookalikes leaves all-Latin words alone, so they are mapped here. Roman numerals
 * (I, V) have no Cyrillic twin and stay Latin.
 */
const ALL_LOOKALIKE = /(?<!\p{L})[aceopxykmthbACEOPXYKMTHB]+(?!\p{L})/gu;
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в",
  A: "А", C: "С", E: "Е", O: "О", P: "Р", X: "Х", Y: "У", K: "К", M: "М", T: "Т", H: "Н", B: "В",
};

/**
 * "II–III квартал", "I и II полугодие", "3, 4 кварталы": one noun shared by two ordinals is written out for each, so
 * the range or list reads as the one written in full ("II квартал – III квартал").
 */
const SHARED_PERIOD_NOUN = new RegExp(
  `(?<![\\p{L}\\d])(${ORDINAL_SOURCE})\\s?(-|,|и(?!\\p{L}))\\s?(${ORDINAL_SOURCE})\\s?(кв(?:артал\\p{L}*)?\\.?(?!\\p{L})|полугод\\p{L}*)`,
  "gu",
);

/** Rewrites applied in order to the lower-cased text: typos, abbreviations, ordinal endings, spacing. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/[«»"“”„'`’]/g, ""],
  [/і/g, "i"], // Cyrillic (Ukrainian) і used as the Roman numeral I
  [/(?<!\p{L})в\s?теч\.\s?/gu, "в течение "],
  [/(?<!\p{L})течени[ия](?!\p{L})/gu, "течение"],
  [/(?<!\p{L})у\.\s?г\.?(?!\p{L})/gu, " учебный год "],
  [/(?<!\p{L})уч\.\s?/gu, "учебный "],
  [/(?<!\p{L})гг\.?(?!\p{L})/gu, " годы "],
  [/(?<!\p{L})г\.?(?!\p{L})/gu, " год "],
  // "1-й квартал", "2-е полугодие", "5-го числа": the ending says nothing the number does not.
  [/(\d)\s?-\s?(?:ый|ий|ой|й|ое|ее|е|ого|его|го|ом|ем|м|ая|я|ую|ю)(?!\p{L})/gu, "$1"],
  // "2022года", "сентября2024": digits glued to words.
  [/(\d)(?=\p{L})/gu, "$1 "],
  [/(\p{L})(?=\d)/gu, "$1 "],
  [SHARED_PERIOD_NOUN, "$1 $4 $2 $3 $4"],
  [/ {2,}/g, " "],
];

/**
 * The words naming how often («ежеквартально», «ежемесячно», …) are a deadline's longest, the ones a narrow deadline
 * column breaks at its edge without a hyphen; text laid out keeps the break as a space («ежекварталь но, до 10
 * числа»), and where the column's edge cannot be measured the pieces stay two words. Where the first piece is no such
 * word by itself and the two make one (its stem and an ending), they are read as one.
 */
const FREQUENCY_WORD = /^(?:ежедневн|еженедельн|ежемесячн|ежеквартальн|ежеполугодн|ежегодн|поквартальн|помесячн)\p{L}{0,3}$/u;
const TWO_PIECES = /(?<!\p{L})((?:еже|по)\p{L}+) (\p{L}+)(?!\p{L})/gu;

function joinBrokenFrequency(s: string): string {
  return s.replace(TWO_PIECES, (both, head: string, rest: string) => (!FREQUENCY_WORD.test(head) && FREQUENCY_WORD.test(head + rest) ? head + rest : both));
}

/** The folded form of a deadline text that every deadline pattern matches against. */
export function normalizeDeadlineText(text: string): string {
  let s = unifyDashes(oneLine(text)).replace(ROMAN_CHAR, (c) => ROMAN_CHARS[c] ?? c);
  s = fixLookalikes(s).replace(ALL_LOOKALIKE, (w) => w.replace(/./g, (c) => LATIN_TO_CYRILLIC[c] ?? c));
  s = s.toLowerCase().replace(/ё/g, "е");
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return joinBrokenFrequency(s).trim();
}

const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\r\n]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * A fold that keeps every character at its index (for findExplicitDates, whose matches slice the source text):
 * look-alikes, case, ё, spaces and dashes only, each one character for one character.
 */
export function foldKeepingLength(text: string): string {
  return lowerKeepingLength(fixLookalikes(text)).replace(/ё/g, "е").replace(SPACE_LIKE, " ").replace(DASH_LIKE, "-");
}

/**
 * Each UTF-16 unit lower-cased alone, one for one: a unit whose lower case is longer (İ → i̇) stays as it is. The
 * whole string is lower-cased in one call where that gives the same (it runs on every deadline of a plan; a string
 * built a character at a time was a tenth of structuring one): it differs only where a unit grows (the length says
 * so), where a letter is cased by its neighbours (Σ at a word's end → ς) and where two units make one letter
 * (𐐀 → 𐐨, a lone unit has no case).
 */
function lowerKeepingLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length && !CASED_IN_CONTEXT.test(s)) return lower;
  let out = "";
  for (const ch of s.split("")) {
    const one = ch.toLowerCase();
    out += one.length === 1 ? one : ch;
  }
  return out;
}

const CASED_IN_CONTEXT = /[\u03A3\uD800-\uDFFF]/;
