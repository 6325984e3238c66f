import type { GridRow } from "../../core/grid";
import { matchHeader } from "../../core/plan/columns/matchHeader";
import { parseItemNumber, sectionMarker } from "../../core/plan/structure/numbering";
import { isNameAlone, isPositionAlone } from "../../core/plan/lines/signOffLine";
import { cellsToRows, cellsBeforeSum, type StreamCell } from "../../core/table/cellsToRows";
import { staffingHeaderKind } from "../../core/staffing/findStaffingTable";
import { matchStaffingHeader } from "../../core/staffing/staffingColumns";
import { vacancyHeader } from "../../core/vacancies/findVacancyTable";
import { matchVacancyHeader } from "../../core/vacancies/vacancyColumns";
import { COUNT_COLUMNS } from "../../core/staffing/staffingColumns";
import { type CellKind, cellStreamRows, readsCleanly, type StreamTable } from "../../core/table/cellStreamRows";
import { headingLine } from "../../core/table/continuedTables";
import { DATE } from "../../core/table/uncelledHeader";
import { cellText, joinWrapped } from "./cellText";

/**
 * One cell per line, as web pages and legal databases give a table copied as text: each cell ends with a
 * delimiter (" |") and may wrap over several lines, or cells are paragraphs separated by blank lines. The header
 * (cells naming plan columns, or a staff list's or a vacancy table's) gives the number of columns; the rows come from
 * the item numbers (core cellsToRows), or, in a table with no number column, every so many cells.
 */
type CellMode = "delimited" | "paragraphs";

const CELL_END = /\s\|\s*$|^\s*\|\s*$/;
/** The delimiters that end a line: more than one is a cell followed by empty ones («Итог | |»). */
const TRAILING_DELIMITERS = /(?:^|\s)\|(?:\s*\|)*\s*$/;
/** At least this many header cells in a row make a header (a plan has a name and a deadline or responsible). */
const MIN_HEADER = 3;
/** Cells read at most to find the header, and the longest text a header cell has. */
const HEADER_SCAN = 12;
const HEADER_CELL_LENGTH = 80;
/** A staff list names many more columns than a plan: the cells read at most for its header. */
const TABLE_HEADER_SCAN = 40;

interface ReadCell {
  readonly cells: StreamCell[];
  /** Index of the line after the cell. */
  readonly end: number;
}

/**
 * Cells of the text from `start`: lines up to a delimiter, or paragraphs up to a blank line. An empty cell is a
 * delimiter alone (or one more at the end of a line), or, between paragraphs, one more blank line: up to `maxEmpty`
 * of them in a row; a longer run of blank lines ends the cells.
 */
function cellsFrom(lines: readonly string[], start: number, mode: CellMode, limit = Infinity, maxEmpty = 0): ReadCell[] {
  const out: ReadCell[] = [];
  let i = start;
  while (i < lines.length && out.length < limit) {
    if (lines[i].trim() === "") {
      if (mode === "delimited") break;
      let blank = i;
      while (blank < lines.length && lines[blank].trim() === "") blank++;
      const empty = out.length > 0 ? blank - i - 1 : 0;
      if (empty > maxEmpty || blank >= lines.length) break;
      for (let k = 0; k < empty; k++) out.push({ cells: [{ text: "", line: i + 2 + k }], end: i + 1 + k });
      i = blank;
      continue;
    }
    const first = i;
    const parts: string[] = [];
    let empties = 0;
    if (mode === "delimited") {
      while (i < lines.length && lines[i].trim() !== "" && !CELL_END.test(lines[i]) && i - first < 20) parts.push(lines[i++]);
      if (i >= lines.length || !CELL_END.test(lines[i])) break;
      const last = lines[i++];
      const ending = TRAILING_DELIMITERS.exec(last)![0];
      empties = (ending.match(/\|/g) ?? []).length - 1;
      parts.push(last.slice(0, last.length - ending.length));
    } else {
      while (i < lines.length && lines[i].trim() !== "") parts.push(lines[i++]);
    }
    out.push({ cells: [{ text: cellText(joinWrapped(parts.map((p) => p.trim()).filter(Boolean))), line: first + 1 }], end: i });
    for (let k = 0; k < empties && out.length < limit; k++) out.push({ cells: [{ text: "", line: i }], end: i });
  }
  return out;
}

