/**
 * foldText and words (src/core/text/normalize) in one pass over the character codes, for the texts most plan cells
 * are: Cyrillic, digits, ASCII punctuation and the usual typographic marks. Those functions chain half a dozen
 * replacements and a unicode-mode match over every cell, and validating a plan of 10,000 items folded or split some
 * 40,000 distinct texts. A text with any other character (a Latin letter, which look-alike fixing may change;
 * letters of other scripts; rare marks) gets null here, and the caller uses the general functions: the fast path
 * gives exactly what they give or nothing.
 */

/** What a character is to folding. */
const enum Kind {
  /** Not handled here: the whole text goes to the general functions. */
  Other = 0,
  /** A lower-case Cyrillic letter or a digit, as toLowerCase leaves it: part of a word. */
  Word = 1,
  /** Between words: a space in the folded text. */
  Blank = 2,
  /** Removed before words are found (invisible characters, quotes): joins what is on either side. */
  Dropped = 3,
  /** Kept in the folded text, not part of a word: % - . / */
  Kept = 4,
  /** A dash other than "-": "-" in the folded text. */
  Dash = 5,
  /** ё: е in a word. */
  Yo = 6,
}

const KINDS = kinds();

function kinds(): Uint8Array {
  const k = new Uint8Array(0x10000);
  const set = (kind: Kind, ...codes: number[]) => codes.forEach((c) => (k[c] = kind));
  const range = (kind: Kind, from: number, to: number) => {
    for (let c = from; c <= to; c++) k[c] = kind;
  };
  range(Kind.Blank, 0, 0x7f); // ASCII punctuation, spaces and control characters; letters and digits below
  range(Kind.Other, 0x41, 0x5a);
  range(Kind.Other, 0x61, 0x7a);
  range(Kind.Word, 0x30, 0x39);
  range(Kind.Word, 0x430, 0x44f);
  set(Kind.Yo, 0x451);
  set(Kind.Kept, 0x25, 0x2d, 0x2e, 0x2f); // % - . /
  set(Kind.Dropped, 0x22, 0x27, 0x60, 0xab, 0xbb, 0x2019, 0x201c, 0x201d, 0x201e); // " ' ` « » ’ “ ” „
  set(Kind.Dropped, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff); // soft hyphen, zero-width characters, BOM
  range(Kind.Dash, 0x2010, 0x2015);
  set(Kind.Dash, 0x2212);
  set(Kind.Blank, 0xa0, 0x2116, 0x2026, 0xb7, 0x202f, 0x2022, 0x2018); // NBSP, №, …, ·, narrow NBSP, •, ‘ (not a quote to folding)
  range(Kind.Blank, 0x2000, 0x200a);
  return k;
}

/** foldText(text), or null when the text has a character not handled here. */
export function plainFold(text: string): string | null {
  const lower = text.toLowerCase();
  // lower as it is, when folding changes nothing else (one-spaced words, nothing dropped): most names.
  let codes: Uint16Array | null = null;
  let length = 0;
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const kind = KINDS[c] as Kind;
    if (kind === Kind.Other) return null;
    if (kind === Kind.Dropped) {
      codes ??= copied(lower, i);
      continue;
    }
    if (kind === Kind.Blank) {
      if (c !== 0x20 || space || length === 0) codes ??= copied(lower, i);
      space = length > 0;
      continue;
    }
    const out = kind === Kind.Dash ? 0x2d : kind === Kind.Yo ? 0x435 : c;
    if (space) {
      if (codes) codes[length] = 0x20;
      length++;
      space = false;
    }
    if (out !== c) codes ??= copied(lower, i);
    if (codes) codes[length] = out;
    length++;
  }
  if (codes === null) return space ? lower.slice(0, length) : lower;
  return fromCodes(codes, length);
}

/** words(text), or null when the text has a character not handled here. */
export function plainWords(text: string): string[] | null {
  const out: string[] = [];
  return eachPlainWord(text, (lower, start, end, rebuilt) => out.push(rebuilt ? wordFrom(lower, start, end) : lower.slice(start, end))) ? out : null;
}

/**
 * Each word of words(text), as where it is in the text's lower case: lower[start, end), with characters to drop or
 * replace (ё) in it when `rebuilt` (wordFrom gives the word then). No string is made for a word: the spelled-out
 * index wants only first letters. False, after visiting some words perhaps, when the text has a character not
 * handled here.
 */
