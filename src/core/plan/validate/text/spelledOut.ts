import { plainInitials } from "./plainFold";

/** Words an abbreviation usually skips (Институт развития образования Омской области → ИРООО, but «в сфере» → С). */
const SKIPPED = new Set(["и", "в", "во", "на", "по", "с", "со", "о", "об", "к", "для", "при", "из", "от", "до", "за"]);
/** A longer word is not one of them: most words are, and need no look-up. */
const LONGEST_SKIPPED = Math.max(...[...SKIPPED].map((w) => w.length));

/**
 * Whether an abbreviation is spelled out word for word somewhere in some texts: «РАО» when «Российской академии
 * образования» occurs. The first letters of the words of every text are kept as one string (with and without function
 * words, texts separated), so a look-up is one substring search: linear in the text, built once, only when asked.
 * `words` gives a text's folded words (words of src/core/text/normalize, or the run's shared copy of them).
 */
export function spelledOutIndex(texts: () => Iterable<string>, words: (text: string) => readonly string[]): (abbreviation: string) => boolean {
  let initials: string | null = null;
  const build = (): string => {
    // Character codes in a typed array, not strings or a number[]: a one-letter string of Cyrillic is a new string
    // each time, and an array of numbers grown a code at a time was most of the time to validate 10,000 items.
    let codes: Uint16Array = new Uint16Array(1 << 12);
    let content: Uint16Array = new Uint16Array(64);
    let length = 0;
    for (const t of texts()) {
      // Most cells: first letters straight from the text (a plan of 10,000 items has some 40,000 distinct cell
      // texts). A text the one-pass reading hands back is taken up again from its words.
      if (length + t.length + 3 > codes.length) codes = grown(codes, length + t.length + 3);
      if (t.length > content.length) content = new Uint16Array(t.length);
      if (length) codes[length++] = SEPARATOR;
      const end = plainInitials(t, codes, length, SEPARATOR, content, SKIPPED, LONGEST_SKIPPED);
      if (end >= 0) {
        length = end;
        continue;
      }
      let kept = 0;
      const ws = words(t);
      if (length + 2 * ws.length + 2 > codes.length) codes = grown(codes, length + 2 * ws.length + 2);
      if (ws.length > content.length) content = new Uint16Array(ws.length);
      for (const w of ws) {
        if (!startsWithLetter(w)) continue;
        codes[length++] = w.charCodeAt(0);
        if (w.length > LONGEST_SKIPPED || !SKIPPED.has(w)) content[kept++] = w.charCodeAt(0);
      }
      codes[length++] = SEPARATOR;
      codes.set(content.subarray(0, kept), length);
      length += kept;
    }
    return fromCodes(codes.subarray(0, length));
  };
  return (abbreviation) => {
    const letters = words(abbreviation).join("").replace(/[^\p{L}]/gu, "");
    if (letters.length < 2) return false;
    initials ??= build();
    return initials.includes(letters);
  };
}

const SEPARATOR = "|".charCodeAt(0);

/**
 * The string of UTF-16 code units, converted a slice at a time (a call takes only so many arguments). `apply`
 * takes the typed array as it is (any array-like); a spread would iterate it, several times slower.
 */
function fromCodes(codes: Uint16Array): string {
  const slices: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) slices.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  return slices.join("");
}

/** An array with room for `needed` codes, the first ones copied. */
function grown(codes: Uint16Array, needed: number): Uint16Array {
  const out = new Uint16Array(Math.max(2 * codes.length, needed));
  out.set(codes);
  return out;
}

/** A folded word starts with a letter, not a digit: Cyrillic and Latin lower case at once, the rest by Unicode. */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 0x430 && c <= 0x44f) || (c >= 0x61 && c <= 0x7a) || (!(c >= 0x30 && c <= 0x39) && /^\p{L}/u.test(w));
}
