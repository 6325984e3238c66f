import type { Line } from "./segmentRows";

/**
 * Item numbers printed as flows of their own. pdftotext without layout gives the № column of a ruled page as blocks
 * of their own wherever a number shares no baseline with its row's text (numbers centred in their rows, or rows whose
 * first baseline another column opens). The blocks come in the order of the page's text flows, not of its rows: a
 * page's numbers of two sections one under another before both titles («1.» … «4.», «1.», «2.»), or a row's number
 * after the next rows' («4.» before «2.»). A dotted number alone on its line is such a block (a cell's text wraps
 * into words, never into a bare «3.»), blank lines around it or not (lines pasted into column A lose them): it opens
 * a row whatever the numbers before it. A number without its dot stays a guess (a page's or a column's number, a
 * quantity), and is left to the numbering.
 */
const DOTTED = /^\d{1,3}(?:\.\d{1,3}){0,3}\.$/u;

/** Line `i` is a dotted number alone on its line. */
export function inNumberFlow(lines: readonly Line[], i: number): boolean {
  return DOTTED.test(lines[i]?.text.trim() ?? "");
}

/**
 * Line `i` opens a row though its number follows none before it (`prev`; its own path `p`): a dotted number alone,
 * and no number of the rows' own section (4. over 4.1 and 4.2, printed apart from its title: the numbering already
 * counts it).
 */
export function numberFlowAt(lines: readonly Line[], i: number, prev: readonly number[] | null, p: readonly number[]): boolean {
  if (prev !== null && p.length < prev.length && p.every((n, k) => n === prev[k])) return false;
  return inNumberFlow(lines, i);
}

/**
 * The numbering after a row a flow's number opened: a list's first number («1.» after «4.», «2.1.») starts the list
 * the rows after it go on; another («2.» after «5.») stands out of its place, and the rows after it go on from the
 * furthest number yet.
 */
export function listAfterFlow(prev: readonly number[] | null, p: readonly number[]): number[] {
  if (prev === null || p[p.length - 1] === 1) return [...p];
  for (let k = 0; k < Math.min(prev.length, p.length); k++) if (prev[k] !== p[k]) return p[k] > prev[k] ? [...p] : [...prev];
  return p.length > prev.length ? [...p] : [...prev];
}
