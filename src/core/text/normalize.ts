/**
 * Text normalisation shared by every part of the core. Two levels:
 * - cleanText keeps what a user wrote (case, punctuation, line breaks) but removes invisible noise;
 * - foldText is for matching only (synonyms, fuzzy grouping): lower case, ё→е, Latin look-alikes → Cyrillic.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g; // soft hyphen, zero-width spaces and joiners, BOM
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g; // NBSP, thin and other exotic spaces
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g; // hyphens, en/em dashes, minus sign

/**
 * Text cleanText leaves as it is: one line, nothing invisible or exotic, no double space (trimming is checked apart).
 * Most cells are such text, and the replacements below cost a plan of 10,000 items a fifth of its structuring.
 */
const CLEAN_ALREADY = /^[^\r\n\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]*$/;

/** Removes invisible characters, unifies spaces and line breaks, trims every line. Keeps line breaks. */
export function cleanText(s: string): string {
  if (CLEAN_ALREADY.test(s) && !s.includes("  ") && s.trim() === s) return s;
  return s
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** cleanText, then every line break becomes a space: for one-line labels. */
export function oneLine(s: string): string {
  return cleanText(s).replace(/\s*\n\s*/g, " ");
}

/** Latin letters that look like Cyrillic ones, as they slip in from PDF copies and keyboard layouts. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в",
  A: "А", C: "С", E: "Е", O: "О", P: "Р", X: "Х", Y: "У", K: "К", M: "М", T: "Т", H: "Н", B: "В",
};
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN_LOOKALIKE = /[aceopxykmthbACEOPXYKMTHB]/g;
const HAS_LATIN = /[A-Za-z]/;

/**
 * Replaces Latin look-alike letters inside words that are otherwise Cyrillic ("высшaя" with a Latin a).
 * Purely Latin words (ФГОС is Cyrillic, but "IT", "PISA" are not) are left alone.
 */
export function fixLookalikes(s: string): string {
  if (!HAS_LATIN.test(s)) return s; // the common case, and the hot path of matching
  // At most 100,000 letters a match: V8 overflows its regexp stack on one unicode-mode match of millions of characters
  // (a 10 MB cell of one "word"); a longer run is judged in pieces, which changes nothing for real words.
  return s.replace(/\p{L}{1,100000}/gu, (word) =>
    CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKE, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word,
  );
}

/** For matching only: lower case, ё→е, look-alikes fixed, dashes unified, punctuation to spaces, one line. */
export function foldText(s: string): string {
  return fixLookalikes(oneLine(s))
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(DASHES, "-")
    .replace(QUOTES, "")
    .replace(/[^\p{L}\p{N}%\-./ ]+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Unifies the dashes and quotes of a text without changing anything else. */
export function unifyDashes(s: string): string {
  return s.replace(DASHES, "-");
}

/** Words of a folded text (letters and digits only). */
export function words(s: string): string[] {
  // The same words foldText would give, without building the folded string: this runs over every cell of a plan.
  return fixLookalikes(s.replace(INVISIBLE, "")).toLowerCase().replace(/ё/g, "е").replace(QUOTES, "").match(WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Quotes vanish when folding («СОШ» = СОШ), they do not separate words. */
const QUOTES = /[«»"“”„'`’]/g;
