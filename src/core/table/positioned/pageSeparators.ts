import { columnSeparators } from "./columnSeparators";
import { headerCells, type HeaderCell } from "./findHeaderBand";
import type { Line, RulingLine } from "./types";

export interface PageHeaders {
  /** The header's cells where the table starts. */
  readonly cells: readonly HeaderCell[];
  /** Each later page's repeated header lines. */
  readonly repeated: ReadonlyMap<number, readonly Line[]>;
}

/**
 * The column separators of every page. Text saved with its layout places each page on its own (`pdftotext -layout`
 * shifts a page's columns by a few characters where its text is wider), so a page whose repeated header sits elsewhere
 * takes its columns from that header and from its own body. Pages laid out alike (a PDF's, or pages with no header
 * of their own) share one set, measured on all their lines.
 */
export function pageSeparators(headers: PageHeaders, body: readonly Line[], verticals: readonly RulingLine[], gap: number, tolerance: number): (page: number) => number[] {
  const cellsOf = new Map<number, readonly HeaderCell[]>();
  for (const [page, lines] of headers.repeated) {
    const cells = headerCells(lines, gap);
    if (cells.length === headers.cells.length) cellsOf.set(page, cells);
  }
  const layoutKey = (page: number) => key(cellsOf.get(page) ?? headers.cells);
  const groups = new Map<string, { cells: readonly HeaderCell[]; lines: Line[] }>();
  groups.set(key(headers.cells), { cells: headers.cells, lines: [] });
  for (const page of cellsOf.keys()) if (!groups.has(layoutKey(page))) groups.set(layoutKey(page), { cells: cellsOf.get(page)!, lines: [] });
  for (const line of body) groups.get(layoutKey(line.page))!.lines.push(line);
  const separators = new Map([...groups].map(([k, g]) => [k, columnSeparators(g.cells, g.lines, verticals, tolerance, gap)]));
  return (page) => separators.get(layoutKey(page))!;
}

function key(cells: readonly HeaderCell[]): string {
  return cells.map((c) => `${c.x0}:${c.x1}`).join(" ");
}
