import { headerCells } from "../../core/table/positioned/findHeaderBand";
import { columnSeparators } from "../../core/table/positioned/columnSeparators";
import { phrases } from "../../core/table/positioned/groupLines";
import { centredOver } from "../../core/table/positioned/splitLine";
import { continuesCellAbove } from "../../core/table/positioned/standaloneTitles";
import { cellLineApart } from "../../core/table/positioned/cellLineApart";
import type { Line } from "../../core/table/positioned/types";
import { parseItemNumber } from "../../core/plan/structure/numbering";
import { titleLike } from "../../core/plan/lines/unnumberedTitles";

/** How far (in characters) text saved with its layout moves a cell's start off its column's edge. */
const SHIFT = 2;

/**
 * Indexes of the lines that are headings centred over the table (Word's merged rows «по центру»): one phrase whose
 * middle is the table's. A heading is a row of its own, so the rows around it part there, as at a blank line (Writer
 * prints rows with no blank line between them, and a centred cell's first lines above its number would otherwise
 * take the heading for theirs). The table reaches from the header's left edge to where its rows' text ends (numbered
 * lines and wrapped lines; other lines at the margin may be signatures): measured short, a name column in the middle
 * of the table would have lines centred over it. `gap`: the least space between two phrases.
 */
export function centredHeadings(textLines: readonly Line[], first: number, last: number, gap: number): Set<number> {
  const start = (l: Line) => l.words[0].x;
  const end = (l: Line) => Math.max(...l.words.map((w) => w.x + w.width));
  const headerLines = textLines.slice(first, last + 1);
  const body = textLines.slice(last + 1);
  if (body.length === 0) return new Set();
  const margin = Math.min(...body.map(start));
  const rowLine = (l: Line) => start(l) > margin + 2 || parseItemNumber(l.words[0].text) !== null;
  const x0 = Math.min(...headerLines.map(start));
  const x1 = Math.max(...headerLines.map(end), ...body.filter(rowLine).map(end));
  const edges = columnEdges(body, gap);
  // A title the layout set inside one column keeps to the columns as a cell's line does: its words, the numbered row
  // under it and the line above, whose cells it does not go on with, tell it (standaloneTitles' rule). Only where no
  // blank line stands above it (Writer's rows printed without one): after a blank line a centred row's first lines
  // stand above its number just so, and the rows' runs place them (rowFirstLines).
  const headsRow = (l: Line, k: number, x: number) => {
    const next = body[k + 1];
    const above = body[k - 1] ?? headerLines[headerLines.length - 1];
    const onTop = l.top - above.top <= 1;
    return onTop && titleLike(l.text) && next !== undefined && parseItemNumber(next.words[0].text) !== null && start(next) <= margin + 2 && !continuesCellAbove(l, body[k - 1], x, gap);
  };
  // The kernel's column edges are not known yet: the header's, placed on each page's body (columnSeparators).
  const cells = headerCells(headerLines, gap);
  const separators = new Map<number, number[]>();
  const separatorsOf = (page: number) => separators.get(page) ?? separators.set(page, columnSeparators(cells, body.filter((l) => l.page === page), [])).get(page)!;
  const inCell = cellLineApart(body, separatorsOf, gap);
  const out = new Set<number>();
  body.forEach((l, k) => {
    const p = phrases(l, gap);
    if (p.length !== 1 || start(l) <= margin + 2 || !centredOver(p[0], { x0, x1 }, true) || inCell(l)) return;
    if (!keepsToColumns(l, edges) || headsRow(l, k, p[0].x0)) out.add(l.row - 1);
  });
  return out;
}

/**
 * Where columns start: where the text after a wide gap (or a line's first text) starts on many lines, as a column's
 * cells do; a page number centred on every page starts in one place a few times only.
 */
function columnEdges(body: readonly Line[], gap: number): number[] {
  const counts = new Map<number, number>();
  for (const l of body) for (const p of phrases(l, gap)) counts.set(p.x0, (counts.get(p.x0) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n >= Math.max(3, most / 8)).map(([x]) => x);
}

/**
 * A row's line that cells one space apart make one phrase: it starts at a column's edge and no word of it runs over
 * another edge. A heading starts wherever centring puts it, and its words run over the edges wherever they fall.
 */
function keepsToColumns(line: Line, edges: readonly number[]): boolean {
  const near = (x: number) => edges.some((e) => Math.abs(x - e) <= SHIFT);
  return near(line.words[0].x) && line.words.every((w) => !edges.some((e) => w.x < e - SHIFT && w.x + w.width > e + SHIFT));
}
