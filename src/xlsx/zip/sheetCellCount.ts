import { xmlTags } from "./xmlTags";

/**
 * How many cells exceljs will create for a worksheet part: one per <c> element, plus every cell of every merged
 * area (exceljs materialises each of them on load, so one "A1:XFD1048576" merge would be 17 billion cells).
 * Cells are counted on the raw bytes; merges are read by an XML tokenizer (xmlTags), whatever their quoting,
 * attribute order or prefix. Data validations are not loaded at all (readXlsx ignores them).
 */
export function sheetCellCount(xml: Buffer): number {
  let cells = 0;
  // A plain loop over the bytes: Buffer.indexOf costs a native call per cell, which on a 10,000-item plan was a
  // quarter of reading it.
  for (let p = 0; p + 1 < xml.length; p++) if (xml[p] === LT && xml[p + 1] === LETTER_C && CELL_NAME_END.has(xml[p + 2])) cells++;
  for (const merge of xmlTags(xml, "mergeCell")) cells += rangeCells(merge.ref ?? "");
  return cells;
}

const LT = 0x3c;
const LETTER_C = 0x63;
const CELL_NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);
const RANGE = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\s*$/;

/** Cells of "B2:D5" (or one cell "B2"); anything exceljs could not read as a range counts as one cell. */
export function rangeCells(ref: string): number {
  const m = RANGE.exec(ref);
  if (!m) return 1;
  const rows = Math.abs(Number(m[4] ?? m[2]) - Number(m[2])) + 1;
  const cols = Math.abs(columnNumber(m[3] ?? m[1]) - columnNumber(m[1])) + 1;
  return rows * cols;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
