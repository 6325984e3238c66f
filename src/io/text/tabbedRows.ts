import { parseItemNumber, sectionMarker } from "../../core/plan/structure/numbering";
import type { GridRow, Merge } from "../../core/grid";
import { matchHeader } from "../../core/plan/columns/matchHeader";
import { isSumLabel } from "../../core/table/sumRows";
import { type ColumnKinds, type Kind, KINDS, kindOf, learnColumnKinds } from "./rowParagraphs";
import { spansOver } from "./readParagraphLines";
import { isSignOff, isWrappedSignOff, signsTable } from "../../core/plan/lines/signOffLine";
import type { DelimitedRecord } from "./splitDelimited";

/**
 * Tab-separated rows as Word gives a table in plain text (copied into Notepad or an e-mail, saved as «Обычный
 * текст»): a row a line, its cells parted by tabs, but a cell's second paragraph starts a new line — the row's line
 * breaks there and goes on with the cell's next paragraph, then the remaining cells («…\tУО» / «Совет молодых
 * педагогов\tИнформация на сайте»). Unlike Excel's copy, nothing quotes such a cell. The pieces of a broken row
 * together hold the table's cells exactly, one cell shared at each break; that is how they are found again.
 */

/** One-cell lines (a section's title, its paragraphs) that may stand between two tabbed rows of one table, at most. */
const LINES_BETWEEN_ROWS = 3;

export interface TabbedRow {
  readonly cells: string[];
  /** What the reader was unsure of (GridRow's notes). */
  readonly notes?: GridRow["notes"];
  /** Index of the line where the row starts. */
  readonly line: number;
  /** Number of lines the row spans. */
  readonly lines: number;
}

/**
 * The table's rows: each record that continues a broken row is joined to it (its first cell goes on the row's last
 * cell as another paragraph). A record continues the row above when the row is short of the table's width, the
 * two together are not wider, and the record opens no row of its own (an item's number before a tab, a section's
 * heading). A one-cell record under a whole row is its last cell's next paragraph where it is in lower case (a
 * section's title starts with a capital), or where the table's sections are marked («2. …», «Раздел 2») and it is
 * not, or where it names a party under a last cell that does (namesAnotherParty), with more rows after it or,
 * under the last row, before the table's sign-off (lastCellGoesOn: a signature under the table is no cell's).
 */
export function joinBrokenRows(records: readonly DelimitedRecord[]): TabbedRow[] {
  const shape = tableShape(records);
  const rows: { cells: string[]; line: number; lines: number }[] = [];
  records.forEach((record, k) => {
    const row = rows[rows.length - 1];
    if (row && continuesRow(row.cells, records, k, shape)) {
      row.cells[row.cells.length - 1] += `\n${record.cells[0]}`;
      row.cells.push(...record.cells.slice(1));
      row.lines = record.line + record.lines - row.line;
    } else rows.push({ cells: [...record.cells], line: record.line, lines: record.lines });
  });
  return rows;
}

interface TableShape {
  /** The most cells a row has: the table's columns. */
  readonly width: number;
  /** Some one-cell row has a section's mark. */
  readonly marked: boolean;
}

function tableShape(records: readonly DelimitedRecord[]): TableShape {
  return { width: widthOf(records), marked: records.some((r) => r.cells.length === 1 && sectionMarker(r.cells[0]) !== null) };
}

/** The most cells a row has (a reduce: a large file has too many rows to spread into Math.max). */
function widthOf(rows: readonly { readonly cells: readonly string[] }[]): number {
  return rows.reduce((most, r) => Math.max(most, r.cells.length), 0);
}

