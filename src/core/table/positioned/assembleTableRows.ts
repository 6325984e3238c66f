import type { GridRow } from "../../grid";
import { joinParts } from "../../text/joinParts";
import type { LineCells } from "./splitLine";
import type { RulingLine } from "./types";

export interface RowContext {
  readonly numberColumn: number | null;
  /** Usual distance between the tops of two lines of one cell. */
  readonly pitch: number;
  readonly horizontals: readonly RulingLine[];
  readonly width: number;
}

interface RowDraft {
  readonly first: LineCells;
  readonly parts: string[][];
  readonly spanning: boolean;
  /** Column where a spanning title starts: its wrapped lines go there whatever their x. */
  readonly spanColumn: number;
  last: LineCells;
}

/**
 * Table lines → rows. Where ruling lines are drawn between rows (lattice), they alone cut rows. Otherwise a row
 * starts at text in the number column, at a title written across the table, after a gap wider than a cell's line
 * spacing allows, and at every page (the plan reader joins a row cut by a page break as it does for any table).
 * The wrapped lines of a cell are joined into one cell.
 */
export function assembleTableRows(lines: readonly LineCells[], ctx: RowContext): GridRow[] {
  // By page once: a 300-page document has thousands of lines and thousands of rules.
  const rulesByPage = new Map<number, RulingLine[]>();
  for (const r of ctx.horizontals) {
    const list = rulesByPage.get(r.page);
    if (list) list.push(r);
    else rulesByPage.set(r.page, [r]);
  }
  const drafts: RowDraft[] = [];
  let current: RowDraft | null = null;
  for (const lc of lines) {
    if (current === null || startsRow(current, lc, ctx, rulesByPage.get(lc.line.page) ?? [])) {
      const spanColumn = lc.cells.findIndex((c) => c !== "");
      current = { first: lc, last: lc, parts: lc.cells.map((c) => (c ? [c] : [])), spanning: lc.spanning, spanColumn };
      drafts.push(current);
      continue;
    }
    if (current.spanning) current.parts[current.spanColumn].push(lc.cells.filter(Boolean).join(" "));
    else lc.cells.forEach((c, i) => c && current!.parts[i].push(c));
    current.last = lc;
  }
  return drafts.map((d) => ({
    cells: Array.from({ length: ctx.width }, (_, i) => joinParts(d.parts[i] ?? [])),
    row: d.first.line.row,
    page: d.first.line.page,
  }));
}

function startsRow(current: RowDraft, lc: LineCells, ctx: RowContext, rules: readonly RulingLine[]): boolean {
  const previous = current.last.line;
  const line = lc.line;
  if (line.page !== previous.page) return true;
  if (rules.length >= 2) return rules.some((r) => r.y0 > previous.top + (previous.bottom - previous.top) / 2 && r.y0 < line.top + (line.bottom - line.top) / 2);
  const gap = line.top - previous.top;
  if (gap > 1.8 * ctx.pitch) return true;
  if (ctx.numberColumn !== null && lc.cells[ctx.numberColumn] !== "") return true;
  const filled = lc.cells.filter(Boolean).length;
  if (current.spanning) return lc.spanning ? /^\d/.test(line.text) : filled > 1;
  if (lc.spanning) return true;
  return ctx.numberColumn === null && gap > 1.35 * ctx.pitch;
}
