/**
 * How much a decoded text looks like Russian. Used to tell windows-1251 from KOI8-R: both map bytes 0xC0–0xFF to
 * Cyrillic letters, but with the cases swapped and the letters permuted, so the wrong decoding yields rare letters,
 * case changes in the middle of words ("рМАН") and, for 1251 punctuation read as KOI8-R, box-drawing characters.
 */

/** Russian letter frequencies, per cent (national corpus). */
const LETTER_FREQUENCY: Readonly<Record<string, number>> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21,
  д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97,
  ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};
const LOG_FREQUENCY = new Map(Object.entries(LETTER_FREQUENCY).map(([ch, f]) => [ch, Math.log(f / 100)]));

/** Penalties, in the same log units as the letters (log of a very rare letter is about -8). */
const PENALTY = {
  /** An upper-case letter right after a lower-case one inside a word. */
  caseFlip: 8,
  /** Box drawing, blocks and other pseudo-graphics (KOI8-R 0x80–0xBF). */
  pseudoGraphics: 8,
  /** Cyrillic letters of other languages (Ђ, Љ, ћ…): what KOI8-R pseudo-graphics become in windows-1251. */
  foreignCyrillic: 4,
  /** A character the code page leaves undefined. */
  undefinedChar: 8,
} as const;

const RUSSIAN_LOWER = /[а-яё]/;
const RUSSIAN_UPPER = /[А-ЯЁ]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const PSEUDO_GRAPHICS = /[\u2190-\u21FF\u2219-\u221A\u2248\u2264\u2265\u2320-\u2321\u2500-\u25FF\u00B2\u00F7]/;

export function cyrillicScore(text: string): number {
  let score = 0;
  let prevLower = false;
  for (const ch of text) {
    const lower = RUSSIAN_LOWER.test(ch);
    const upper = !lower && RUSSIAN_UPPER.test(ch);
    if (lower || upper) {
      score += LOG_FREQUENCY.get(ch.toLowerCase()) ?? -8;
      if (upper && prevLower) score -= PENALTY.caseFlip;
    } else if (CYRILLIC.test(ch)) score -= PENALTY.foreignCyrillic;
    else if (ch === "\uFFFD") score -= PENALTY.undefinedChar;
    else if (PSEUDO_GRAPHICS.test(ch)) score -= PENALTY.pseudoGraphics;
    prevLower = lower;
  }
  return score;
}