function continuesRow(row: readonly string[], records: readonly DelimitedRecord[], k: number, shape: TableShape): boolean {
  const record = records[k].cells;
  if (isBlank(records[k]) || opensRow(record) || signsAtEnd(records, k)) return false;
  if (row.length < shape.width) return row.length + record.length - 1 <= shape.width;
  if (record.length > 1) return false;
  if (/^\p{Ll}/u.test(record[0].trim())) return true;
  if (!shape.marked && !namesAnotherParty(row, record[0])) return false;
  return tabbedSoon(records, k) || (namesAnotherParty(row, record[0]) && lastCellGoesOn(records, k));
}

/**
 * Under the table's last row, the one-cell lines down to a blank line or the end are its last cell's next paragraphs
 * (another party of the executors), unless one signs the table: the head's sign-off, «Исполнитель: …» typed right
 * under it with no blank line between (signsTable) ends the cell before it. A line that is itself one is no cell's.
 */
function lastCellGoesOn(records: readonly DelimitedRecord[], k: number): boolean {
  for (let j = k; j < records.length; j++) {
    if (isBlankLine(records[j])) return true;
    if (records[j].cells.length > 1) return false;
    const [line, next] = [records[j].cells[0], records[j + 1]?.cells.length === 1 ? records[j + 1].cells[0] : ""];
    if (signsTable(line) || isWrappedSignOff(line, next)) return j > k;
  }
  return true;
}

/**
 * The record signs the table under its last row, no tabbed row after it: the head's sign-off or «Исполнитель: …»
 * typed right under the table (signsTable, or the sign-off wrapped over two lines), or the position and the name
 * pushed right by tabs («Начальник управления\t\t\tН.Г. Сорокина»: two cells, one sign-off). A row that is short
 * of the table's cells (a total's label merged across columns, a deadline over its start and end) would otherwise
 * take it as the rest of its cells.
 */
function signsAtEnd(records: readonly DelimitedRecord[], k: number): boolean {
  if (tabbedSoon(records, k)) return false;
  const cells = records[k].cells.map((c) => c.trim()).filter((c) => c !== "");
  const next = records[k + 1]?.cells.length === 1 ? records[k + 1].cells[0] : "";
  if (cells.length === 1) return signsTable(cells[0]) || isWrappedSignOff(cells[0], next);
  return cells.length === 2 && /^\p{Lu}/u.test(cells[0]) && isSignOff(cells.join(" "));
}

/**
 * The one-cell line names a party as the row's last cell does (a person with initials, a body, a position,
 * an abbreviation: «Гусева Е.Н., начальник отдела кадров», «Территориальная аттестационная комиссия», «ИРО» under
 * «…\tРМО»): the executors' next paragraph. A section's title names a field of work («Развитие системы
 * наставничества»), never a party, so it tells them apart where the sections carry no mark.
 */
function namesAnotherParty(row: readonly string[], line: string): boolean {
  const last = row[row.length - 1].split("\n").pop() ?? "";
  return kindOf(line) === "executor" && kindOf(last) === "executor";
}

/** An item's number before a tab, a section's heading alone, a total's label («Итого по разделу 2:», «ВСЕГО:»). */
function opensRow(record: readonly string[]): boolean {
  const first = record[0].trim();
  return (record.length > 1 && parseItemNumber(first) !== null) || (record.length === 1 && sectionMarker(first) !== null) || isSumLabel(first);
}

/**
 * Index after the table's last record: tabbed records, the one-cell records that continue a broken row, and the
 * one-cell records (a section's title) with a tabbed record right after them. A blank line ends it, unless the table
 * goes on after it (goesOnAfter). A row of empty cells (Excel's copy of an empty row: tabs only) is no blank line.
 */
export function tabbedTableEnd(records: readonly DelimitedRecord[]): number {
  const blank = blankLineEnd(records);
  const table = blank < 0 ? records : records.slice(0, blank);
  const shape = tableShape(table);
  let row: string[] | null = null;
  for (let k = 0; k < table.length; k++) {
    const cells = table[k].cells;
    if (isBlankLine(table[k])) {
      row = null;
      continue;
    }
    const joins: boolean = row !== null && continuesRow(row, table, k, shape);
    if (cells.length === 1 && !joins && !tabbedSoon(table, k)) return k;
    row = joins && row ? [...row.slice(0, -1), ...cells] : cells;
  }
  return table.length;
}

