import type { GridRow, Merge } from "../../core/grid";
import { matchHeader } from "../../core/plan/columns/matchHeader";
import { parseItemNumber, sectionMarker } from "../../core/plan/structure/numbering";
import { opensSumRow } from "../../core/table/sumRows";
import { isPageFurniture } from "../../core/table/pageFurniture";
import { isSignatureText } from "../../core/plan/structure/rowShapes";
import { isSignOff, isSplitSignOff, isWrappedSignOff } from "../../core/plan/lines/signOffLine";
import { cellText } from "./cellText";
import { startsRow } from "./readCellLines";
import { type CellColumn, type ColumnKinds, cellsAndTitle, cellsOfParagraphs, fewestLines, learnColumnKinds, readsAsAmount, relearnColumnKinds } from "./rowParagraphs";

/**
 * A Word table saved as plain text by a word processor (LibreOffice Writer's «Текст», a plan mailed or pasted into a
 * site's form): every paragraph of a cell is a line of its own, an empty cell an empty line, and nothing parts cells
 * or rows. The header's captions come one a line, then the row under a caption merged over sub-captions («Срок» over
 * «начала» | «окончания»: an empty line under each caption merged down) and the column numbers, one a line. Rows open
 * with the item's number, alone on its line; a section title merged across the table is one line. A cell of several
 * paragraphs (executors one a line, a list in a name, two sources of funding) gives its row more lines than cells:
 * they are shared out by what they read as (rowParagraphs.ts).
 *
 * Claimed only where the text shows empty cells as empty lines (under the merged captions, or in the rows): without
 * them the text is one cell per line with empty cells left out (a web page copied), which the lines reader reads.
 */

/** Captions are short; a header has at most this many. */
const CAPTION_LENGTH = 80;
const MAX_CAPTIONS = 14;
/** One item row in this many, at least, has a line a cell (the others cells of several paragraphs, or empty). */
const LINE_A_CELL = 3;
/** At least this many header captions name distinct plan columns. */
const MIN_NAMED = 3;

interface ParagraphHeader {
  /** Grid rows of the header (captions, sub-captions), column numbers included. */
  readonly rows: readonly (readonly string[])[];
  readonly merges: readonly Merge[];
  /** Grid width. */
  readonly width: number;
  /** What each grid column is, for sharing a row's paragraphs out. */
  readonly columns: readonly CellColumn[];
  /** Index of the line after the header. */
  readonly end: number;
}

const blank = (line: string | undefined): boolean => (line ?? "").trim() === "";

/** A number alone on its line opens an item row (readCellLines' test, for a number with nothing after it). */
function opensItem(text: string): boolean {
  const t = text.trim();
  return t.length <= 12 && !/\s\S/.test(t) && startsRow(t);
}

/**
 * A line that opens a row of its own: an item's number, a sum row's label, a section title (its number and title are
 * one cell merged across the table, where an item's number stands in a cell of its own).
 */
function opensRow(text: string): boolean {
  return opensItem(text) || opensSumRow(text) || sectionMarker(text) !== null;
}

/** The length of the run «1», «2», … starting at `start`. */
function numbersRun(lines: readonly string[], start: number): number {
  let k = 0;
  while (start + k < lines.length && lines[start + k].trim() === String(k + 1)) k++;
  return k;
}

