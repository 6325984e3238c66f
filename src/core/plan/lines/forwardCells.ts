import { joinParts } from "../../text/joinParts";
import { type BlockCell, fitAll } from "./cutBlockCells";
import type { TextColumn } from "./lineEvidence";
import { type Line, partedBefore, type Segment } from "./segmentRows";

/**
 * Cells printed before their row. pdftotext without layout follows the PDF's text flow, and where a row's name is
 * taller than the cells beside it (or the page's end cuts the row), the next rows' shorter cells stand in the flow
 * right after the row's own, before those rows' numbers and names: a row then gives more blocks (paragraphs parted by
 * a blank line) than the table has columns, and the rows after it give their name alone. The row's own cells come
 * first, one a column in the header's order; the blocks after them, cut where a column comes again at or before the
 * one before it, are the next rows' cells, a run a row, in the order of their numbers. They are handed on only where
 * each block reads as its column, the runs are exactly as many as the rows after the row that give a block alone,
 * and each such row lacks the run's columns.
 */
export interface ForwardCells {
  readonly cells: ReadonlyMap<number, Partial<Record<TextColumn, BlockCell>>>;
  /** Every line of a cell handed on: no longer the giving row's. */
  readonly taken: ReadonlySet<number>;
}

/** A paragraph of a row: its lines by index and their text joined. */
interface Paragraph {
  readonly lines: readonly number[];
  readonly text: string;
}

/** A row's lines (its pieces', in order) parted where the text leaves a blank line or furniture stands between them. */
export function paragraphsOf(lines: readonly Line[], s: Segment): Paragraph[] {
  const out: { lines: number[]; texts: string[] }[] = [];
  let last = -1;
  for (const r of s.pieces.flat()) {
    if (!r.text.trim()) continue;
    if (!out.length || partedBefore(lines, r.index) || r.index !== last + 1) out.push({ lines: [], texts: [] });
    out[out.length - 1].lines.push(r.index);
    out[out.length - 1].texts.push(r.text.trim());
    last = r.index;
  }
  return out.map((p) => ({ lines: p.lines, text: joinParts(p.texts, { sentences: false }) }));
}

/**
 * The column a paragraph reads as among `columns`, or null where none reads clearly so: the best fit positive and
 * ahead of the next by a margin (a deadline parses whole; an executor's or a result's wording).
 */
export function paragraphColumn(text: string, columns: readonly TextColumn[]): TextColumn | null {
  const fits = fitAll(text);
  const ranked = [...columns].sort((a, b) => fits[b] - fits[a]);
  if (!ranked.length || fits[ranked[0]] <= 0) return null;
  return ranked.length === 1 || fits[ranked[0]] - fits[ranked[1]] >= MARGIN ? ranked[0] : null;
}

/** A row given in the text's flow with its number: not one whose name or cells blocks gave by order. */
function inFlow(s: Segment): boolean {
  return s.nameByOrder === undefined && s.nameLines === undefined && s.cellsByOrder === undefined && s.lateCells === undefined;
}

/** How far a paragraph's column must read ahead of the next one's. */
const MARGIN = 1;

/**
 * The cells handed on from rows that give more blocks than columns to the rows after them that give a name alone.
 * `order`: the text columns in the header's order; `numberOrder`: the item segments' indices in the order of their
 * numbers (the rows a row's extra blocks go to follow it there, wherever pdftotext printed their names).
 */
export function giveForward(lines: readonly Line[], segments: readonly Segment[], order: readonly TextColumn[], numberOrder: readonly number[]): ForwardCells | null {
  const cells = new Map<number, Partial<Record<TextColumn, BlockCell>>>();
  const taken = new Set<number>();
  const others = order.filter((k) => k !== "name");
  const rank = (k: TextColumn) => order.indexOf(k);
  const paragraphs = new Map(numberOrder.map((i) => [i, paragraphsOf(lines, segments[i])]));
  numberOrder.forEach((i, at) => {
    const own = paragraphs.get(i)!;
    if (own.length <= order.length || cells.has(i)) return;
    // The row's own cells: its name, then one a column in the header's order; the blocks after them are extra.
    const kinds = own.map((p, k) => (k === 0 ? "name" : paragraphColumn(p.text, others)));
    if (kinds.some((k) => k === null)) return;
    let end = 1;
    while (end < own.length && end < order.length && rank(kinds[end]!) > rank(kinds[end - 1]!)) end++;
    const runs: { column: TextColumn; paragraph: Paragraph }[][] = [];
    for (let k = end; k < own.length; k++) {
      const column = kinds[k]!;
      const run = runs[runs.length - 1];
      if (!run || rank(column) <= rank(run[run.length - 1].column)) runs.push([]);
      runs[runs.length - 1].push({ column, paragraph: own[k] });
    }
    // The rows after it that give one block alone (their name), as many as the runs.
    const next = numberOrder.slice(at + 1, at + 1 + runs.length);
    // Each gives its name alone, in the flow, after the cells it lacks: pdftotext printed the cells before the name.
    // (A row whose name a block of the page's names gave by order is no row of the flow.)
    const last = Math.max(...own[own.length - 1].lines);
    const alone = (j: number) => paragraphs.get(j)!.length === 1 && inFlow(segments[j]) && paragraphs.get(j)![0].lines[0] > last && !cells.has(j);
    if (!inFlow(segments[i]) || next.length !== runs.length || !next.every(alone)) return;
    const after = numberOrder[at + 1 + runs.length];
    if (after !== undefined && paragraphs.get(after)!.length === 1) return;
    runs.forEach((run, k) => {
      const row: Partial<Record<TextColumn, BlockCell>> = {};
      for (const { column, paragraph } of run) {
        row[column] = { column, lines: paragraph.lines, text: paragraph.text };
        for (const l of paragraph.lines) taken.add(l);
      }
      cells.set(next[k], row);
    });
  });
  return cells.size ? { cells, taken } : null;
}
