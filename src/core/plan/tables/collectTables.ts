import type { Block, Grid, GridRow, Merge, SourceDocument, TextBlock } from "../../grid";
import { isPageFurniture } from "../../table/pageFurniture";
import { splitSheet } from "../../table/splitSheet";

/**
 * A table as the user meant it: page breaks split a Word table into several text tables with the same columns,
 * separated by blank lines or page furniture (page numbers, «Продолжение таблицы»). Those parts are joined here.
 */
export interface LogicalTable {
  readonly grid: Grid;
  readonly format: string;
  /** Page furniture found between the parts: not table rows, recorded so nothing is lost. */
  readonly furniture: readonly TextBlock[];
}

export type Segment = { readonly kind: "text"; readonly block: TextBlock } | { readonly kind: "table"; readonly table: LogicalTable };

export { isPageFurniture };

export function collectTables(doc: SourceDocument): Segment[] {
  const segments: Segment[] = [];
  // A sheet is one block as read; the tables and prose lines inside it are found first (a whole pasted document).
  const blocks = doc.blocks.flatMap((b) => (b.kind === "table" && b.format === "sheet" ? splitSheet(b.grid) : [b]));
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.kind === "text") {
      segments.push({ kind: "text", block });
      i++;
      continue;
    }
    const parts: Grid[] = [block.grid];
    const furniture: TextBlock[] = [];
    let j = i + 1;
    for (;;) {
      let k = j;
      const between: TextBlock[] = [];
      while (k < blocks.length && blocks[k].kind === "text" && isPageFurniture((blocks[k] as TextBlock).text)) between.push(blocks[k++] as TextBlock);
      const next: Block | undefined = blocks[k];
      if (next?.kind === "table" && next.format === block.format && width(next.grid) === width(block.grid)) {
        parts.push(next.grid);
        furniture.push(...between);
        j = k + 1;
      } else break;
    }
    segments.push({ kind: "table", table: { grid: concatGrids(parts), format: block.format, furniture } });
    i = j;
  }
  return segments;
}

function width(grid: Grid): number {
  return grid.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
}

function concatGrids(parts: readonly Grid[]): Grid {
  if (parts.length === 1) return parts[0];
  const rows: GridRow[] = [];
  const merges: Merge[] = [];
  for (const part of parts) {
    const offset = rows.length;
    for (const row of part.rows) rows.push(row); // not push(...rows): a long part overflows the stack
    for (const m of part.merges) merges.push({ top: m.top + offset, bottom: m.bottom + offset, left: m.left, right: m.right });
  }
  return { rows, merges };
}
