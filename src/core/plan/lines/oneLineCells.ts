import { MONTH_NOMINATIVES } from "../deadline/months";
import type { HeaderColumn } from "./headerColumns";
import { namesAmount, partsAtAmount } from "./amountCells";
import { endsOpen } from "./continuesLine";
import { type Line, openingMarks } from "./segmentRows";
import { partsAtSpanEnds } from "./spanCut";

/**
 * Text in drawing order runs a row's cells of one line each on into one line, with the first line of the cell after
 * them, where they stand on one baseline (the row's first). Cells whose shape the header names are parted from the
 * rest where they stand so: a deadline printed in two columns, its start and its end («01.09.2031 31.12.2033 …»),
 * and a column of money (amountCells); and a deadline's first line, a month whose year wrapped below it, after a cell
 * of one line («МКУ «ГИМЦ» февраль» / «2031 г.»). The rest of each such line opens the next cell. Null where the
 * header names none of these, or no line is parted.
 */
export function oneLineCellsApart(lines: readonly Line[], from: number, to: number, columns: readonly HeaderColumn[]): Line[] | null {
  const span = columns.some((c) => c.key === null && "spanEnd" in c && c.spanEnd);
  const isAmount = (c: HeaderColumn | undefined) => c !== undefined && c.key === null && !("sums" in c && c.sums) && namesAmount(c.caption);
  const amount = columns.some(isAmount);
  const deadlineNext = columns.some((c, k) => isAmount(c) && columns[k + 1]?.key === "deadline");
  const deadline = columns.some((c) => c.key === "deadline");
  if (!span && !amount && !deadline) return null;
  const spanParts = (l: Line): Line[] => {
    const parts = span ? partsAtSpanEnds(l.text) : null;
    return parts ? parts.map((text, k) => ({ row: l.row, text, ...(k === 0 ? openingMarks(l) : {}), ...(k === 2 ? { opensCell: true } : {}) })) : [l];
  };
  const out = lines.flatMap((l, i) => {
    if (i < from || i >= to) return [l];
    const month = deadline ? monthApart(l, lines[i + 1]) : null;
    return month ?? spanParts(l).flatMap((p) => (amount ? (partsAtAmount(p, deadlineNext) ?? [p]) : [p]));
  });
  return out.length === lines.length ? null : out;
}

/** A month's name in the nominative ending a line after other words, and a year alone («2031 г.», «2031 года»). */
const MONTH_LAST = new RegExp(`\\s(${MONTH_NOMINATIVES})$`, "iu");
const YEAR_ALONE = /^\d{4}(?:\s*(?:г\.?|года?))?$/u;

/**
 * The line cut before its last word, a month in the nominative, where the next line is a year alone: a deadline
 * cell's first line run on after a cell of one line. A cell's own words do not end on a month in the nominative and
 * go on with its year on the next line; words that ask for more («в», «до») keep the month as theirs.
 */
function monthApart(l: Line, next: Line | undefined): Line[] | null {
  const text = l.text.trim();
  const m = MONTH_LAST.exec(text);
  if (!m || !next || !YEAR_ALONE.test(next.text.trim())) return null;
  const head = text.slice(0, m.index).trim();
  if (head === "" || endsOpen(head)) return null;
  return [{ ...l, text: head }, { row: l.row, text: m[1], opensCell: true }];
}
