import type { Block, Grid, GridRow, Merge, TextBlock } from "../grid";
import { joinParts } from "../text/joinParts";
import { isPageFurniture } from "./pageFurniture";
import { opensSumRow } from "./sumRows";

/** A line of page furniture: by its words, or as the reader that placed it saw it. */
export const furnitureBlock = (block: TextBlock): boolean => block.furniture === true || isPageFurniture(block.text);

/** The number of columns of a grid: its widest row. */
export function gridWidth(grid: Grid): number {
  return grid.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
}

/** The parts' rows one after another, each part's merges moved down with its rows. */
export function concatGrids(parts: readonly Grid[]): Grid {
  if (parts.length === 1) return parts[0];
  const rows: GridRow[] = [];
  const merges: Merge[] = [];
  for (const part of parts) {
    const offset = rows.length;
    for (const row of part.rows) rows.push(row); // not push(...rows): a long part overflows the stack
    for (const m of part.merges) merges.push({ top: m.top + offset, bottom: m.bottom + offset, left: m.left, right: m.right });
  }
  return { rows, merges };
}

type TableBlock = Extract<Block, { kind: "table" }>;

/** The table's next part: its grid, the furniture passed, the headings passed (when asked), where the blocks after it start. */
export interface NextPart {
  readonly part: Grid;
  readonly between: readonly TextBlock[];
  readonly headings: readonly TextBlock[];
  readonly end: number;
}

/** Headings a part may follow: a group's title or two («Сельские школы», «II. Дошкольные организации»). */
const MAX_HEADINGS = 2;
const HEADING_LENGTH = 100;
/** A sentence, a signature's blank, or the caption of another table («Таблица 2. Закрытые вакансии»): no group's title. */
const NO_HEADING = /[.;]$|_{3}|^(таблица|приложение|примечани[ея])(?!\p{L})/iu;

/** A line that may title a group of the table's rows between two parts of it. */
export function headingLine(line: string): boolean {
  const text = line.trim();
  return text !== "" && text.length <= HEADING_LENGTH && !NO_HEADING.test(text);
}

/**
 * The table of the same columns that goes on after `from` past nothing but page furniture (page numbers, «Продолжение
 * таблицы», a running head) — and, with `headings`, a group's title or two — with what it passed and where the blocks
 * after it start; null where none does.
 */
export function nextPart(blocks: readonly Block[], from: number, table: TableBlock, headings = false): NextPart | null {
  let k = from;
  const between: TextBlock[] = [];
  const titles: TextBlock[] = [];
  for (; k < blocks.length && blocks[k].kind === "text"; k++) {
    const text = blocks[k] as TextBlock;
    if (furnitureBlock(text)) between.push(text);
    else if (headings && titles.length < MAX_HEADINGS && headingLine(text.text)) titles.push(text);
    else return null;
  }
  const next: Block | undefined = blocks[k];
  return next?.kind === "table" && next.format === table.format && gridWidth(next.grid) === gridWidth(table.grid) ? { part: next.grid, between, headings: titles, end: k + 1 } : null;
}

/** Where a table's header is in a grid, as one reader finds it (findHeader): null where the grid has none. */
export type HeaderOf = (grid: Grid) => { readonly row: number; readonly firstDataRow: number; readonly labels: readonly string[] } | null;

/**
 * The document's blocks with each headed table's later parts joined back to it. A PDF whose header is not printed
 * again on every page (Word repeats it only when asked), or a Word table a page break or a stray paragraph mark cut,
 * reads as a table and then parts with the same columns and no header: their rows are the table's, and a reader that
 * looks for its header in each table alone would drop them unread. A part that opens with the table's own header
 * again (repeated on every page) goes on with it too, its repeat left out: a staff list's empty organisation cells
 * say «the one above» across the page. A part with a header of its own is a table of its own (ownHeader). The
 * furniture between the parts stays, after the joined table; a row the page break cut in two is one again
 * (withBrokenRowsJoined).
 */
