import { BETWEEN, JOINS, NOT_PLAIN, plainLetter } from "./plainFold";

/** Function words that carry no content: two texts do not "say the same" because both use «в» and «по». */
const STOP_WORDS = new Set([
  "и", "в", "во", "на", "по", "с", "со", "о", "об", "обо", "к", "ко", "для", "при", "из", "от", "до", "за", "а", "но",
  "не", "их", "его", "ее", "или", "как", "что", "чтобы", "также", "среди", "через", "между", "том", "числе", "т", "ч",
  "у", "же", "ли", "это", "этом", "так", "все", "всех", "под", "над", "без",
]);

/** Letters kept of a word: enough to match «проведение» and «проведена», «кампании» and «кампания». */
const STEM_LENGTH = 5;
/** A longer word is not a function word: most words are longer, and need no look-up. */
const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));

/**
 * The content of a text, given as its words (words of src/core/text/normalize: folded for case, ё, look-alikes), as
 * its distinct word stems in order: function words dropped, each word cut to its first letters, which is what Russian
 * inflection leaves alone. Numbers are kept whole. A list, not a set: a text has a dozen stems or so, found among the
 * others faster than hashed, and a set and its table per text were most of what validating 10,000 items allocated.
 */
export function contentStems(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) addStem(out, w);
  return out;
}

/**
 * The stems plainContentStems has made, by the key of their letters (stemKey): a stem is made once per table, and the
 * texts of a plan repeat a few thousand stems. A validation run keeps one table for all the texts it reads.
 */
export type StemTable = Map<number, string>;

/** Letters a word key is made of: digits and а–я (ё read as е), 1–42, so that «а» and «аа» have different keys. */
const SYMBOLS = 43;
if (LONGEST_STOP_WORD > STEM_LENGTH) throw new Error("a function word is longer than a stem: its key would not fit");

/**
 * contentStems(words(text)) in one pass over the text's codes, with no lower-case copy of the text and no string made
 * for a word: each word's first letters are read into a number (its key; 43^5 fits a small integer), which says
 * whether it is a function word and finds its stem in `made`. Only a number longer than a stem is made a string.
 * The stems are written into `out` (its old ones replaced), so that a caller reading text after text can reuse one list. Null
 * when the text has a character the one-pass reading leaves to words(). A plan of 10,000 items has its names and
 * results read this way, 20,000 texts: a lower-case copy, a string per word and a list per text were a quarter of
 * what validating it allocated.
 */
export function plainContentStems(text: string, out: string[] = [], made: StemTable = new Map()): string[] | null {
  // Stems written over the list's old ones and its length set at the end: emptying it (length = 0) would drop its
  // storage, and the first stem would allocate it again.
  let count = 0;
  let start = -1;
  let letters = 0;
  let key = 0;
  let digits = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? plainLetter(text.charCodeAt(i)) : BETWEEN;
    if (c === NOT_PLAIN) return null;
    if (c === JOINS) continue;
    if (c !== BETWEEN) {
      if (letters === 0) {
        start = i;
        key = 0;
        digits = true;
      }
      if (letters < STEM_LENGTH) key = (key * SYMBOLS + symbolOf(c)) | 0;
      digits &&= c <= 0x39;
      letters++;
    } else if (letters > 0) {
      if (letters > LONGEST_STOP_WORD || !STOP_KEYS.has(key)) {
        if (digits && letters > STEM_LENGTH) count = putOnce(out, count, lettersOf(text, start, i));
        else if (digits || letters >= 3) count = putOnce(out, count, stemOf(key, made));
      }
      letters = 0;
    }
  }
  out.length = count;
  return out;
}

/** addOnce over out[0, count): the new count. */
function putOnce(out: string[], count: number, stem: string): number {
  for (let i = 0; i < count; i++) if (out[i] === stem) return count;
  out[count] = stem;
  return count + 1;
}

/** 1–10 for a digit, 11–42 for а–я. */
function symbolOf(c: number): number {
  return c <= 0x39 ? c - 0x2f : c - 0x430 + 11;
}

/** The key of a word of at most STEM_LENGTH letters, as plainContentStems reads it. */
function stemKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * SYMBOLS + symbolOf(word.charCodeAt(i));
  return key;
}

const STOP_KEYS: ReadonlySet<number> = new Set([...STOP_WORDS].map(stemKey));

/** The stem whose key is `key`, made on first use. */
function stemOf(key: number, made: StemTable): string {
  let stem = made.get(key);
  if (stem === undefined) {
    stem = "";
    for (let k = key; k > 0; k = Math.floor(k / SYMBOLS)) {
      const s = k % SYMBOLS;
      stem = String.fromCharCode(s <= 10 ? s + 0x2f : s - 11 + 0x430) + stem;
    }
    made.set(key, stem);
  }
  return stem;
}

/** The letters of text[start, end) as words() gives them: lower case, ё as е, joining marks left out. */
function lettersOf(text: string, start: number, end: number): string {
  let word = "";
  for (let i = start; i < end; i++) {
    const c = plainLetter(text.charCodeAt(i));
    if (c > BETWEEN) word += String.fromCharCode(c);
  }
  return word;
}

/** What contentStems keeps of one word. */
function addStem(out: string[], w: string): void {
  if (STOP_WORDS.has(w)) return;
  if (allDigits(w, 0, w.length)) addOnce(out, w);
  else if (w.length >= 3) addOnce(out, w.slice(0, STEM_LENGTH));
}

function addOnce(out: string[], stem: string): void {
  if (!out.includes(stem)) out.push(stem);
}

/** /^\d+$/ over s[start, end). */
function allDigits(s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Share (0–1) of the stems of `text` that also occur in `other`; 0 for a text with no content. */
export function coveredShare(text: readonly string[], other: readonly string[]): number {
  if (text.length === 0) return 0;
  let shared = 0;
  for (const s of text) if (other.includes(s)) shared += 1;
  return shared / text.length;
}