/** The first blank line after which the table does not go on, or -1. */
function blankLineEnd(records: readonly DelimitedRecord[]): number {
  for (let k = 0; k < records.length; k++) {
    if (!isBlankLine(records[k])) continue;
    let next = k + 1;
    while (next < records.length && isBlankLine(records[next])) next++;
    if (next >= records.length || !goesOnAfter(records, next)) return k;
    k = next - 1;
  }
  return -1;
}

/**
 * Whether the record after blank lines goes on with the table: its header again (a Word table broken at a page, its
 * header row repeated, a blank paragraph between the two tables) or a row opening with an item's number. A
 * signature parted by a tab («Начальник управления\tИ.И. Мальцева») does neither.
 */
function goesOnAfter(records: readonly DelimitedRecord[], k: number): boolean {
  const cells = records[k].cells;
  const header = records.find((r) => !isBlankLine(r))?.cells ?? [];
  const same = cells.length === header.length && cells.every((c, i) => c.trim() === header[i].trim());
  return cells.length > 1 && (same || opensRow(cells));
}

function tabbedSoon(records: readonly DelimitedRecord[], k: number): boolean {
  for (let j = k + 1; j < records.length && j <= k + LINES_BETWEEN_ROWS; j++) {
    if (isBlankLine(records[j])) return false;
    if (records[j].cells.length > 1) return true;
  }
  return false;
}

function isBlank(record: DelimitedRecord): boolean {
  return record.cells.every((c) => c.trim() === "");
}

/** A line with nothing on it: no cell, not a row of empty cells. */
function isBlankLine(record: DelimitedRecord): boolean {
  return record.cells.length === 1 && record.cells[0].trim() === "";
}


/** Rows at the table's top where a header row may stand over a row of sub-captions. */
const HEADER_ROWS = 3;

/**
 * Where a caption is merged across columns («Объём финансирования» over «2026 год» | «2027 год»), Word writes it as
 * one cell: its header row has fewer cells than the table, and the later captions stand a column or more to the
 * left of their columns. The row under it says where it belongs, as in a Word table saved by Writer
 * (readParagraphLines' spansOver): an empty cell under a caption merged down, a run of sub-captions under one merged
 * across them. Such a row is spread over the table's columns, its merged captions given their merges.
 */
export function spreadMergedCaptions(rows: readonly TabbedRow[]): { rows: TabbedRow[]; merges: Merge[] } {
  const width = widthOf(rows);
  const out = rows.map((r) => ({ ...r, cells: [...r.cells] }));
  const merges: Merge[] = [];
  for (let k = 0; k + 1 < Math.min(out.length, HEADER_ROWS + 1); k++) {
    const [row, under] = [out[k], out[k + 1]];
    // Header rows only: the rows above the first that opens with a number (an item, a section, the column numbers).
    if ([row, under].some((r) => parseItemNumber(r.cells[0]) !== null)) break;
    if (row.cells.length >= width || under.cells.length !== width || row.cells.some((c) => c.trim() === "")) continue;
    if (!under.cells.some((c) => c.trim() === "")) continue;
    const spans = spansOver(under.cells.map((c) => c.trim()), row.cells.length);
    if (!spans || spans.reduce((a, b) => a + b, 0) !== width) continue;
    const spread: string[] = [];
    spans.forEach((span, c) => {
      if (span > 1) merges.push({ top: k, left: spread.length, bottom: k, right: spread.length + span - 1 });
      else merges.push({ top: k, left: spread.length, bottom: k + 1, right: spread.length });
      spread.push(row.cells[c], ...Array.from({ length: span - 1 }, () => ""));
    });
    out[k] = { ...row, cells: spread };
  }
  return { rows: out, merges };
}