export function withContinuations(blocks: readonly Block[], headerOf: HeaderOf, opts: { readonly headings?: boolean } = {}): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    const header = block.kind === "table" ? headerOf(block.grid) : null;
    if (block.kind !== "table" || header === null) {
      out.push(block);
      i++;
      continue;
    }
    const parts = [block.grid];
    // Parts that go on straight from the one before (no title between): only their first rows may be a row's rest.
    const straight = new Set<Grid>();
    const between: TextBlock[] = [];
    // The values of the rows joined so far, gathered the first time a part asks and kept up after: most tables have no
    // part after them, and a sheet's may hold a million rows.
    const memo: { values?: ColumnValues } = {};
    const known = (): ColumnValues => (memo.values ??= columnValues([block.grid.rows.slice(header.firstDataRow), ...parts.slice(1).map((p) => p.rows)]));
    let end = i + 1;
    for (let next = nextPart(blocks, end, block, opts.headings); next; next = nextPart(blocks, end, block, opts.headings)) {
      const found = headerOf(next.part);
      const repeated = found !== null && sameLabels(found.labels, header.labels);
      if (found && !repeated && ownHeader(next.part.rows[found.row], known)) break;
      const part = repeated ? rowsFrom(next.part, found.firstDataRow) : next.part;
      if (next.headings.length > 0) parts.push(titleRows(next.headings, gridWidth(block.grid)));
      else straight.add(part);
      parts.push(part);
      memo.values?.add(part.rows);
      between.push(...next.between);
      end = next.end;
    }
    out.push(parts.length > 1 ? { ...block, grid: withBrokenRowsJoined(concatGrids(parts), header.firstDataRow, partStarts(parts, straight)) } : block, ...between);
    i = end;
  }
  return out;
}

/** Rows of a table's part no reader reads: their first and last source rows, and the line of text just above them. */
export interface UnreadPart {
  readonly first: number;
  readonly last: number;
  readonly after: string | null;
}

/**
 * The parts left unread once the parts that go on are joined (withContinuations): a table with no header of its own
 * and the columns of a headed table above it (the same format and width), kept apart from it by more than page
 * furniture or a title — a note, another table's caption. They are named to the user, not joined: what stands
 * between may say the rows are other ones (closed vacancies, another school's).
 */
export function unreadParts(joined: readonly Block[], headerOf: HeaderOf): UnreadPart[] {
  const headed = new Set<string>();
  const out: UnreadPart[] = [];
  let above: string | null = null;
  for (const block of joined) {
    if (block.kind === "text") {
      if (!furnitureBlock(block)) above = block.text.trim();
      continue;
    }
    const shape = `${block.format}|${gridWidth(block.grid)}`;
    const filled = block.grid.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
    if (headerOf(block.grid)) headed.add(shape);
    else if (headed.has(shape) && filled.length > 0) out.push({ first: filled[0].row, last: filled[filled.length - 1].row, after: above });
    above = null;
  }
  return out;
}

/** A cell's text as two printings of it compare: lower case, one space between words. */
export const printed = (text: string): string => text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");

/** The same captions, whatever the spacing and case (a header printed again on a later page). */
function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((label, k) => printed(label) === printed(b[k]));
}

/** A grid's rows from `from` on, its merges with them. */
function rowsFrom(grid: Grid, from: number): Grid {
  return { rows: grid.rows.slice(from), merges: grid.merges.filter((m) => m.top >= from).map((m) => ({ ...m, top: m.top - from, bottom: m.bottom - from })) };
}

/**
 * Whether a part's header row is a header of its own. A reader's header test, made for a table's first rows, may
 * take a row of data for captions (a staff list's «ОО», «высшее», «первая» name the columns of a table of counts): a
 * row whose cells are, most of them, values the table's rows hold in the same columns is the table's data, and so is
 * one with a date or a figure in a cell of its own.
 */
function ownHeader(row: GridRow, known: () => ColumnValues): boolean {
  if (row.cells.some((c) => DATA_CELL.test(c.trim()))) return false;
  const values = known();
  const filled = row.cells.flatMap((c, column) => (c.trim() === "" ? [] : [values.has(column, c)]));
  return filled.filter(Boolean).length * 2 < filled.length;
}