function modeAt(lines: readonly string[], start: number): CellMode | null {
  if (CELL_END.test(lines[start]) && !/\|.*\|/.test(lines[start].replace(/\|\s*$/, ""))) return "delimited";
  if (lines[start].trim() !== "" && (lines[start + 1] ?? "").trim() === "") return "paragraphs";
  return null;
}

/**
 * Header cells at `start`: the cells up to the first row (an item number or a section title), all short, the first
 * naming a plan column no other cell names, at least MIN_HEADER distinct ones naming plan columns, among them the
 * name or the responsible; a column the catalogue does not know («Примечание», «Источник финансирования») is still
 * a column. Where no row follows within HEADER_SCAN cells, the consecutive cells naming distinct plan columns. Null
 * when no header.
 */
interface CellHeader {
  readonly mode: CellMode;
  readonly width: number;
  /** A staff list's or a vacancy table's: its columns' kinds, its rows read by cellStreamRows. A plan's: null. */
  readonly table: StreamTable | null;
}

function headerAt(lines: readonly string[], start: number): CellHeader | null {
  const mode = modeAt(lines, start);
  if (!mode) return null;
  const texts = cellsFrom(lines, start, mode, TABLE_HEADER_SCAN + 1).map((r) => r.cells[0].text);
  return planHeader(texts.slice(0, 2 * HEADER_SCAN + 2), mode) ?? tableHeader(texts, mode);
}

function planHeader(texts: readonly string[], mode: CellMode): CellHeader | null {
  const upTo = texts.slice(0, HEADER_SCAN + 1).findIndex((t) => startsRow(t) || isSectionTitle(t));
  const width = upTo > 1 && titleUnder(texts, upTo) ? upTo - 1 : upTo;
  // A header opens with a column it names, and names it once: a title's last line above it («План мероприятий…»)
  // names the column «Мероприятие» names again.
  const first = matchHeader(texts[0]);
  const whole =
    width > 0 && first !== null && texts.slice(0, width).every((t, k) => t !== "" && t.length <= HEADER_CELL_LENGTH && (k === 0 || matchHeader(t) !== first));
  const header = whole ? texts.slice(0, width) : namedPrefix(texts);
  const keys = new Set(header.map(matchHeader).filter((k) => k !== null));
  return keys.size >= MIN_HEADER && (keys.has("name") || keys.has("responsible")) ? { mode, width: header.length, table: null } : null;
}

/**
 * A staff list's or a vacancy table's header: the leading cells naming distinct columns of the vacancy catalogue, or
 * else of the staffing one, which that catalogue reads as a header. A cell naming a column named already ends it: a
 * title over the header or a group's title under it («Городские общеобразовательные организации» names the
 * organisation's column again). A date makes a cell a title's line («по состоянию на 01.12.2026» names a period column
 * by its words). Rows open with their numbers where the first column is the number's.
 */
function tableHeader(texts: readonly string[], mode: CellMode): CellHeader | null {
  for (const key of TABLE_CATALOGUES) {
    const header = distinctlyNamed(texts, key);
    if (header.length < MIN_HEADER || !readsAsHeader(header)) continue;
    // A count or an hour is a number alone in its cell too: rows are read by the kinds of their columns' cells.
    const table = { kinds: header.map((t) => cellKind(key(t))), numbered: matchHeader(header[0]) === "number" };
    // The first rows must read as rows of it. A header of two rows (captions merged over their sub-columns), which a
    // stream of cells cannot place, or one found a cell late does not: no table is better than columns misread.
    const sample = texts.slice(header.length, texts.length - 1).map((text, k) => ({ text, line: k }));
    return readsCleanly(sample, table) ? { mode, width: header.length, table } : null;
  }
  return null;
}

