import type { GridRow } from "../../core/grid";
import { matchHeader } from "../../core/plan/columns/matchHeader";
import { parseItemNumber } from "../../core/plan/structure/numbering";
import { cellsToRows, type StreamCell } from "../../core/table/cellsToRows";
import { cellText, joinWrapped } from "./cellText";

/**
 * One cell per line, as web pages and legal databases give a table copied as text: each cell ends with a
 * delimiter (" |") and may wrap over several lines, or cells are paragraphs separated by blank lines. The header
 * (cells naming plan columns) gives the number of columns; the rows come from the item numbers (core cellsToRows).
 */
type CellMode = "delimited" | "paragraphs";

const CELL_END = /\s\|\s*$|^\s*\|\s*$/;
/** At least this many header cells in a row make a header (a plan has a name and a deadline or responsible). */
const MIN_HEADER = 3;

/** Cells of the text from `start`: lines up to a delimiter, or paragraphs up to a blank line. */
function cellsFrom(lines: readonly string[], start: number, mode: CellMode, limit = Infinity): { cells: StreamCell[]; end: number }[] {
  const out: { cells: StreamCell[]; end: number }[] = [];
  let i = start;
  while (i < lines.length && out.length < limit) {
    if (lines[i].trim() === "") {
      if (mode === "delimited" || (i + 1 < lines.length && lines[i + 1].trim() === "" && out.length > 0)) break;
      i++;
      continue;
    }
    const first = i;
    const parts: string[] = [];
    if (mode === "delimited") {
      while (i < lines.length && lines[i].trim() !== "" && !CELL_END.test(lines[i]) && i - first < 20) parts.push(lines[i++]);
      if (i >= lines.length || !CELL_END.test(lines[i])) break;
      parts.push(lines[i++].replace(/\|\s*$/, ""));
    } else {
      while (i < lines.length && lines[i].trim() !== "") parts.push(lines[i++]);
    }
    out.push({ cells: [{ text: cellText(joinWrapped(parts.map((p) => p.trim()).filter(Boolean))), line: first + 1 }], end: i });
  }
  return out;
}

function modeAt(lines: readonly string[], start: number): CellMode | null {
  if (CELL_END.test(lines[start]) && !/\|.*\|/.test(lines[start].replace(/\|\s*$/, ""))) return "delimited";
  if (lines[start].trim() !== "" && (lines[start + 1] ?? "").trim() === "") return "paragraphs";
  return null;
}

/** Header cells at `start`: consecutive cells naming distinct plan columns; null when fewer than MIN_HEADER. */
function headerAt(lines: readonly string[], start: number): { mode: CellMode; width: number } | null {
  const mode = modeAt(lines, start);
  if (!mode) return null;
  const keys = new Set<string>();
  for (const { cells } of cellsFrom(lines, start, mode, 12)) {
    const key = matchHeader(cells[0].text);
    if (!key || keys.has(key) || cells[0].text.length > 80) break;
    keys.add(key);
  }
  return keys.size >= MIN_HEADER && (keys.has("name") || keys.has("responsible")) ? { mode, width: keys.size } : null;
}

/** A number alone in a cell opens an item row. */
function startsRow(text: string): boolean {
  return parseItemNumber(text) !== null;
}

/** A header starts here, and not one cell later (a title naming "мероприятия" above a header is no header cell). */
export function startsCellLines(lines: readonly string[], start: number): boolean {
  const header = headerAt(lines, start);
  if (!header) return false;
  let next = cellsFrom(lines, start, header.mode, 1)[0]?.end ?? lines.length;
  while (next < lines.length && lines[next].trim() === "") next++;
  return (headerAt(lines, next)?.width ?? 0) <= header.width;
}

/** Index after the table of cells that starts at `start`: the header, then rows until the cells stop forming them. */
export function cellLinesEnd(lines: readonly string[], start: number): number {
  const header = headerAt(lines, start);
  if (!header) return start;
  const read = cellsFrom(lines, start, header.mode);
  // The table ends at the last cell of a row that opened with a number, or a titled section between such rows.
  let end = read[Math.min(header.width, read.length) - 1]?.end ?? start;
  let inRow = 0;
  for (let k = header.width; k < read.length; k++) {
    const text = read[k].cells[0].text;
    if (startsRow(text)) inRow = 1;
    else if (inRow > 0 && inRow < header.width) inRow++;
    else if (/^(раздел|глава|\d{1,3}\.|[IVXLC]{1,6}\.)\s*\S/iu.test(text) && read.slice(k + 1, k + 3).some((r) => startsRow(r.cells[0].text))) inRow = 0;
    else break;
    end = read[k].end;
  }
  return end;
}

export function readCellLines(lines: readonly string[], firstLine: number): GridRow[] {
  const header = headerAt(lines, 0);
  if (!header) return [];
  const cells = cellsFrom(lines, 0, header.mode).flatMap((r) => r.cells.map((c) => ({ ...c, line: c.line + firstLine - 1 })));
  const head: GridRow = { cells: cells.slice(0, header.width).map((c) => c.text), row: cells[0].line };
  return [head, ...cellsToRows(cells.slice(header.width), { width: header.width, startsRow })];
}
