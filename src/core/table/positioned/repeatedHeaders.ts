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
 * clipped at the bottom of the rows, on the line of the column numbers: the same words, on other lines.
 * Index lists by page.
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
  for (let i = last + 1; i < lines.length; i++) {
    const page = lines[i].page;
    if (page === headerPage || out.has(page)) continue;
    for (const bag of bags) {
      const end = coveredBy(lines, i, bag.words);
      if (end === null) continue;
      out.set(page, { lines: range(i, end), regrouped: true, numbers: bag.numbers });
      break;
    }
  }
  return out;
}

/** The last of the lines from `from` on one page whose words are `words` exactly (in any order), or null. */
function coveredBy(lines: readonly Line[], from: number, words: readonly string[]): number | null {
  return wordsCovered(words, from, lines.length, (j) => (lines[j].page === lines[from].page ? wordsOf(lines[j]) : null));
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