type ColumnKey = (caption: string) => string | null;
const vacancyKey: ColumnKey = (t) => matchVacancyHeader(t) ?? (matchHeader(t) === "number" ? "number" : null);
const staffingKey: ColumnKey = (t) => matchStaffingHeader(t)?.key ?? null;
/** The vacancy catalogue first: «Дата открытия вакансии» is its date, where the staffing one hears «вакансии», a count. */
const TABLE_CATALOGUES: readonly ColumnKey[] = [vacancyKey, staffingKey];
const readsAsHeader = (header: readonly string[]): boolean => vacancyHeader(header) !== null || staffingHeaderKind(header) !== null;

/** The leading cells each naming a column `key` knows and no cell before named. */
function distinctlyNamed(texts: readonly string[], key: ColumnKey): string[] {
  const named = new Set<string>();
  const out: string[] = [];
  for (const t of texts.slice(0, TABLE_HEADER_SCAN)) {
    const k = t.length <= HEADER_CELL_LENGTH && !DATE.test(t) && !startsRow(t) ? key(t) : null;
    if (k === null || named.has(k)) break;
    named.add(k);
    out.push(t);
  }
  return out;
}

const NUMBER_KEYS: ReadonlySet<string> = new Set([...COUNT_COLUMNS, "rate", "experience", "rates", "hours", "hoursPerRate", "vacancies"]);
const DATE_KEYS: ReadonlySet<string> = new Set(["birthDate", "hireDate", "dismissalDate", "opened", "closed"]);

/** The kind of a column's cells, as the catalogue's key for its caption says. */
function cellKind(key: string | null): CellKind {
  return key && NUMBER_KEYS.has(key) ? "number" : key && DATE_KEYS.has(key) ? "date" : "any";
}

/**
 * The last cell before the first row is a section title with no number («Кадровое планирование и мониторинг»), not
 * a column: it names none, and the first row, up to the next number, is one cell narrower than the header with it.
 */
function titleUnder(texts: readonly string[], first: number): boolean {
  const next = texts.findIndex((t, k) => k > first && startsRow(t));
  return next - first === first - 1 && matchHeader(texts[first - 1]) === null && opensLikeTitle(texts[first - 1]);
}