/**
 * What a cell pays per column it covers beyond its first: little under one caption (a recurring deadline over the
 * deadline's start and end), more across captions (a total's label over the columns before its sum).
 */
const SPAN_UNDER_CAPTION = 0.5;
const SPAN_ACROSS = 3;
/** Added to each kind's count in a column, so that a kind the full rows never showed there is unlikely, not impossible. */
const SMOOTHING = 0.5;
/** A spreading that beats the next best by less than this is noted as uncertain. */
const DOUBT = 1;
const KIND_NAMES: readonly Kind[] = KINDS;
const SPREAD_NOTE = {
  code: "column_uncertain" as const,
  text: "в строке меньше ячеек, чем столбцов (объединённая ячейка): ячейки разнесены по столбцам по их содержанию",
};

/**
 * A body row with fewer cells than the table has a cell merged across columns, and Word wrote it once: a recurring
 * deadline over start | end, a total's label over the columns before its sum. Which cell it was, the cells' kinds
 * say: each cell stands where the table's whole rows show its kind of text (amounts under the sums, a deadline under
 * the deadline), the cell covering the columns up to the next. A section's row (a number and a title, or a title
 * alone) stays as it is: its title is merged across the rest.
 */
export function spreadShortRows(rows: readonly TabbedRow[], merges: readonly Merge[]): { rows: TabbedRow[]; merges: Merge[] } {
  const width = widthOf(rows);
  const body = rows.findIndex((r) => parseItemNumber(r.cells[0]) !== null);
  if (body < 0) return { rows: [...rows], merges: [...merges] };
  const captions = Array.from({ length: width }, (_, c) => {
    const words = rows.slice(0, body).map((r) => r.cells[c] ?? "");
    return [...words, ...words.map((_, k) => headerCaptionAbove(merges, k, c, rows))].join(" ").trim();
  });
  const keys = captions.map(matchHeader);
  const group = captionGroups(width, merges.filter((m) => m.top < body && m.top === m.bottom), keys);
  const whole = rows.slice(body).filter((r) => r.cells.length === width);
  const learned = learnColumnKinds(whole.map((r) => r.cells), Array.from({ length: width }, (_, c) => ({ key: null, caption: "", group: group[c] })));
  const kinds = learned.map((counts, c) => withCaptionPrior(counts, keys[c]));
  const out: TabbedRow[] = [...rows];
  const spread: Merge[] = [...merges];
  rows.forEach((row, at) => {
    if (at < body || row.cells.length >= width || row.cells.length < 2) return;
    if (row.cells.length === 2 && parseItemNumber(row.cells[0]) !== null) return;
    const placed = placeCells(row.cells, width, kinds, group);
    if (!placed) return;
    const cells = Array.from({ length: width }, () => "");
    placed.starts.forEach((s, k) => {
      cells[s] = row.cells[k];
      const end = k + 1 < placed.starts.length ? placed.starts[k + 1] - 1 : width - 1;
      if (end > s) spread.push({ top: at, left: s, bottom: at, right: end });
    });
    out[at] = { ...row, cells, ...(placed.doubt ? { notes: [SPREAD_NOTE] } : {}) };
  });
  return { rows: out, merges: spread };
}

/**
 * What the header says a column holds, as a few cells' worth of evidence: with few whole rows to learn from, a
 * deadline merged over «Дата начала» | «Дата окончания» would otherwise tie with a name merged into the start.
 */
const CAPTION_PRIOR = 2;
const CAPTION_KINDS: Partial<Record<string, Kind>> = { deadline: "deadline", responsible: "executor" };

function withCaptionPrior(counts: ColumnKinds[number], key: string | null): ColumnKinds[number] {
  const kind = key === null ? undefined : CAPTION_KINDS[key];
  return kind ? { ...counts, [kind]: counts[kind] + CAPTION_PRIOR } : counts;
}

