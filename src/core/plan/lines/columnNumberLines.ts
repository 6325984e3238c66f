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
