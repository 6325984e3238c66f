import { countsFromOne } from "../../table/rowShapes";

/**
 * The column numbers printed under a plan's header («1 2 3 4 5 6»), as a copy without cells gives them: one number a
 * line, or all of them on one line. A form repeats them with the header on every page, or alone at a page's top.
 * Read as the plan's numbering they would open rows «3», «4», «5» after section 2 and cut the plan there.
 */

/** A line of the numbers side by side: «1 2 3 4 5 6» (two numbers at least, each the one before plus one). */
function numbersInLine(text: string): number {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 2 || !countsFromOne(parts)) return 0;
  return parts.length;
}

/** The number a line holds alone («3», «3.»), as a column's number is printed; null for any other line. */
export function columnNumberOf(text: string): number | null {
  const m = /^([1-9]\d?)\.?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/**
 * How many lines from `i` print the column numbers from 1: a line «1 2 3 4», or the lines «1», «2», «3» (three at
 * least, since a table has three columns at least and a bare «1» then «2» may be items), and the count of columns
 * they number. `columns`, once known from the numbers under the header, asks for exactly that many.
 */
export function columnNumbersAt(lines: readonly { readonly text: string }[], i: number, columns?: number): { lines: number; columns: number } | null {
  if (i >= lines.length) return null;
  const inLine = numbersInLine(lines[i].text);
  if (inLine) return columns === undefined || inLine === columns ? { lines: 1, columns: inLine } : null;
  let n = 0;
  while (i + n < lines.length && columnNumberOf(lines[i + n].text) === n + 1) n++;
  // A run longer than asked ends at the count asked: what follows may be an item «7» of a plan numbered bare.
  if (columns !== undefined) return n >= columns ? { lines: columns, columns } : null;
  return n >= 3 ? { lines: n, columns: n } : null;
}

/** How many lines at most stand between two column numbers printed each under its caption: no page is so short. */
const CAPTION_NUMBER_GAP = 8;

/**
 * Column numbers printed one by one among the captions, each under its own: pdftotext without layout gives a Writer
 * header's cells as flows of their own, the caption's lines and its number under them («Мероприятие» / «2» / «Срок» /
 * «3»), and a page's № flow may come between them. Of the lines `candidates` (bare numbers the rows did not take), those
 * in a run of three or more counting up by one, each within a few lines of the one before: page numbers count up too,
 * but a page apart. Each run is a header's (a page's), by its lines' indices.
 */
export function captionColumnNumbers(lines: readonly { readonly text: string }[], candidates: readonly number[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) out.push(run);
    run = [];
  };
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const v = columnNumberOf(lines[i].text);
    if (v === null || /\.$/.test(lines[i].text.trim())) {
      close();
      continue;
    }
    const last = run[run.length - 1];
    if (last === undefined || columnNumberOf(lines[last].text) !== v - 1 || i - last > CAPTION_NUMBER_GAP) close();
    run.push(i);
  }
  close();
  return out;
}
