/** Words an abbreviation usually skips (Институт развития образования Омской области → ИРООО, but «в сфере» → С). */
const SKIPPED = new Set(["и", "в", "во", "на", "по", "с", "со", "о", "об", "к", "для", "при", "из", "от", "до", "за"]);

/**
 * Whether an abbreviation is spelled out word for word somewhere in some texts: «РАО» when «Российской академии
 * образования» occurs. The first letters of the words of every text are kept as one string (with and without function
 * words, texts separated), so a look-up is one substring search: linear in the text, built once, only when asked.
 * `words` gives a text's folded words (words of src/core/text/normalize, or the run's shared copy of them).
 */
export function spelledOutIndex(texts: () => Iterable<string>, words: (text: string) => readonly string[]): (abbreviation: string) => boolean {
  let initials: string | null = null;
  const build = (): string => {
    // Character codes, not strings: a one-letter string of Cyrillic is a new string each time, and texts are many.
    const codes: number[] = [];
    const content: number[] = [];
    for (const t of texts()) {
      if (codes.length) codes.push(SEPARATOR);
      content.length = 0;
      for (const w of words(t)) {
        if (!startsWithLetter(w)) continue;
        codes.push(w.charCodeAt(0));
        if (!SKIPPED.has(w)) content.push(w.charCodeAt(0));
      }
      codes.push(SEPARATOR, ...content);
    }
    return fromCodes(codes);
  };
  return (abbreviation) => {
    const letters = words(abbreviation).join("").replace(/[^\p{L}]/gu, "");
    if (letters.length < 2) return false;
    initials ??= build();
    return initials.includes(letters);
  };
}

const SEPARATOR = "|".charCodeAt(0);

/** The string of UTF-16 code units, converted a slice at a time (a call takes only so many arguments). */
function fromCodes(codes: readonly number[]): string {
  const slices: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) slices.push(String.fromCharCode(...codes.slice(i, i + 8192)));
  return slices.join("");
}

/** A folded word starts with a letter, not a digit: Cyrillic and Latin lower case at once, the rest by Unicode. */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 0x430 && c <= 0x44f) || (c >= 0x61 && c <= 0x7a) || (!(c >= 0x30 && c <= 0x39) && /^\p{L}/u.test(w));
}
