import { titleLike } from "../../plan/lines/unnumberedTitles";
import { phrases } from "./groupLines";
import type { Line } from "./types";

/** How far (in characters) text saved with its layout moves a line off its column's edge, at most. */
const SHIFT = 2;
/** Lines of one cell printed with nothing of its column between them are at most this far apart (in lines). */
const CELL_REACH = 3;

/**
 * Whether a body line of one phrase is a cell's line standing apart, not a heading centred over the table. Where rows
 * are printed with no blank line between them and cells are centred vertically (Calc's autofit rows, Writer's rows
 * «по центру»), pdftotext gives a cell whose count of lines differs from its neighbours' by an odd number its own
 * lines, half a line off theirs: a cell's line then stands alone on its line, and one near the table's middle looks
 * like a heading («Директор МБОУ «Камышинская» in a wide table's executors' column, «с 1 сентября» in a narrow
 * page's deadline column). It is a cell's where it stays inside one column (the layout may move a line a few
 * characters over its column's edge, never a word's length; a heading runs over the edges) and the nearest line that
 * holds text of that column, a few lines above or below it, has a phrase there that starts where it starts or has its
 * middle (a cell's lines are set at its left, or centred); and it does not read as a section's title: a heading centred
 * over the table may start where a column's cells start by chance. Fixed-width text only: a PDF's heading is told by its
 * position alone. `separatorsOf`: the column edges of a page; `gap`: the least space between two phrases.
 */
export function cellLineApart(body: readonly Line[], separatorsOf: (page: number) => readonly number[], gap: number): (line: Line) => boolean {
  const index = new Map(body.map((l, k) => [l, k]));
  const middle = (q: { x0: number; x1: number }) => (q.x0 + q.x1) / 2;
  return (line) => {
    const k = index.get(line);
    const p = phrases(line, gap);
    if (k === undefined || p.length !== 1 || titleLike(line.text)) return false;
    const edges = separatorsOf(line.page);
    if (edges.some((s) => s - p[0].x0 > 2 * SHIFT && p[0].x1 - s > 2 * SHIFT)) return false;
    const columnOf = (q: { x0: number; x1: number }) => edges.filter((s) => s <= middle(q)).length;
    const column = columnOf(p[0]);
    const sameCell = (q: { x0: number; x1: number }) => Math.abs(q.x0 - p[0].x0) <= SHIFT || Math.abs(middle(q) - middle(p[0])) <= SHIFT;
    for (const step of [-1, 1]) {
      for (let j = k + step; j >= 0 && j < body.length && body[j].page === line.page && Math.abs(body[j].top - line.top) <= CELL_REACH; j += step) {
        const there = phrases(body[j], gap).filter((q) => columnOf(q) === column);
        if (there.length === 0) continue;
        if (there.some(sameCell)) return true;
        break;
      }
    }
    return false;
  };
}
