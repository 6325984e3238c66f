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

/** Widths in characters: the spec's, widened so the longest word of a header fits. */
export function columnWidths(spec: SheetSpec): number[] {
  // A loop, not Math.max(...rows): spreading 120,000 rows into arguments overflows the stack.
  const count = spec.rows.reduce((n, r) => Math.max(n, r.length), spec.columns?.length ?? 0);
  const widths = Array.from({ length: count }, (_, c) => spec.columns?.[c]?.width ?? 10);
  for (const row of spec.rows) {
    row.forEach((cell, c) => {
      if (cell.style !== "header") return;
      const longest = textOf(cell).split(/\s+/).reduce((n, w) => Math.max(n, w.length), 0);
      widths[c] = Math.max(widths[c], Math.ceil(longest * 1.2) + 2); // header text is bold: wider glyphs
    });
  }
  return widths;
}

/** Heights in points for rows whose wrapped text needs more than one line; undefined elsewhere. */
export function rowHeights(spec: SheetSpec, widths: readonly number[] = columnWidths(spec)): (number | undefined)[] {
  const spans = mergedWidths(spec, widths);
  return spec.rows.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      const text = textOf(cell);
      if (!text || !(spec.columns?.[c]?.wrap || (cell.style && WRAPPING.has(cell.style)))) return;
      const width = spans.get(r)?.get(c) ?? widths[c] ?? 10;
      const scale = cell.style === "title" ? TITLE_SCALE : cell.style === "header" ? HEADER_SCALE : 1;
      const perLine = Math.max(1, (width * 1.1) / scale - 1);
      const needed = text.includes("\n") ? text.split("\n").reduce((n, line) => n + wrappedLines(line, perLine), 0) : wrappedLines(text, perLine);
      lines = Math.max(lines, needed * (cell.style === "title" ? scale : 1));
    });
    return lines > 1 ? Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 3)) : undefined;
  });
}

/** Lines a text takes when wrapped at word boundaries, as spreadsheets do; a word longer than a line is broken. */
function wrappedLines(line: string, perLine: number): number {
  // Its words and the blanks between them are no longer than the line: most cells of a large sheet end here.
  if (line.length <= perLine) return 1;
  let lines = 1;
  let used = 0;
  // Words read one by one, no array of them: a large sheet has hundreds of thousands of wrapped cells.
  const words = /\S+/g;
  for (let m = words.exec(line); m !== null; m = words.exec(line)) {
    const word = m[0];
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else {
      lines += used === 0 ? 0 : 1;
      lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

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
