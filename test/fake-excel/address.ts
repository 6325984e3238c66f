/** A1 addresses of the fake: parsing and printing, 0-based inclusive areas. */
import { columnLetters } from "../../src/core/sheet/sheetSpec";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedAddress {
  readonly sheet?: string;
  readonly area: Area;
}

export { columnLetters };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** One end of a reference: a cell, a whole column or a whole row. */
function parseEnd(text: string): { row?: number; col?: number } | null {
  const cell = CELL.exec(text);
  if (cell) return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLS.exec(text);
  if (col) return { col: columnIndex(col[1]) };
  const row = ROWS.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return null;
}

/** "A1", "B2:C5", "A:C", "3:4", "Sheet1!A1:B2", "'My sheet'!A1"; null when it is not an address. */
export function parseAddress(address: string): ParsedAddress | null {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b = a, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const p = parseEnd(a);
  const q = parseEnd(b);
  if (!p || !q || (p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined)) return null;
  const area = {
    top: Math.min(p.row ?? 0, q.row ?? 0),
    bottom: Math.max(p.row ?? MAX_ROWS - 1, q.row ?? MAX_ROWS - 1),
    left: Math.min(p.col ?? 0, q.col ?? 0),
    right: Math.max(p.col ?? MAX_COLS - 1, q.col ?? MAX_COLS - 1),
  };
  if (area.bottom >= MAX_ROWS || area.right >= MAX_COLS) return null;
  return { sheet, area };
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function areaRef(a: Area): string {
  const start = cellRef(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? start : `${start}:${cellRef(a.bottom, a.right)}`;
}

/** Sheet names are quoted when they hold anything but letters, digits and underscores (as Excel prints them). */
export function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!`;
}

export function qualified(sheet: string, a: Area): string {
  return sheetPrefix(sheet) + areaRef(a);
}

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Area, inner: Area): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function areaRows(a: Area): number {
  return a.bottom - a.top + 1;
}

export function areaCols(a: Area): number {
  return a.right - a.left + 1;
}