/** A title opens with a capital letter (or a quote before it), never with a number. */
const opensLikeTitle = (text: string): boolean => /^[«"„]?\p{Lu}/u.test(text) && parseItemNumber(text) === null;

/** The leading cells that name distinct plan columns. */
function namedPrefix(texts: readonly string[]): string[] {
  const keys = new Set<string>();
  const out: string[] = [];
  for (const t of texts) {
    const key = matchHeader(t);
    if (!key || keys.has(key) || t.length > HEADER_CELL_LENGTH) break;
    keys.add(key);
    out.push(t);
  }
  return out;
}

/**
 * A number alone in a cell opens an item row; a year alone («2025») is a deadline, and an amount («350,0», «1 648,2»:
 * a decimal comma or digits grouped by a space, which a web page's item numbers never have) a sum.
 */
export function startsRow(text: string): boolean {
  return parseItemNumber(text) !== null && !/^(19|20)\d\d$/.test(text.trim()) && !/\d[,\s\u00a0]\d/.test(text.trim());
}

/**
 * A section title between rows: a marker the plan reader knows («2. …», «Раздел 2», «Цель 1.», «Задача 1.1.»). It
 * continues the table where the next item's number follows within two cells («Цель 1.», «Задача 1.1.», 1.1.1).
 */
function isSectionTitle(text: string): boolean {
  return sectionMarker(text) !== null;
}

/**
 * The cells of the table at `start` are paragraphs of lines parted by blank lines: the text may as well be a table
 * that lost its cells (a PDF's text without layout parts its columns' flows so), whose lines are worth reading again.
 */
export function joinsParagraphs(lines: readonly string[], start: number): boolean {
  return headerAt(lines, start)?.mode === "paragraphs";
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
  if (header.table) {
    const read = tableCells(lines, start, header);
    return read[tableCellsEnd(read, header.width) - 1]?.end ?? start;
  }
  const read = cellsFrom(lines, start, header.mode, Infinity, header.width - 1);
  // The table ends at the last cell of a row that opened with a number, or a titled section between such rows.
  let end = read[Math.min(header.width, read.length) - 1]?.end ?? start;
  let inRow = 0;
  for (let k = header.width; k < read.length; k++) {
    const text = read[k].cells[0].text;
    // The head's sign-off typed under the table, its position and then the name alone, each a paragraph of its own
    // («Начальник управления образования» / «И.С. Воронина»): the table ends before it, though the last row lacks a
    // cell (a PDF's text without layout gives a cell the page's flows moved after it), which the position would fill.
    if (signsOffAt(read, k)) break;
    if (startsRow(text) || ((inRow === 0 || inRow === header.width) && cellsBeforeSum((j) => read[j]?.cells[0].text, k, header.width) >= 0)) inRow = 1;
    else if (inRow > 0 && inRow < header.width) inRow++;
    else if (isSectionTitle(text) && read.slice(k + 1, k + 3).some((r) => startsRow(r.cells[0].text))) inRow = 0;
    // A title with no number between two rows (or under the header) keeps the table going where a row follows it.
    else if ((inRow === 0 || inRow === header.width) && opensLikeTitle(text) && read[k + 1] !== undefined && startsRow(read[k + 1].cells[0].text)) inRow = 0;
    else break;
    end = read[k].end;
  }
  return end;
}

/**
 * Where the cells of a staff list or a vacancy table end: before the signature under it (a position and a name, a
 * blank to sign on, the executor's line), which is no row of it; else where the cells stop.
 */
function tableCellsEnd(read: readonly ReadCell[], width: number): number {
  let end = width;
  while (end < read.length && !signsOffAt(read, end) && !SIGNATURE.test(read[end].cells[0].text)) end++;
  return end;
}

const SIGNATURE = /_{3}|^исполнител[ьи]\b/iu;

/**
 * The cells of a staff list or a vacancy table from its header on. Cells ended by « |» stop at a blank line; a table
 * typed as several under their groups' titles («Сельские школы»), the header over the first only, goes on after a
 * title or two (each a cell of its own: a row across the table) where cells of no header of their own follow.
 */
function tableCells(lines: readonly string[], start: number, header: CellHeader): ReadCell[] {
  const read = cellsFrom(lines, start, header.mode, Infinity, header.width - 1);
  if (header.mode !== "delimited") return read;
  for (;;) {
    let i = read[read.length - 1]?.end ?? start;
    const titles: StreamCell[] = [];
    for (; i < lines.length && (lines[i].trim() === "" || (!CELL_END.test(lines[i]) && titles.length < MAX_TITLES && isTitle(lines[i]))); i++) {
      if (lines[i].trim() !== "") titles.push({ text: lines[i].trim(), line: i + 1 });
    }
    if (titles.length === 0 || modeAt(lines, i) !== "delimited" || headerAt(lines, i) !== null) return read;
    const part = cellsFrom(lines, i, "delimited", Infinity, header.width - 1);
    if (part.length === 0) return read;
    read.push(...titles.map((t) => ({ cells: [t], end: t.line })), ...part);
  }
}

const MAX_TITLES = 2;
/** A group's title between parts: a short line, no sentence, no signature, no other table's caption. */
const isTitle = headingLine;

/** The cells at `k` are the head's position alone and the name alone after it: the sign-off, no row's cells. */
function signsOffAt(read: readonly ReadCell[], k: number): boolean {
  const next = read[k + 1]?.cells[0].text;
  return isPositionAlone(read[k].cells[0].text) && next !== undefined && isNameAlone(next);
}

export function readCellLines(lines: readonly string[], firstLine: number): GridRow[] {
  const header = headerAt(lines, 0);
  if (!header) return [];
  const read = header.table ? tableCells(lines, 0, header) : cellsFrom(lines, 0, header.mode, Infinity, header.width - 1);
  const cells = read.flatMap((r) => r.cells.map((c) => ({ ...c, line: c.line + firstLine - 1 })));
  const head: GridRow = { cells: cells.slice(0, header.width).map((c) => c.text), row: cells[0].line };
  if (header.table) return [head, ...cellStreamRows(cells.slice(header.width), header.table)];
  return [head, ...cellsToRows(cells.slice(header.width), { width: header.width, startsRow })];
}

