import { wordsCovered } from "../wordsCovered";
import type { Line } from "./types";

/** The header printed again on a later page: its lines, and whether the column numbers under it are among them. */
export interface RepeatedHeader {
  readonly lines: readonly number[];
  /**
   * The lines hold the header's words but not its lines (the words regrouped into other lines): the page shows the
   * header the first page set, and its rows are that header's. With the column numbers row when `numbers`.
   */
  readonly regrouped: boolean;
  readonly numbers: boolean;
}

/**
 * On pages after the header's, the header again: its lines as the first page set them, or else its words (with the
 * column numbers row's under it, `numbers`, or without) on consecutive lines of one page, all of them and no other.
 * Writer repeats a header of several rows at the row's height it measured on the first page, and where a later page
 * gives it less (a caption merged down over the rows centred a little lower) the captions' last lines come out
 * clipped at the bottom of the rows, on the line of the column numbers: the same words, on other lines; or clipped
 * away (clippedCopy). Index lists by page.
 */
export function repeatedHeaders(lines: readonly Line[], first: number, last: number, numbers: Line | null): Map<number, RepeatedHeader> {
  const out = new Map<number, RepeatedHeader>();
  const headerPage = lines[first].page;
  const key = lines.slice(first, last + 1).map((l) => squeeze(l.text));
  for (let i = last + 1; i + key.length <= lines.length; i++) {
    const page = lines[i].page;
    if (page === headerPage || out.has(page)) continue;
    if (key.every((k, j) => lines[i + j].page === page && squeeze(lines[i + j].text) === k)) out.set(page, { lines: range(i, i + key.length - 1), regrouped: false, numbers: false });
  }
  const header = lines.slice(first, last + 1).flatMap(wordsOf);
  const bags = numbers ? [{ words: [...header, ...wordsOf(numbers)], numbers: true }, { words: header, numbers: false }] : [{ words: header, numbers: false }];
  for (const unit of [wordsOf, charactersOf]) {
    for (let i = last + 1; i < lines.length; i++) {
      const page = lines[i].page;
      if (page === headerPage || out.has(page)) continue;
      for (const bag of bags) {
        const end = coveredBy(lines, i, bag.words.flatMap((w) => (unit === wordsOf ? [w] : [...w])), unit);
        if (end === null) continue;
        out.set(page, { lines: range(i, end), regrouped: true, numbers: bag.numbers });
        break;
      }
    }
  }
  for (let i = last + 1; numbers && i < lines.length; i++) {
    const page = lines[i].page;
    if (page === headerPage || out.has(page)) continue;
    const end = clippedCopy(lines, i, header, wordsOf(numbers));
    if (end !== null) out.set(page, { lines: range(i, end), regrouped: true, numbers: true });
  }
  return out;
}

/** Of the header's words, the share a copy clipped by Writer shows at least. */
const CLIPPED_SHOWS = 0.5;

/**
 * The last of the lines from `from` on one page that hold every column number and otherwise the header's words only
 * (each at most as often), at least half of them, or null. Writer may clip a tall caption's last lines away
 * altogether on a later page (a caption merged down over the header's rows, the rows given less height there): those
 * words are nowhere, but the row of column numbers, a row of its own, is printed whole.
 */
function clippedCopy(lines: readonly Line[], from: number, header: readonly string[], numbers: readonly string[]): number | null {
  const left = new Map<string, number>();
  for (const w of [...header, ...numbers]) left.set(w, (left.get(w) ?? 0) + 1);
  const numbersLeft = new Map<string, number>();
  for (const w of numbers) numbersLeft.set(w, (numbersLeft.get(w) ?? 0) + 1);
  let taken = 0;
  let end: number | null = null;
  for (let j = from; j < lines.length && lines[j].page === lines[from].page; j++) {
    const words = wordsOf(lines[j]);
    const need = new Map<string, number>();
    for (const w of words) need.set(w, (need.get(w) ?? 0) + 1);
    if ([...need].some(([w, n]) => (left.get(w) ?? 0) < n)) break;
    for (const w of words) {
      left.set(w, left.get(w)! - 1);
      if ((numbersLeft.get(w) ?? 0) > 0) numbersLeft.set(w, numbersLeft.get(w)! - 1);
      else taken++;
    }
    if ([...numbersLeft.values()].every((n) => n === 0)) end = j;
  }
  return end !== null && taken >= CLIPPED_SHOWS * header.length ? end : null;
}

/**
 * The last of the lines from `from` on one page that hold `units` exactly (in any order), or null. Units are words,
 * or else characters: where a clipped caption's last line falls on the column numbers' line, fixed-width text
 * interleaves the two into one word («тыс.7руб.» from «тыс. руб.» over «7»), and only the characters are the header's.
 */
function coveredBy(lines: readonly Line[], from: number, units: readonly string[], unitsOf: (line: Line) => string[]): number | null {
  return wordsCovered(units, from, lines.length, (j) => (lines[j].page === lines[from].page ? unitsOf(lines[j]) : null));
}

function charactersOf(line: Line): string[] {
  return wordsOf(line).flatMap((w) => [...w]);
}

function wordsOf(line: Line): string[] {
  return line.words.map((w) => squeeze(w.text)).filter(Boolean);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
