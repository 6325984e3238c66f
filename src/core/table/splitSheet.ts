import type { Block, Grid, GridRow, Merge } from "../grid";
import { isPageFurniture } from "./pageFurniture";

/**
 * A sheet's used range may hold a whole pasted document: title, prose, a targets table, the plan, an approval
 * table, signatures. This finds the tables in it the way the text reader finds them between lines of prose.
 * A table starts at a row with two or more filled cells; blank rows and one-cell rows inside it (section titles,
 * continuations, a date under an item) stay in it when the table goes on after them, unless a blank row sets a
 * line of the first column apart (a caption or prose before what follows, but not a numbered section title the
 * table goes on under); a line in an inner column directly under
 * the table continues it even at its end; page numbers are furniture.
 */
export function splitSheet(grid: Grid): Block[] {
  const rows = grid.rows;
  const firstCol = firstUsedColumn(rows);
  const kinds = rows.map(rowKind);
  const blocks: Block[] = [];
  let i = 0;
  while (i < rows.length) {
    if (kinds[i] === "blank") {
      i++;
      continue;
    }
    if (kinds[i] === "line") {
      blocks.push({ kind: "text", row: rows[i].row, text: lineText(rows[i]) });
      i++;
      continue;
    }
    const start = i;
    let end = i + 1; // exclusive end of the table so far
    for (let j = i + 1; j < rows.length; j++) {
      // Blank rows stay with the table above them (recorded as dropped blanks, as they always were).
      if (kinds[j] === "cells" || kinds[j] === "blank") end = j + 1;
      // A page number between two parts ends the part: the parts are joined again with the furniture recorded.
      // A line after a blank row is a caption or prose before what follows, not a section of this table.
      else if (kinds[j] === "line" && (isPageFurniture(lineText(rows[j])) || (kinds[j - 1] === "blank" && inFirstColumn(rows[j], firstCol) && !(NUMBERED_TITLE.test(lineText(rows[j])) && resumesAfter(kinds, j))) || (!resumesAfter(kinds, j) && (inFirstColumn(rows[j], firstCol) || kinds[j - 1] === "blank")))) break;
      // A line in an inner column right under the table continues a cell of its last row (a wrapped executor),
      // even where no row of cells follows: prose and signatures under a pasted table start in its first column.
      else if (kinds[j] === "line") end = j + 1;
    }
    blocks.push({ kind: "table", format: "sheet", grid: subGrid(grid, start, end) });
    i = end;
  }
  return blocks;
}

type RowKind = "blank" | "line" | "cells";

/**
 * A numbered title («1. Выявление …», «II. …», «Раздел 2 …») after a blank row, with the table going on under it, is
 * a section of that table (a Word table pasted with blank rows around its section rows), not a caption before
 * another table.
 */
const NUMBERED_TITLE = /^((\d{1,2}\.)+\d{0,2}|[IVXLC]{1,6}\.|(раздел|глава|подпрограмма|направление|цель|задача)\s+\S+)\s+\S/iu;

/** One-cell rows a table may hold in a run (dates of the sessions of a series) before it goes on. */
const RESUME_WITHIN = 10;

function resumesAfter(kinds: readonly RowKind[], j: number): boolean {
  let lines = 0;
  for (let k = j + 1; k < kinds.length && lines < RESUME_WITHIN; k++) {
    if (kinds[k] === "cells") return true;
    if (kinds[k] === "line") lines++;
  }
  return false;
}

function rowKind(row: GridRow): RowKind {
  let filled = 0;
  for (const c of row.cells) if ((c ?? "").trim() !== "") filled++;
  if (filled === 0) return "blank";
  return filled === 1 ? "line" : "cells";
}

function inFirstColumn(row: GridRow, firstCol: number): boolean {
  return (row.cells[firstCol] ?? "").trim() !== "";
}

function firstUsedColumn(rows: readonly GridRow[]): number {
  let first = Infinity;
  for (const r of rows) {
    const i = r.cells.findIndex((c) => (c ?? "").trim() !== "");
    if (i >= 0 && i < first) first = i;
  }
  return Number.isFinite(first) ? first : 0;
}

function lineText(row: GridRow): string {
  return row.cells.map((c) => (c ?? "").trim()).filter(Boolean).join(" ");
}

function subGrid(grid: Grid, start: number, end: number): Grid {
  if (start === 0 && end === grid.rows.length) return grid;
  const merges: Merge[] = grid.merges
    .filter((m) => m.top >= start && m.bottom < end)
    .map((m) => ({ ...m, top: m.top - start, bottom: m.bottom - start }));
  return { rows: grid.rows.slice(start, end), merges };
}
