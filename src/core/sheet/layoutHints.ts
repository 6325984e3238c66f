import type { CellSpec, SheetSpec } from "./sheetSpec";

/**
 * Column widths and row heights a sheet needs to be read on paper: no header word broken in the middle, and rows
 * tall enough for their wrapped text. Hosts that cannot measure text (exceljs, LibreOffice opening the file) get
 * these estimates; Excel itself may autofit instead.
 */

const LINE_HEIGHT = 15; // points per line of 11-pt text
const MAX_ROW_HEIGHT = 409; // Excel's limit
const WRAPPING = new Set(["wrap", "header", "title", "section"]);
const TITLE_SCALE = 1.4; // 14-pt bold titles: wider letters, taller lines
const HEADER_SCALE = 1.1; // bold letters are wider

/** Widths in characters: the spec's, widened so the longest word of a header fits (`headers`: headerWidths(spec)). */
export function columnWidths(spec: SheetSpec, headers: readonly (number | undefined)[] = headerWidths(spec)): number[] {
  const count = Math.max(headers.length, spec.columns?.length ?? 0);
  return Array.from({ length: count }, (_, c) => {
    const width = spec.columns?.[c]?.width ?? 10;
    return Math.max(width, headers[c] ?? width);
  });
}

/**
 * Per column, the width the longest word of its header cells needs (undefined where it has none): the one pass over
 * every cell that widths need, made once where a host asks for widths several times (print fitting, then writing).
 * As long as the longest row.
 */
export function headerWidths(spec: SheetSpec): (number | undefined)[] {
  // A loop, not Math.max(...rows): spreading 120,000 rows into arguments overflows the stack.
  const count = spec.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const out = new Array<number | undefined>(count).fill(undefined);
  // Plain loops, over hundreds of thousands of cells.
  for (const row of spec.rows) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.style !== "header") continue;
      const longest = textOf(cell).split(/\s+/).reduce((n, w) => Math.max(n, w.length), 0);
      out[c] = Math.max(out[c] ?? 0, Math.ceil(longest * 1.2) + 2); // header text is bold: wider glyphs
    }
  }
  return out;
}

/** Heights in points for rows whose wrapped text needs more than one line; undefined elsewhere. */
export function rowHeights(spec: SheetSpec, widths: readonly number[] = columnWidths(spec)): (number | undefined)[] {
  const spans = mergedWidths(spec, widths);
  const wrapColumn = (spec.columns ?? []).map((c) => !!c?.wrap);
  const heights: (number | undefined)[] = new Array<number | undefined>(spec.rows.length);
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r] ?? [];
    const rowSpans = spans.get(r);
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const text = textOf(cell);
      if (!text || !(wrapColumn[c] || (cell.style !== undefined && WRAPPING.has(cell.style)))) continue;
      const width = rowSpans?.get(c) ?? widths[c] ?? 10;
      const scale = cell.style === "title" ? TITLE_SCALE : cell.style === "header" ? HEADER_SCALE : 1;
      const needed = textLines(text, Math.max(1, (width * 1.1) / scale - 1));
      lines = Math.max(lines, needed * (cell.style === "title" ? scale : 1));
    }
    heights[r] = lines > 1 ? Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 3)) : undefined;
  }
  return heights;
}

/** Lines a text takes, each of its own lines wrapped on its own. */
function textLines(text: string, perLine: number): number {
  let lines = 0;
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    lines += wrappedLines(text, start, end, perLine);
    start = end + 1;
  }
  return lines + wrappedLines(text, start, text.length, perLine);
}

/**
 * Lines text[start, end) takes when wrapped at word boundaries, as spreadsheets do; a word longer than a line is
 * broken. Words are the runs between blanks (what /\S+/ finds), read by character code: no string or match per word,
 * for the hundreds of thousands of wrapped cells of a large sheet.
 */
function wrappedLines(text: string, start: number, end: number, perLine: number): number {
  // Its words and the blanks between them are no longer than the line: most cells of a large sheet end here.
  if (end - start <= perLine) return 1;
  let lines = 1;
  let used = 0;
  let at = start;
  for (;;) {
    while (at < end && isBlank(text.charCodeAt(at))) at++;
    if (at >= end) return lines;
    const from = at;
    while (at < end && !isBlank(text.charCodeAt(at))) at++;
    const word = at - from;
    const need = used === 0 ? word : used + 1 + word;
    if (need <= perLine) used = need;
    else {
      lines += used === 0 ? 0 : 1;
      lines += Math.max(0, Math.ceil(word / perLine) - 1);
      used = word % perLine || perLine;
    }
  }
}

/** Whether a UTF-16 code unit is one JavaScript's \s matches (ECMAScript WhiteSpace and LineTerminator). */
function isBlank(code: number): boolean {
  // One look-up per character: the word scan reads every character of every long wrapped cell, and a chain of
  // comparisons per character (letters, most of them, fail every one) cost a fifth of rowHeights on a 10k summary.
  return BLANKS[code] === 1;
}

const BLANKS = (() => {
  const blanks = new Uint8Array(0x10000);
  for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) blanks[code] = 1;
  for (let code = 0x2000; code <= 0x200a; code++) blanks[code] = 1;
  return blanks;
})();

/** The width of a merged area belongs to its top-left cell (by row, then column); merges spanning rows share their text. */
function mergedWidths(spec: SheetSpec, widths: readonly number[]): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const m of spec.merges ?? []) {
    if (m.bottom !== m.top) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widths[c] ?? 10;
    out.set(m.top, (out.get(m.top) ?? new Map<number, number>()).set(m.left, w));
  }
  return out;
}

function textOf(cell: CellSpec): string {
  return cell.value.kind === "text" || cell.value.kind === "link" ? cell.value.text : "";
}
