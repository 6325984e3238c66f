import { parseItemNumber } from "../../plan/structure/numbering";
import { phrases } from "./groupLines";
import { centredOver, type TableSpan } from "./splitLine";
import type { Line } from "./types";

export interface StandaloneTitleContext {
  readonly span: TableSpan;
  /** Gap between two words above which they are separate phrases. */
  readonly gap: number;
  readonly separatorsOf: (page: number) => readonly number[];
  readonly numberColumn: number | null;
  /** The line's words read as a section's title and as no cell's text (no deadline, executor or result). */
  readonly readsAsTitle: (text: string) => boolean;
}

/** How far (in characters) a line may start from a phrase of the line above and still go on with it. */
const SAME_START = 1;

/**
 * Titles without a number (a row merged over the table, centred) in fixed-width text, where `pdftotext -layout`
 * happens to set them inside one column or a character or two before its edge: then no word runs over a boundary
 * and the line looks like one cell's. What tells it from a cell's line is all of: one phrase centred over the table,
 * words that read as a title and as no cell (no date, executor or result wording, a capital, no figure), and its
 * place: the body's next line opens a numbered row (a title heads its items, on this page or the next), and it does
 * not go on with a cell of the line right above (a cell's wrapped line starts where that cell's text starts). The body's lines in order; returns the
 * titles found. Without a number column nothing tells a row from a title: none.
 */
export function standaloneTitles(body: readonly Line[], ctx: StandaloneTitleContext): Set<Line> {
  const out = new Set<Line>();
  if (ctx.numberColumn === null) return out;
  body.forEach((line, k) => {
    const p = phrases(line, ctx.gap);
    if (p.length !== 1 || !centredOver(p[0], ctx.span, true) || !ctx.readsAsTitle(line.text)) return;
    // A page break may fall between a title and its first item: the next page's header and furniture are no body.
    const next = body[k + 1];
    if (!next || !opensRow(next, ctx)) return;
    if (continuesCellAbove(line, body[k - 1], p[0].x0, ctx.gap)) return;
    out.add(line);
  });
  return out;
}

/** The line's first word is an item's number in the number column. */
function opensRow(line: Line, ctx: StandaloneTitleContext): boolean {
  const separators = ctx.separatorsOf(line.page);
  const c = ctx.numberColumn!;
  const first = line.words[0];
  const inColumn = (c === 0 || first.x > separators[c - 1]) && first.x < (separators[c] ?? Infinity);
  return inColumn && parseItemNumber(first.text) !== null;
}

/**
 * The line right above (no blank line between, same page) has a phrase starting where x does: text from x on goes on
 * with that cell, wrapped onto the next line.
 */
export function continuesCellAbove(line: Line, above: Line | undefined, x: number, gap: number): boolean {
  return above !== undefined && above.page === line.page && line.top - above.top <= 1.5 * (line.bottom - line.top) && phrases(above, gap).some((q) => Math.abs(q.x0 - x) <= SAME_START);
}