function headerAt(lines: readonly string[], start: number): ParagraphHeader | null {
  const first = lines[start] ?? "";
  // A header starts at its first caption, not one line into it.
  if (blank(first) || matchHeader(first) === null || (start > 0 && !blank(lines[start - 1]) && lines[start - 1].trim().length <= 40 && matchHeader(lines[start - 1]) !== null)) return null;
  let h = start;
  while (h < lines.length && h - start < MAX_CAPTIONS && !blank(lines[h]) && lines[h].trim().length <= CAPTION_LENGTH && !opensRow(lines[h]) && numbersRun(lines, h) < 3) h++;
  // A section title with no number right under the captions is the first row, one line the first item's row lacks.
  const titled = h - start > MIN_NAMED && matchHeader(lines[h - 1]) === null && titleOverFirstRow(lines, start, h);
  if (titled) h--;
  const captions = lines.slice(start, h).map((l) => cellText(l.trim()));
  // Each caption a whole paragraph: one that goes on in lower case («п/п», «исполнитель») is a wrapped caption's
  // line, as a PDF's text gives a header.
  if (captions.slice(1).some((c) => /^[\p{Ll}(]/u.test(c))) return null;
  const keys = captions.map(matchHeader);
  const named = new Set(keys.filter((k) => k !== null));
  if (named.size < MIN_NAMED || !(named.has("name") || named.has("responsible"))) return null;
  // The row under the captions: as many lines as the grid has columns, an empty one under a caption merged down.
  let k = h;
  while (!titled && k < lines.length && k - h <= 2 * captions.length && numbersRun(lines, k) < 3 && !(opensRow(lines[k]) && !blank(lines[k]))) k++;
  const sub = lines.slice(h, k).map((l) => cellText(l.trim()));
  const numbers = numbersRun(lines, k);
  if (sub.length > 0 && !sub.some((s) => s === "")) return null;
  const width = sub.length > 0 ? sub.length : numbers >= 3 ? numbers : captions.length;
  if (numbers >= 3 && numbers !== width) return null;
  const spans = sub.length > 0 ? spansOver(sub, captions.length) : captions.map(() => 1);
  // The captions cover the grid exactly: more captions than columns are a title's lines above the header.
  if (!spans || spans.reduce((a, b) => a + b, 0) !== width) return null;
  const top: string[] = [];
  const merges: Merge[] = [];
  const columns: CellColumn[] = [];
  spans.forEach((span, c) => {
    const left = top.length;
    top.push(captions[c], ...Array.from({ length: span - 1 }, () => ""));
    if (span > 1) merges.push({ top: 0, left, bottom: 0, right: left + span - 1 });
    else if (sub.length > 0) merges.push({ top: 0, left, bottom: 1, right: left });
    for (let s = 0; s < span; s++) columns.push({ key: keys[c], caption: captions[c], group: c });
  });
  const rows: string[][] = [top];
  if (sub.length > 0) rows.push(sub);
  if (numbers >= 3) rows.push(Array.from({ length: numbers }, (_, i) => String(i + 1)));
  return { rows, merges, width, columns, end: k + (numbers >= 3 ? numbers : 0) };
}

/**
 * The last of the lines [start, h) heads the first row rather than a column: the item rows under it, up to the next
 * row each, have one line fewer than those lines at the least, with no empty line under them to say the header went
 * on. The shortest of several rows, not the first's alone: a row whose executors are two paragraphs has a line more.
 * Not where a deadline's start and end are captioned apart, whose merged cells make a row a line short.
 */
function titleOverFirstRow(lines: readonly string[], start: number, h: number): boolean {
  if (!opensItem(lines[h] ?? "") || !/^[«"„]?\p{Lu}/u.test(lines[h - 1].trim())) return false;
  const keys = lines.slice(start, h - 1).map(matchHeader);
  if (keys.some((k, i) => i > 0 && k === "deadline" && keys[i - 1] === "deadline")) return false;
  let shortest = Infinity;
  for (let row = h, seen = 0; row < lines.length && opensItem(lines[row]) && seen < TITLE_ROWS; seen++) {
    let k = row + 1;
    while (k < lines.length && k - row <= 3 * (h - start) && !(opensRow(lines[k]) && !blank(lines[k]))) k++;
    shortest = Math.min(shortest, k - row);
    row = k;
  }
  return shortest === h - start - 1;
}

/** How many item rows under the header show its width, for a title under it. */
const TITLE_ROWS = 6;

/**
 * How many grid columns each caption covers, read off the row under the captions: an empty line is a caption merged
 * down (one column), a run of sub-captions lies under one caption merged across them. Null where the two disagree.
 */
export function spansOver(sub: readonly string[], captions: number): number[] | null {
  const spans: number[] = [];
  for (let i = 0; i < sub.length; ) {
    if (sub[i] === "") {
      spans.push(1);
      i++;
      continue;
    }
    let j = i;
    while (j < sub.length && sub[j] !== "") j++;
    spans.push(j - i);
    i = j;
  }
  return spans.length === captions ? spans : null;
}

/** At most one whole row in this many leaves its executors empty, for an empty one to be a merged cell's. */
const MERGED_DOWN_SHARE = 4;
const MERGED_DOWN_NOTE = {
  code: "merged_continuation" as const,
  text: "ячейка исполнителей пуста, как строка под объединённой ячейкой: исполнители взяты из пункта выше",
};

interface RowLines {
  readonly start: number;
  readonly lines: readonly string[];
}

/**
 * The rows after the header, each from the line that opens it to the next such line. The table ends at an empty line
 * after a row that has all its cells (a cell merged across columns one line), where no row opens after the empty lines
 * (and a sum row's cells before its label): Writer writes the paragraphs after a table right under it, and officials
 * leave an empty one before the signatures.
 */
function rowsFrom(lines: readonly string[], start: number, header: ParagraphHeader): { rows: RowLines[]; end: number } {
  const width = header.width;
  const fewest = 1 + fewestLines(header.columns.slice(1));
  const labelColumn = Math.max(0, header.columns.findIndex((c) => c.key === "name"));
  const rows: RowLines[] = [];
  let current: { start: number; lines: string[] } | null = null;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!blank(line) && opensRow(line)) {
      const before: string[] = current && opensSumRow(line) && !opensItem(line) ? sumRowCellsBefore(lines, i, current.lines, { width, fewest, labelColumn }) : [];
      if (current) rows.push(current);
      current = { start: i - before.length, lines: [...before, line] };
      continue;
    }
    if (!current) {
      // A section title under the header, over the first item's row.
      if (i === start && !blank(line) && opensItem(lines[i + 1] ?? "")) {
        rows.push({ start: i, lines: [line] });
        continue;
      }
      break;
    }
    if (blank(line) && current.lines.length >= fewest && !rowOpensAfter(lines, i, current.lines.length < width) && !numberedRowGoesOn(lines, i, current.lines[0], width)) break;
    // A sum row has its label and a sum at least (its label merged over the cells before the sums).
    const summed = current.lines.some((l) => opensSumRow(l)) && current.lines.some((l) => readsAsAmount(l));
    if ((current.lines.length >= fewest || summed) && signsUnder(lines, i)) break;
    current.lines.push(line);
  }
  if (current) rows.push(current);
  return { rows, end: i };
}

/**
 * The head's sign-off typed right under the table, no empty paragraph between (Writer writes it on the line after the
 * last row's last cell): on one line with the name at its end, or over two (wrapped, or the name alone on the second),
 * and nothing after it but signatures, empty lines and page numbers. An executors' cell that reads so has its row's
 * later cells, or the next row, after it.
 */
function signsUnder(lines: readonly string[], i: number): boolean {
  const [line, next] = [lines[i].trim(), (lines[i + 1] ?? "").trim()];
  const signOff = /^\p{Lu}/u.test(line) && isSignOff(line) ? 1 : isWrappedSignOff(line, next) || isSplitSignOff(line, next) ? 2 : 0;
  return signOff > 0 && lines.slice(i + signOff).every((l) => blank(l) || isSignatureText(l) || isPageFurniture(l));
}

/**
 * Whether a row opens after the empty lines from `i`, or a sum row's label after empty cells and sums. After a row
 * that is complete only with a merged cell (`short`), the empty line may be its last cell, empty, and a section title
 * without a number may stand between it and the next item.
 */
function rowOpensAfter(lines: readonly string[], i: number, short: boolean): boolean {
  let next = i;
  while (next < lines.length && blank(lines[next])) next++;
  if (next < lines.length && opensRow(lines[next])) return true;
  if (short && next + 1 < lines.length && opensItem(lines[next + 1])) return true;
  while (next < lines.length && (blank(lines[next]) || (readsAsAmount(lines[next]) && !opensRow(lines[next])))) next++;
  return next < lines.length && opensSumRow(lines[next]);
}

/**
 * Whether the empty line at `i` is a cell of the row that `number` opens, with more of its cells after it: a row with
 * a cell of several paragraphs (executors one a line) has a line a cell before its last cells are in, and an empty
 * cell there reads as the table's end. The table goes on where the next row opens within the lines the row can still
 * have and its number follows the row's (the item «3.3» or the section «Раздел 4.» after the item «3.2»); the lines
 * after a table (signatures, notes numbered from 1) do not.
 */
function numberedRowGoesOn(lines: readonly string[], i: number, number: string, width: number): boolean {
  const own = leadingNumber(parseItemNumber(number.trim()));
  if (own === null) return false;
  let next = i;
  while (next < lines.length && blank(lines[next])) next++;
  for (let k = next; k < lines.length && k - next < width; k++) {
    if (blank(lines[k])) return false;
    if (!opensRow(lines[k])) continue;
    const follows = leadingNumber(opensItem(lines[k]) ? parseItemNumber(lines[k].trim()) : sectionMarker(lines[k])?.number ?? null);
    return follows !== null && (follows === own || follows === own + 1);
  }
  return false;
}

/** The first number of an item's or a section's number («3» of «3.2.»), or null. */
function leadingNumber(number: string | null): number | null {
  const m = /^(\d+)/.exec(number ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * The cells of a sum row before its label, taken off the end of the row above (removed from `above`). Officials type
 * «Итого» under the items' names, its number cell left empty and a sum before the name where the funding's columns
 * stand there: those cells come as lines before the label, empty or a sum, which the row above would else take as its
 * own. Only lines the row above can spare (it keeps a line a cell), and no more than the sum row lacks of its width
 * where its end is in sight.
 */
function sumRowCellsBefore(lines: readonly string[], label: number, above: string[], at: { width: number; fewest: number; labelColumn: number }): string[] {
  let trailing = 0;
  while (trailing < above.length - 1 && (blank(above[above.length - 1 - trailing]) || readsAsAmount(above[above.length - 1 - trailing]))) trailing++;
  let take = Math.min(trailing, at.labelColumn, above.length - at.fewest);
  let next = label + 1;
  while (next < lines.length && next - label <= at.width + at.labelColumn && !(opensRow(lines[next]) && !blank(lines[next]))) next++;
  if (next < lines.length) {
    // Up to the next row, less the cells before that row's label where it is a sum row too.
    let own = next - label;
    if (opensSumRow(lines[next]) && !opensItem(lines[next])) {
      let before = 0;
      while (before < Math.min(at.labelColumn, own - 1) && (blank(lines[next - 1 - before]) || readsAsAmount(lines[next - 1 - before]))) before++;
      own -= before;
    }
    if (own <= at.width) take = Math.min(take, at.width - own);
  }
  return take > 0 ? above.splice(above.length - take, take) : [];
}

/**
 * The table's last row with the empty lines after the table that are its own empty last cells. The table ends at an
 * empty line after a row with a line a cell at the least (rowsFrom), but a row with a cell of two paragraphs and its
 * last cell empty has as many lines before that cell's empty line, which then reads as the table's end: the row's
 * second executor would stand under «Ожидаемый результат». An empty line after the table is the row's where the row
 * shares its lines out better with it than without; a whole row has no cell to spare for it.
 */
function withEmptyLastCells(own: readonly string[], after: readonly string[], columns: readonly CellColumn[], kinds: ColumnKinds): readonly string[] {
  let row = own;
  for (let k = 0; k < after.length && blank(after[k]); k++) {
    const more = [...row, ""];
    if (cellsOfParagraphs(more, columns, kinds).score <= cellsOfParagraphs(row, columns, kinds).score) break;
    row = more;
  }
  return row;
}

/** Whether a table saved as text, one paragraph a line, starts here (readParagraphLines). */
export function startsParagraphLines(lines: readonly string[], start: number): boolean {
  const header = headerAt(lines, start);
  if (!header) return false;
  const { rows } = rowsFrom(lines, header.end, header);
  const items = rows.filter((r) => opensItem(r.lines[0]) && r.lines.length > 2);
  if (items.filter((r) => r.lines.length >= header.width).length < 2) return false;
  // Most rows a line a cell, and empty cells as empty lines (under merged captions, or inside the rows) or no row
  // short of cells: a page's cells copied one a line with the empty ones left out leave rows short; a PDF's text,
  // copied with the mouse or through pdftotext, wraps its cells over many lines.
  const emptyLines = (header.rows.length > 1 && header.rows[1].includes("")) || items.some((r) => r.lines.slice(1).some(blank));
  const lineACell = items.filter((r) => r.lines.length === header.width).length * LINE_A_CELL >= items.length;
  return lineACell && (emptyLines || items.every((r) => r.lines.length >= header.width));
}

export function paragraphLinesEnd(lines: readonly string[], start: number): number {
  const header = headerAt(lines, start);
  return header ? rowsFrom(lines, header.end, header).end : start;
}

/** The table at lines [start, end) as a grid; row numbers are 1-based lines. */
export function readParagraphLines(lines: readonly string[], start: number, end: number): { rows: GridRow[]; merges: Merge[] } {
  const header = headerAt(lines, start)!;
  const { rows } = rowsFrom(lines.slice(0, end), header.end, header);
  const grid: GridRow[] = header.rows.map((cells, k) => ({ cells, row: start + 1 + k }));
  const merges: Merge[] = [...header.merges];
  const cellColumns = header.columns.slice(1);
  const whole = rows.filter((r) => opensItem(r.lines[0]) && r.lines.length === header.width);
  const first = learnColumnKinds(whole.map((r) => r.lines.slice(1)), cellColumns);
  const kinds = relearnColumnKinds(rows.filter((r) => opensItem(r.lines[0]) && r.lines.length > 2).map((r) => r.lines.slice(1).map((l) => l.trim())), cellColumns, first);
  // An executors' cell merged down over the items that share it is written once, the rows under it an empty line:
  // where few rows leave that column empty (a plan names executors for its items), an empty one takes the cell above,
  // as the .docx's merge gives it, and says so.
  const responsible = cellColumns.findIndex((c) => c.key === "responsible");
  const mergedDown = responsible >= 0 && whole.length >= 4 && first[responsible].blank * MERGED_DOWN_SHARE <= whole.length;
  let above: string | null = null;
  for (const r of rows) {
    const at = grid.length;
    const rest = r.lines.slice(1);
    const head = cellText(r.lines[0].trim());
    if (!opensItem(r.lines[0]) || rest.length === 0) {
      // A title or a sum's label merged across, a sum beside it: cells left to right.
      grid.push({ cells: [head, ...rest.map((l) => cellText(l.trim()))], row: r.start + 1 });
      continue;
    }
    if (rest.length === 1) {
      // A section's number and its title merged across the rest of the table.
      grid.push({ cells: [head, cellText(rest[0].trim()), ...Array.from({ length: header.width - 2 }, () => "")], row: r.start + 1 });
      if (header.width > 2) merges.push({ top: at, left: 1, bottom: at, right: header.width - 1 });
      continue;
    }
    const own = r === rows[rows.length - 1] ? withEmptyLastCells(rest.map((l) => l.trim()), lines.slice(end), cellColumns, kinds) : rest.map((l) => l.trim());
    const shared = cellsAndTitle(own, cellColumns, kinds);
    const title = shared.title;
    // A section's row (its number and title, the rest empty) is no item under a merged cell.
    const continued = mergedDown && above !== null && shared.cells[responsible] === "" && shared.cells.filter((c) => c !== "").length >= 2;
    if (continued) shared.cells[responsible] = above!;
    if (responsible >= 0) above = shared.cells[responsible];
    for (const [left, right] of shared.merged) merges.push({ top: at, left: left + 1, bottom: at, right: right + 1 });
    grid.push({
      cells: [head, ...shared.cells.map((c) => cellText(c))],
      row: r.start + 1,
      ...(shared.note || continued ? { notes: [...(shared.note ? [{ code: "column_uncertain" as const, text: shared.note }] : []), ...(continued ? [MERGED_DOWN_NOTE] : [])] } : {}),
    });
    if (title !== null) grid.push({ cells: [cellText(title.trim())], row: r.start + r.lines.length });
  }
  return { rows: grid, merges };
}