/** A date or a figure alone in a cell: a row's value, never a caption (a new organisation's row holds new names). */
const DATA_CELL = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|-?\d+(?:[.,]\d+)?)$/u;

interface ColumnValues {
  has(column: number, text: string): boolean;
  add(rows: readonly GridRow[]): void;
}

/** The texts each column holds in the runs of rows given, and in those added later, folded as spacing and case vary. */
function columnValues(runs: readonly (readonly GridRow[])[]): ColumnValues {
  const sets: Set<string>[] = [];
  const add = (rows: readonly GridRow[]) => {
    for (const r of rows) r.cells.forEach((c, column) => c.trim() !== "" && (sets[column] ??= new Set()).add(printed(c)));
  };
  runs.forEach(add);
  return { has: (column, text) => sets[column]?.has(printed(text)) === true, add };
}

/** Where each part in `straight` starts among the joined rows. */
function partStarts(parts: readonly Grid[], straight: ReadonlySet<Grid>): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    if (straight.has(part)) starts.push(at);
    at += part.rows.length;
  }
  return starts;
}

/**
 * Titles between two parts as rows of the table, each one text across its width: where a Word table is cut by a
 * group's title typed between its rows, the readers meet it as they meet such a row merged across one table.
 */
function titleRows(titles: readonly TextBlock[], width: number): Grid {
  return {
    rows: titles.map((t) => ({ cells: [t.text.trim(), ...Array<string>(width - 1).fill("")], row: t.row })),
    merges: width > 1 ? titles.map((_, k) => ({ top: k, bottom: k, left: 0, right: width - 1 })) : [],
  };
}

/**
 * The joined table with each row a page break cut in two whole again: Word lets a row break across pages, and the
 * next page opens with the rest of the row's wrapped cells («Б.З.» under «Сидорова», «педагогическое» under
 * «высшее»), the cells that ended above left empty. A part's first row that leaves empty half or more of the columns
 * every row of data fills is such a rest, and its texts go on the row above's; a row that misses one value is a
 * row (of two such columns, one filled is a row too), and so is a sum («Итого по …»), which fills few.
 */
function withBrokenRowsJoined(grid: Grid, firstDataRow: number, starts: readonly number[]): Grid {
  const width = gridWidth(grid);
  const filled = (r: GridRow) => r.cells.filter((c) => c.trim() !== "").length;
  // Rows of data fill half the columns at least; a subtotal («Итого по …» and its sum) or a section's title do not, and
  // say nothing of which columns every row fills.
  const partFirst = new Set(starts.map((at) => grid.rows[at]));
  const body = grid.rows.slice(firstDataRow).filter((r) => 2 * filled(r) >= width && !partFirst.has(r));
  const always = body.length < 2 ? [] : Array.from({ length: width }, (_, c) => c).filter((c) => body.every((r) => (r.cells[c] ?? "").trim() !== ""));
  const rest = (at: number) =>
    at > firstDataRow &&
    always.length > 0 &&
    grid.rows[at].cells.some((c) => c.trim() !== "") &&
    !grid.rows[at].cells.some(opensSumRow) &&
    restShare(always.filter((c) => (grid.rows[at].cells[c] ?? "").trim() !== "").length, always.length) &&
    !grid.merges.some((m) => m.top <= at && m.bottom >= at - 1);
  const cut = starts.filter(rest);
  if (cut.length === 0) return grid;
  const rows = [...grid.rows];
  for (const at of [...cut].reverse()) {
    const above = rows[at - 1];
    const cells = Math.max(above.cells.length, rows[at].cells.length);
    rows.splice(at - 1, 2, { ...above, cells: Array.from({ length: cells }, (_, c) => joinParts([above.cells[c] ?? "", rows[at].cells[c] ?? ""], { sentences: false })) });
  }
  const shift = (row: number) => row - cut.filter((at) => at <= row).length;
  return { rows, merges: grid.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })) };
}

/** Whether a row filling `filled` of the `always` columns every row fills is the rest of a row: half of them at most. */
function restShare(filled: number, always: number): boolean {
  return always >= 3 ? filled * 2 <= always : filled === 0;
}
