import type { GridRow } from "../../core/grid";
import { cellText, joinWrapped } from "./cellText";
import { isClosedPipeRow, isPipeRow, isRuleLine, pipeCells, pipeCount } from "./pipeLines";

/**
 * Pipe tables in every variant: markdown (outer pipes), rows without outer pipes, padding "||||", rules of any
 * dash, "=" or "+". A row is one line, unless its text wraps: a line left open (no closing pipe where the table
 * closes its rows) or with fewer cell separators than the header goes on in the next lines, and the cell cut at
 * the line end is one cell. A line that starts a numbered row, or a short line between full rows, is a row of its
 * own (a section title in fewer cells).
 */
export function readPipeTable(lines: readonly string[], firstLine: number): GridRow[] {
  const style = tableStyle(lines);
  const rows: GridRow[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isRuleLine(lines[i]) || lines[i].trim() === "") {
      i++;
      continue;
    }
    const start = i;
    let cells = pipeCells(lines[i], style.outer);
    let seps = separators(lines[i], style);
    i++;
    while (i < lines.length && (isOpen(lines[i - 1], seps, style) ? continues(lines[i], style) : wrapsLastCell(lines[i], style))) {
      const more = pipeCells(lines[i], false);
      cells = [...cells.slice(0, -1), joinWrapped([cells[cells.length - 1] ?? "", more[0]].map((s) => s.trim()).filter(Boolean)), ...more.slice(1)];
      seps += separators(lines[i], { outer: false, closing: style.closing });
      i++;
    }
    rows.push({ cells: cells.map(cellText), row: firstLine + start });
  }
  return rows;
}

interface TableStyle {
  /** Rows open and close with a pipe (markdown). */
  readonly outer: boolean;
  readonly closing: boolean;
  /** Cell separators of the header (the first row): a full row has as many. */
  readonly separators: number;
}

function tableStyle(lines: readonly string[]): TableStyle {
  const rows = lines.filter(isPipeRow);
  const outer = rows.filter((l) => /^\s*\|/.test(l)).length * 2 > rows.length;
  // A row ending in a pipe with no more pipes than a header that ends without one is a full row whose last cells are
  // empty (a section title in the first cell, «|  |  |» after it), not a row closed by a pipe.
  const header = rows[0] ?? "";
  const headerCloses = /\|\s*$/.test(header);
  const closes = (l: string) => /\|\s*$/.test(l) && (headerCloses || pipeCount(l) > pipeCount(header));
  const closing = rows.filter(closes).length * 2 > rows.length;
  return { outer, closing, separators: rows.length ? separators(rows[0], { outer, closing }) : 0 };
}

/** Pipes between cells: without the opening and closing pipes of the table's rows and the padding ("||||"). */
function separators(line: string, style: { readonly outer: boolean; readonly closing: boolean }): number {
  let s = line.replace(/\|{2,}\s*$/, "");
  if (style.outer) s = s.replace(/^\s*\|/, "");
  if (style.closing) s = s.replace(/\|\s*$/, "");
  return pipeCount(s);
}

/** Whether the row read so far is cut at the end of its last line. */
function isOpen(last: string, seps: number, style: TableStyle): boolean {
  if (style.closing) return !/\|\s*$/.test(last);
  return seps < style.separators;
}

/** Whether a line goes on with the row above rather than starting one. */
function continues(line: string, style: TableStyle): boolean {
  if (line.trim() === "" || isRuleLine(line)) return false;
  if (style.outer && (/^\s*\|/.test(line) || isClosedPipeRow(line))) return false;
  return !STARTS_ROW.test(line);
}

/**
 * Without closing pipes a full row may still go on: a line with no pipe that reads as the rest of a sentence (not
 * capitalised, not numbered) is the wrapped end of the last cell; a capitalised one is a row of its own (a title).
 */
function wrapsLastCell(line: string, style: Pick<TableStyle, "closing">): boolean {
  return !style.closing && pipeCount(line) === 0 && /^\s*[\p{Ll}\d(«"„–—-]/u.test(line) && !STARTS_ROW.test(line) && !isRuleLine(line);
}

/** A line whose first cell is an item or section number ("1.2", "II.", "3)") starts a row. */
const STARTS_ROW = /^\s*\|?\s*(\d{1,3}(\.\d{1,3})*|[IVXLC]{1,6})[.)]?\s*(\||$)|^\s*\|?\s*(\d{1,3}(\.\d{1,3})*|[IVXLC]{1,6})[.)]\s+\p{Lu}/u;

/**
 * Whether a pipe table starts at lines[start]: a row of cells split by pipes (two pipes at least without outer
 * pipes), or a rule over one, with a second pipe row in the lines the table takes.
 */
export function startsPipeTable(lines: readonly string[], start: number): boolean {
  const line = lines[start];
  if (isRuleLine(line) && line.trim() !== "") return start + 1 < lines.length && isPipeRow(lines[start + 1]) && startsPipeTable(lines, start + 1);
  if (!isPipeRow(line)) return false;
  const loose = !/^\s*\|.*\|\s*$/.test(line);
  if (loose && pipeCount(line.replace(/\|{2,}\s*$/, "")) < 2) return false;
  if (start + 1 >= lines.length) return true;
  const end = pipeTableEnd(lines, start);
  for (let i = start + 1; i < end; i++) if (isPipeRow(lines[i])) return true;
  return false;
}

/** Index after the last line of the pipe table that starts at `start`: rows, rules, and lines a row wraps onto. */
export function pipeTableEnd(lines: readonly string[], start: number): number {
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    if (isPipeRow(line) || (isRuleLine(line) && line.trim() !== "")) {
      i++;
      continue;
    }
    // A line without pipes belongs to the table when a pipe row follows right after it (a wrapped cell, a section),
    // or when it reads as the rest of the row above (the last cell wrapped).
    if (i > start && wrapsLastCell(line, { closing: false })) {
      i++;
      continue;
    }
    if (line.trim() !== "" && line.length < 1000 && (isPipeRow(lines[i + 1] ?? "") || (lines[i + 1]?.trim() && !isRuleLine(lines[i + 1]) && isPipeRow(lines[i + 2] ?? "")))) {
      i++;
      continue;
    }
    break;
  }
  return i;
}
