import type { GridRow } from "../grid";
import { isPageFurniture } from "./pageFurniture";

/**
 * Text pasted into a sheet and split at spaces (Excel's Text to Columns with the space delimiter, or a paste after
 * one: Excel keeps the last delimiters) is cut at every space, not at some: its cells are single words. With
 * consecutive delimiters not merged (Excel's default) a run of N spaces leaves N-1 empty cells between two words and
 * an indent of N spaces N empty cells before the first, so the line is its cells joined by one space each: a layout
 * text (`pdftotext -layout`) comes back with its columns where they were. Merged, each run is one border and the
 * spacing is gone.
 */

/** Rows of two or more filled cells fewer than this say nothing either way. */
const MIN_ROWS = 3;
/** Filled cells that may hold a space all the same (a cell typed by hand beside the pasted text), at most. */
const SPACED_CELLS = 0.02;
/** Words per line, at least on average: a typed table of one-word cells has fewer columns than a line has words. */
const MIN_WORDS = 4;
/** Share of the rows of two or more words that must hold empty cells between words: runs of spaces kept. */
const GAPS_SHARE = 0.3;

/** Furniture at the head of a page (the rest, page numbers, stands at its foot). */
const PAGE_HEAD = /^(продолжение|окончание|таблица)/i;

/**
 * True when the rows are lines split at every space: two or more cells in a row hold a word each, nearly no cell
 * holds a space or a line break, and the rows hold several words on average.
 */
export function isSplitAtEverySpace(rows: readonly GridRow[]): boolean {
  let multi = 0;
  let words = 0;
  let spaced = 0;
  for (const r of rows) {
    // Counted in one pass over the row's cells: this runs over every row of every sheet.
    let filled = 0;
    let spacedHere = 0;
    for (const c of r.cells) {
      const t = (c ?? "").trim();
      if (t === "") continue;
      filled++;
      if (/\s/.test(t)) spacedHere++;
    }
    if (filled < 2) continue;
    multi++;
    words += filled;
    spaced += spacedHere;
  }
  return multi >= MIN_ROWS && spaced <= SPACED_CELLS * words && words >= MIN_WORDS * multi;
}

/**
 * A run of spaces between two words of a line, or before its first word: a run the split kept (an empty cell between
 * two filled ones, or indenting cells), or a column's place kept by a line pasted whole. Merged, an indent is one space.
 */
const KEPT_RUN = /\S {2,}\S|^ {2,}\S/;

/**
 * True when a text made by spacedSheetText or columnLinesText kept its runs of spaces (enough of its lines of two or
 * more words, or indented, hold one between words or before the first: a wrapped cell's next line alone in its column
 * has no gap but its indent): a layout text to read as it is. Merged, no line holds one.
 */
export function keepsSpacing(text: string): boolean {
  const lines = text.split("\n").map((l) => l.replace(/^\f/, "")).filter((l) => /\S\s+\S|^\s+\S/.test(l));
  return lines.length > 0 && lines.filter((l) => KEPT_RUN.test(l)).length >= GAPS_SHARE * lines.length;
}

/**
 * The text the rows were split from, as far as the split kept it (null for rows not split at every space): each
 * row's cells joined by one space, at its sheet row's line (line 1 = sheet row 1, so that the rows a text reader gives
 * are sheet rows). With the runs of spaces kept it is the layout text itself; merged, each line is its words one space
 * apart, an indent one space (keepsSpacing tells the two apart; mergedSheetLayout lays the merged lines out again).
 */
export function spacedSheetText(rows: readonly GridRow[]): string | null {
  if (!isSplitAtEverySpace(rows)) return null;
  const last = rows.reduce((m, r) => Math.max(m, r.row), 0);
  const lines: string[] = Array.from({ length: last }, () => "");
  for (const r of rows) lines[r.row - 1] = r.cells.map((c) => (c ?? "").trim()).join(" ").trimEnd();
  return withPageFeeds(lines);
}

/**
 * The text of a layout text's lines pasted whole into one column, a line a cell (Excel pastes text without tabs so,
 * the runs of spaces kept inside each cell), at their sheet rows' lines as spacedSheetText gives them; null where a
 * row holds more than one filled cell, a cell holds a line break, or the lines kept no runs of spaces between words
 * (a PDF copied with the mouse: lines without layout, read as loose lines).
 */
export function columnLinesText(rows: readonly GridRow[]): string | null {
  const last = rows.reduce((m, r) => Math.max(m, r.row), 0);
  const lines: string[] = Array.from({ length: last }, () => "");
  let filledRows = 0;
  for (const r of rows) {
    const filled = r.cells.filter((c) => (c ?? "").trim() !== "");
    if (filled.length === 0) continue;
    if (filled.length > 1 || filled[0].includes("\n")) return null;
    lines[r.row - 1] = filled[0].replace(/\t/g, " ").trimEnd();
    filledRows++;
  }
  if (filledRows < MIN_ROWS) return null;
  const text = withPageFeeds(lines);
  return keepsSpacing(text) ? text : null;
}

/**
 * The lines as one text. The paste lost the form feeds between pages: a page number ends a page and «Продолжение
 * таблицы» starts one, so a form feed goes back before the next page's first line and the header repeated there reads
 * as a repeat.
 */
function withPageFeeds(lines: string[]): string {
  let feed = false;
  let previousFurniture = false;
  lines.forEach((line, i) => {
    const furniture = line.trim() !== "" && isPageFurniture(line);
    const head = furniture && PAGE_HEAD.test(line.trim());
    if (feed || (head && !previousFurniture)) lines[i] = "\f" + line;
    feed = furniture && !head;
    if (line.trim() !== "") previousFurniture = furniture;
  });
  return lines.join("\n");
}