export function eachPlainWord(text: string, visit: (lower: string, start: number, end: number, rebuilt: boolean) => void): boolean {
  const lower = text.toLowerCase();
  let start = -1;
  let rebuilt = false;
  for (let i = 0; i <= lower.length; i++) {
    const kind = i < lower.length ? (KINDS[lower.charCodeAt(i)] as Kind) : Kind.Blank;
    if (kind === Kind.Other) return false;
    if (kind === Kind.Word || kind === Kind.Yo) {
      if (start < 0) start = i;
      if (kind === Kind.Yo) rebuilt = true;
    } else if (kind === Kind.Dropped) {
      if (start >= 0) rebuilt = true;
    } else if (start >= 0) {
      visit(lower, start, i, rebuilt);
      start = -1;
      rebuilt = false;
    }
  }
  return true;
}

/**
 * The spelled-out index's reading of a text (spelledOut.ts): the first letters of the words of words(text) that start
 * with a letter, lower case and ё as е, written into `codes` from `at`, then `separator`, then the first letters of
 * those words but the ones in `skipped` (no word longer than `longestSkipped`). `content` is room for the second
 * list, as long as the text. The end in `codes`, or -1 (after writing some perhaps) when the text has a character not
 * handled here. The words are eachPlainWord's, read from the text itself: no lower-case copy of each text, no call
 * per word, no string but for a word short enough to be a skipped one.
 */
export function plainInitials(text: string, codes: Uint16Array, at: number, separator: number, content: Uint16Array, skipped: ReadonlySet<string>, longestSkipped: number): number {
  let kept = 0;
  let start = -1;
  let first = 0;
  // The word's letters, marks dropped inside it not counted: «д«л»я» is «для».
  let letters = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? lowerCode(text.charCodeAt(i)) : 0x20;
    const kind = KINDS[c] as Kind;
    if (kind === Kind.Other) return -1;
    if (kind === Kind.Word || kind === Kind.Yo) {
      if (start < 0) {
        start = i;
        first = kind === Kind.Yo ? 0x435 : c;
        letters = 0;
      }
      letters++;
    } else if (kind !== Kind.Dropped && start >= 0) {
      // A word starting with a digit has no initial.
      if (first >= 0x430 && first <= 0x44f) {
        codes[at++] = first;
        if (letters > longestSkipped || !skipped.has(shortWord(text, start, i))) content[kept++] = first;
      }
      start = -1;
    }
  }
  codes[at++] = separator;
  // Copied code by code: a subarray to copy from is an object per text, tens of thousands of them.
  for (let i = 0; i < kept; i++) codes[at++] = content[i];
  return at;
}

/** plainLetter's answer for a character this reading does not handle: the text goes to the general functions. */
export const NOT_PLAIN = -1;
/** plainLetter's answer for a character removed before words are found: it joins what is on either side. */
export const JOINS = -2;
/** plainLetter's answer for a character between words. */
export const BETWEEN = 0;

/**
 * What words(text) makes of one character of the text, read from the text itself (no lower-case copy): the code of a
 * word's letter or digit in lower case, ё as е; or NOT_PLAIN, JOINS or BETWEEN. For readers that go through a text's
 * codes themselves (contentStems), as plainInitials does.
 */
export function plainLetter(code: number): number {
  const c = lowerCode(code);
  switch (KINDS[c] as Kind) {
    case Kind.Other:
      return NOT_PLAIN;
    case Kind.Word:
      return c;
    case Kind.Yo:
      return 0x435;
    case Kind.Dropped:
      return JOINS;
    default:
      return BETWEEN;
  }
}

/**
 * A character code as toLowerCase makes it, where that matters here: Cyrillic capitals. Any other character with a
 * case (Latin, Greek, Ѐ …) is one this reading hands back (Kind.Other) in either case.
 */
function lowerCode(c: number): number {
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  return c === 0x401 ? 0x451 : c;
}

/** wordFrom of text[start, end) read as lower case. */
function shortWord(text: string, start: number, end: number): string {
  let word = "";
  for (let i = start; i < end; i++) {
    const c = lowerCode(text.charCodeAt(i));
    const kind = KINDS[c] as Kind;
    if (kind === Kind.Word) word += String.fromCharCode(c);
    else if (kind === Kind.Yo) word += "е";
  }
  return word;
}

/** The word of lower[start, end): dropped characters left out, ё as е. */
export function wordFrom(lower: string, start: number, end: number): string {
  let word = "";
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    const kind = KINDS[c] as Kind;
    if (kind === Kind.Word) word += lower[i];
    else if (kind === Kind.Yo) word += "е";
  }
  return word;
}

/** A buffer for the folded text with lower[0, upTo) in it: the part before the first change is copied as it is. */
function copied(lower: string, upTo: number): Uint16Array {
  const codes = new Uint16Array(lower.length);
  for (let i = 0; i < upTo; i++) codes[i] = lower.charCodeAt(i);
  return codes;
}

function fromCodes(codes: Uint16Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return out;
}