/** The caption of a header cell merged across from the left over column c of header row k («Срок» over its start and end), if any. */
function headerCaptionAbove(merges: readonly Merge[], k: number, c: number, rows: readonly TabbedRow[]): string {
  const m = merges.find((g) => g.top === k && g.bottom === k && g.left < c && c <= g.right);
  return m ? rows[k].cells[m.left] ?? "" : "";
}

/**
 * Each column's caption group: columns under one caption merged across them share one, and so do neighbours whose
 * captions name one plan column («Срок начала» | «Срок окончания»: a recurring deadline is merged over both).
 */
function captionGroups(width: number, merges: readonly Merge[], keys: readonly (string | null)[]): number[] {
  const group = Array.from({ length: width }, (_, c) => c);
  for (const m of merges) for (let c = m.left; c <= m.right && c < width; c++) group[c] = m.left;
  for (let c = 1; c < width; c++) if (keys[c] !== null && keys[c] === keys[c - 1]) group[c] = group[c - 1];
  return group;
}

/**
 * The first column of each cell (dynamic programming over where each starts): the first at column 0, each covering
 * the columns up to the next one's, and fitting as the columns it covers do on the whole (a deadline merged over the
 * deadline's start and end reads as both; executors merged over a deadline's column do not).
 * `doubt` where moving one start by a column scores within DOUBT.
 */
function placeCells(cells: readonly string[], width: number, kinds: ColumnKinds, group: readonly number[]): { starts: number[]; doubt: boolean } | null {
  const n = cells.length;
  const cellKinds = cells.map(kindOf);
  const totals = kinds.map((counts) => KIND_NAMES.reduce((sum, k) => sum + counts[k], 0));
  const fit = (k: number, c: number) => Math.log((kinds[c][cellKinds[k]] + SMOOTHING) / (totals[c] + SMOOTHING * KIND_NAMES.length));
  const cover = (k: number, from: number, to: number) => {
    let sum = 0;
    let cost = 0;
    for (let c = from; c <= to; c++) {
      sum += fit(k, c);
      if (c > from) cost += group[c] === group[from] ? SPAN_UNDER_CAPTION : SPAN_ACROSS;
    }
    return sum / (to - from + 1) - cost;
  };
  const score = (starts: readonly number[]) => starts.reduce((sum, c, k) => sum + cover(k, c, k + 1 < n ? starts[k + 1] - 1 : width - 1), 0);
  // best[k][c]: the best score of cells 0..k−1 with cell k starting at column c.
  const best = Array.from({ length: n }, () => new Array<number>(width).fill(-Infinity));
  const back = Array.from({ length: n }, () => new Array<number>(width).fill(-1));
  best[0][0] = 0;
  for (let k = 1; k < n; k++) {
    for (let c = k; c <= width - (n - k); c++) {
      for (let p = k - 1; p < c; p++) {
        if (best[k - 1][p] === -Infinity) continue;
        const v = best[k - 1][p] + cover(k - 1, p, c - 1);
        if (v > best[k][c]) [best[k][c], back[k][c]] = [v, p];
      }
    }
  }
  let last = -1;
  let top = -Infinity;
  for (let c = n - 1; c < width; c++) {
    const v = best[n - 1][c] + cover(n - 1, c, width - 1);
    if (v > top) [top, last] = [v, c];
  }
  if (last < 0) return null;
  const starts = [last];
  for (let k = n - 1; k > 0; k--) starts.unshift(back[k][starts[0]]);
  const doubt = starts.some((c, k) =>
    [-1, 1].some((d) => {
      const moved = [...starts];
      moved[k] = c + d;
      const ordered = moved.every((m, j) => j === 0 || m > moved[j - 1]) && moved[n - 1] < width;
      return k > 0 && ordered && top - score(moved) < DOUBT;
    }),
  );
  return { starts, doubt };
}
