import { PRINTED_SUM } from "../../table/sumRows";
import { type Line, openingMarks } from "./segmentRows";
import { readsAsDeadlineAlone } from "./lineEvidence";

/**
 * One column of money under a caption that names it («Объём финансирования, тыс. руб.», «Сумма, тыс. рублей»), not
 * spread over years (sumCells reads those): each row's cell holds a sum a line, printed as Russian tables print
 * money (thousands parted by a space, a decimal comma: «1 296,0», «945,6»), or a dash where the item costs nothing.
 * Text in drawing order runs a cell of one line on into the next cell's first line on their common baseline
 * («01.09.2031 31.12.2033 местный бюджет 1 296,0 стипендию», «– сводный перечень»): the sum is cut off as a line of
 * its own, and the text after it opens the next cell. What is cut is only parted: a sum no extra cell takes goes back
 * to the cells beside it, joined by a space as it was printed.
 */
const AMOUNT_CAPTION = /(?:^|\s)(?:объ[её]м\p{L}*|сумм\p{L}*|стоимост\p{L}*|затрат\p{L}*)(?:\s|,|$)|(?:тыс|млн)\.?\s*руб/iu;

/** The caption names a column of money. */
export function namesAmount(caption: string): boolean {
  return AMOUNT_CAPTION.test(caption);
}

/** A sum with a decimal comma; a figure without one is a count («не менее 15 договоров»), no sum. */
const AMOUNT = PRINTED_SUM;
const AMOUNT_IN_LINE = new RegExp(String.raw`(?<=^|\s)${AMOUNT}(?=\s|$)`, "u");
/** A dash opening a line, before text: an empty cost glued to the next cell's first line. */
const DASH_FIRST = /^[–—-](?=\s+\S)/u;
/** A figure followed by a unit or a share is a quantity, no sum («60,0 %», «1,5 тыс. человек»). */
const QUANTITY_AFTER = /^\s*(?:%|‰|процент|чел|ед\.|единиц|тыс|млн|раз)/iu;

/**
 * The line cut at its first sum (before it, the sum, after it), or null where no sum runs on into text after it. A
 * dash before a deadline («– январь 2027 года») is a span's, its end wrapped onto a line of its own, unless the
 * deadline's column comes right after the money's (`deadlineNext`), where an empty cost runs on into it.
 */
export function partsAtAmount(l: Line, deadlineNext = true): Line[] | null {
  const text = l.text.trim();
  const dash = DASH_FIRST.exec(text);
  const m = dash ?? AMOUNT_IN_LINE.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index + m[0].length).trim();
  if (dash && !deadlineNext && readsAsDeadlineAlone(after)) return null;
  // A sum ending its line ends the row's cells (a total's «Итого по подпрограмме 1 5 808,5»): only one glued before
  // the next cell's first line is parted.
  if (after === "" || QUANTITY_AFTER.test(after)) return null;
  const sum: Line = { row: l.row, text: m[0], ...(before === "" ? openingMarks(l) : {}) };
  return [...(before ? [{ ...l, text: before }] : []), sum, ...(after ? [{ row: l.row, text: after, opensCell: true }] : [])];
}

const AMOUNTS = new RegExp(String.raw`^(?:${AMOUNT}|[–—-])(?:\s+(?:${AMOUNT}|[–—-]))*$`, "u");

/** The text is sums alone, one or more («1 620,0 180,0», «–»). */
export function readsAsAmounts(text: string): boolean {
  return AMOUNTS.test(text.trim());
}
