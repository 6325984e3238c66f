import type { SourceDocument } from "../grid";

/**
 * A table's header spelt in lines that lost their cells: text copied out of a PDF without layout, where each caption's
 * words stand on lines of their own or glued to the next caption («№» / «п/п» / «Должность» / «Количество» /
 * «вакантных» / «ставок», «Организация Тип ФИО Должность Группа»), or the same lines pasted into column A. The table
 * under it cannot be read: its rows' cells run together as the captions do. Found, it lets the user hear why no table
 * was read and what to open instead, where «no table» would leave them guessing.
 */

/** The lines where the header stands (source rows). */
export interface UncelledHeader {
  readonly first: number;
  readonly last: number;
}

/** The params: where the header stands, in the words of the message (`table_without_cells`). */
export function uncelledParams(header: UncelledHeader): { lines: string } {
  return { lines: header.first === header.last ? `${header.first}` : `${header.first}–${header.last}` };
}

/** How a catalogue hears a caption (its column's key, or null), and whether captions of those keys make its header. */
export interface HeaderCatalogue {
  readonly keyOf: (caption: string) => string | null;
  readonly reads: (captions: readonly string[]) => boolean;
}

interface Line {
  readonly row: number;
  readonly text: string;
}

interface Word {
  readonly word: string;
  readonly row: number;
}

/** A header's lines are short: a caption's words, a few captions glued. */
const HEADER_LINE = 100;
/** The most lines one header spreads over (a dozen captions, each broken over two or three lines). */
const WINDOW = 30;
/** The most words one caption holds. */
const CAPTION_WORDS = 4;
/** Of the words from the first caption heard to the last, at least this share belongs to captions heard. */
const COVERED = 0.5;
/** A line this short may be a caption's own; a longer one opens a header where it glues this many captions. */
const SHORT_LINE = 40;
const GLUED_CAPTIONS = 3;
const CAPTION_OPENS = /^(?:№|[(«"]?\p{Lu})/u;
/** A date in a line: a title's («по состоянию на 01.12.2026», which names a period column by its words) or a row's, no caption's. */
export const DATE = /\d{1,2}\.\d{1,2}\.\d{2,4}/u;

/** The first place in the document's lines where the catalogue hears its header with no cells, or null. */
export function uncelledHeader(doc: SourceDocument, catalogue: HeaderCatalogue): UncelledHeader | null {
  for (const run of lineRuns(doc)) {
    for (let start = 0; start < run.length; start++) {
      const found = headerFrom(run.slice(start, start + WINDOW), catalogue);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The document's runs of lines: its text lines, and the rows of a table that hold one cell (lines pasted into a
 * column); a row of more cells, a table's, ends a run.
 */
function lineRuns(doc: SourceDocument): Line[][] {
  const runs: Line[][] = [[]];
  const add = (line: Line | null): void => {
    if (line) runs[runs.length - 1].push(line);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  };
  for (const block of doc.blocks) {
    // A blank line parts no run: text without layout gives a header's captions as flows parted so.
    if (block.kind === "text") {
      if (block.text.trim() !== "") add({ row: block.row, text: block.text.trim() });
      continue;
    }
    for (const r of block.grid.rows) {
      const filled = r.cells.filter((c) => c.trim() !== "");
      add(filled.length === 1 ? { row: r.row, text: filled[0].trim() } : null);
    }
  }
  return runs.filter((r) => r.length > 0);
}

/** The header that opens in the window's first line: captions heard there and on, covering the words between them. */
function headerFrom(window: readonly Line[], catalogue: HeaderCatalogue): UncelledHeader | null {
  const words: Word[] = [];
  for (const line of window) {
    // A date ends it: a title's line («по состоянию на 01.12.2026» names a period column by its words), or a row's.
    if (line.text.length > HEADER_LINE || DATE.test(line.text)) break;
    for (const word of line.text.split(/\s+/u)) words.push({ word, row: line.row });
  }
  const first = firstCaption(words, 0, catalogue);
  if (!first || words[first.at].row !== window[0].row || !opensHeader(window[0].text)) return null;
  const captions = new Map<string, string>();
  const heardWords = new Set<number>();
  for (let at = first.at; at < words.length; ) {
    const heard = firstCaption(words, at, catalogue);
    if (!heard || heard.at - at > heard.length) break;
    if (!captions.has(heard.key)) captions.set(heard.key, heard.text);
    for (let k = heard.at; k < heard.at + heard.length; k++) heardWords.add(k);
    at = heard.at + heard.length;
    if (catalogue.reads([...captions.values()]) && heardWords.size >= COVERED * (at - first.at)) return { first: window[0].row, last: words[at - 1].row };
  }
  return null;
}

/**
 * A header's first line (its first caption opens in capitals: firstCaption) is short, or glues captions (several
 * words in capitals): a title names the same things in a phrase («Сведения о вакансиях педагогических работников»).
 */
function opensHeader(line: string): boolean {
  const capitals = line.split(/\s+/u).filter((w) => /^[«"(]?\p{Lu}/u.test(w)).length;
  return line.length <= SHORT_LINE || capitals >= GLUED_CAPTIONS;
}

/**
 * The caption heard first from word `from` on (the shortest there), within as many words again. A caption opens in
 * capitals: a plan's item names the same things in lower case in a phrase («Организация наставничества для педагогов
 * со стажем»).
 */
function firstCaption(words: readonly Word[], from: number, catalogue: HeaderCatalogue): { at: number; length: number; key: string; text: string } | null {
  for (let at = from; at < Math.min(words.length, from + CAPTION_WORDS + 1); at++) {
    if (!CAPTION_OPENS.test(words[at].word)) continue;
    for (let length = 1; length <= CAPTION_WORDS && at + length <= words.length; length++) {
      const text = words
        .slice(at, at + length)
        .map((w) => w.word)
        .join(" ");
      const key = catalogue.keyOf(text);
      if (key !== null) return { at, length, key, text };
    }
  }
  return null;
}
