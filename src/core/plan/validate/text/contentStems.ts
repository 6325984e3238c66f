import { eachPlainWord, wordFrom } from "./plainFold";

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
 * contentStems(words(text)) in one pass over the text, with no string made for a word but its stem (or the word,
 * when short enough to be a function word); null when the text has a character the one-pass reading leaves to
 * words(). A plan of 10,000 items has its names and results read this way, 20,000 texts.
 */
export function plainContentStems(text: string): string[] | null {
  const out: string[] = [];
  const plain = eachPlainWord(text, (lower, start, end, rebuilt) => {
    if (rebuilt) return addStem(out, wordFrom(lower, start, end));
    if (end - start <= LONGEST_STOP_WORD) return addStem(out, lower.slice(start, end));
    addOnce(out, allDigits(lower, start, end) ? lower.slice(start, end) : lower.slice(start, start + STEM_LENGTH));
  });
  return plain ? out : null;
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
