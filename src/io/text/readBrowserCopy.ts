import type { Block, GridRow } from "../../core/grid";
import { headerFold, matchHeader } from "../../core/plan/columns/matchHeader";
import { isAnnexHeading } from "../../core/plan/lines/annexHeading";
import { isCapitalTitle } from "../../core/plan/lines/capitalTitle";
import { fit } from "../../core/plan/lines/cutBlockCells";
import { TEXT_COLUMNS, type TextColumn } from "../../core/plan/lines/lineEvidence";
import { paragraphCells } from "../../core/plan/lines/paragraphCells";
import { isInside, numberWithRemark, parseItemNumber, sectionMarker } from "../../core/plan/structure/numbering";
import { isSignatureText } from "../../core/plan/structure/rowShapes";
import { countsFromOne } from "../../core/table/rowShapes";
import { joinParts } from "../../core/text/joinParts";
import { cleanText } from "../../core/text/normalize";
import { cellText } from "./cellText";
import { type Paragraph, paragraphsFrom, rowNumber, single } from "./copyParagraphs";
import { type NextTable, nextTables } from "./nextTables";

/**
 * A web page's table as a browser copies it (select all, copy: Chromium's innerText). A row of plain cells comes
 * as one line, its cells parted by tabs (the header of <td><strong>), a cell of one colspan as a line of its own (a
 * section), but a cell of <p> paragraphs gives each paragraph a line and a blank line after it, so an item's cells
 * come one under another, parted from each other exactly as a cell's own paragraphs are; a <br> is a line break
 * within a paragraph. A cell merged down over rows (rowspan) comes once, in its first row. The page's own text (menu,
 * files, footer) stands around the table.
 *
 * The header gives the columns; a bare number opens a row; a row's paragraphs are shared out among its columns by
 * what they say (paragraphCells). Where that leaves a cell empty that the row above has, the cell was merged down
 * and is the row above's: taken from there with a `column_uncertain` note (an empty cell copies the same).
 */
interface Header {
  readonly cells: readonly string[];
  readonly columns: readonly (TextColumn | null)[];
}

/** At least this many header cells naming distinct plan columns, the number first. */
const MIN_NAMED = 3;
/** Lines of the page's own blocks after the table with no blank line between them (a menu, a list of files). */
const PAGE_BLOCK_LINES = 3;

/** The header that starts at lines[start]: its cells, and the index of the first line after it. */
/** A header found: its cells, the index of the first line after it, and where its row of column numbers stands. */
type FoundHeader = Header & { readonly next: number; readonly numbersAt?: number; readonly numbers?: readonly string[] };

function headerAt(lines: readonly string[], start: number): FoundHeader | null {
  const line = lines[start];
  if (line === undefined) return null;
  if (line.includes("\t")) {
    if ((lines[start + 1] ?? "").includes("\t")) return null;
    const header = headerOf(line.split("\t").map((c) => c.trim()));
    return header && { ...header, next: start + 1 };
  }
  return paragraphHeader(lines, start);
}

/**
 * A header whose cells hold <p> paragraphs too comes as the rows do: a caption a paragraph. Where nothing says how
 * many captions there are, the row of column numbers under them does («1», «2» … one a paragraph, as many as the
 * captions): a caption naming no plan column («Отметка о выполнении») is a column all the same.
 */
function paragraphHeader(lines: readonly string[], start: number): FoundHeader | null {
  if (lines[start].trim() === "" || matchHeader(lines[start].trim()) !== "number" || (start > 0 && lines[start - 1].trim() !== "")) return null;
  const ps = paragraphsFrom(lines, start, 2 * MAX_COLUMNS);
  const count = ps.findIndex((_, k) => k >= MIN_NAMED && numbersUnder(ps, k));
  if (count < 0 || ps.slice(0, count).some((p) => p.lines.length !== 1)) return null;
  const header = headerOf(ps.slice(0, count).map((p) => p.lines[0]));
  const numbers = ps.slice(count, 2 * count);
  return header && { ...header, next: numbers[count - 1].end, numbersAt: numbers[0].at, numbers: numbers.map((p) => p.lines[0]) };
}

/** Whether the `count` paragraphs after the first `count` are «1», «2» … (or «1.», «2.» …), one a paragraph. */
function numbersUnder(ps: readonly Paragraph[], count: number): boolean {
  const texts = ps.slice(count, 2 * count).map(single);
  return texts.length === count && texts.every((t) => t !== null) && countsFromOne(texts as string[]);
}

/** Captions per line of the header are at most this many. */
const MAX_COLUMNS = 12;

function headerOf(cells: readonly string[]): Header | null {
  const keys = cells.map(matchHeader);
  const named = new Set(keys.filter((k) => k !== null));
  if (keys[0] !== "number" || named.size < MIN_NAMED || !named.has("name") || named.size !== keys.filter((k) => k !== null).length) return null;
  return { cells, columns: keys.slice(1).map((k) => (k !== null && (TEXT_COLUMNS as readonly string[]).includes(k) ? (k as TextColumn) : null)) };
}

/**
 * Section headings: a numbered one over the rows it numbers («2. Выявление …» over «2.1.»), or one named so
 * («Раздел 2», «II.», «Цель 1.») over a row or over another heading. Merged over the row and holding no <p>, headings
 * that follow each other come on lines of their own with no blank line between («Цель 1. …» / «Задача 1.1. …»).
 */
/**
 * A numbered row with a name and no other cell, over rows it numbers («3.» «Организация целевого обучения:» over
 * «3.1.»): a group heading, as the same row of the page's table reads (its other cells are empty, so the copy gives
 * nothing of them).
 */
function groupRowAt(ps: readonly Paragraph[], k: number): boolean {
  const number = rowNumber(ps[k]);
  const next = rowNumber(ps[k + 2]);
  return number !== null && ps[k + 1] !== undefined && rowNumber(ps[k + 1]) === null && !sectionAt(ps, k + 1) && next !== null && isInside(number, next);
}

function sectionAt(ps: readonly Paragraph[], k: number): boolean {
  const markers = ps[k] && rowNumber(ps[k]) === null ? ps[k].lines.map((l) => sectionMarker(l)) : [];
  if (markers.length === 0 || markers.some((m) => m === null || m.number === null)) return false;
  const last = markers[markers.length - 1]!;
  const next = rowNumber(ps[k + 1]);
  if (next !== null) return last.explicit || isInside(last.number!, next);
  return last.explicit && sectionAt(ps, k + 1);
}

/** A remark in brackets in the number cell, a paragraph under the number («(в ред. от 14.03.2033)»). */
function remarkOf(number: Paragraph, next: Paragraph | undefined): string | null {
  const text = single(next);
  return text !== null && /^\(.*\)$/.test(text) && numberWithRemark(`${single(number)} ${text}`) !== null ? text : null;
}

interface ParsedRow {
  readonly kind: "section" | "item";
  readonly at: number;
  readonly cells: readonly string[];
  readonly notes?: GridRow["notes"];
}

interface Parsed {
  readonly header: FoundHeader;
  readonly rows: readonly ParsedRow[];
  /** Index after the table's last line. */
  readonly end: number;
  /** The act's tables after it (nextTables.ts). */
  readonly next: readonly NextTable[];
}

/** The table whose header is lines[start], or null where none starts there. */
function parse(lines: readonly string[], start: number): Parsed | null {
  const header = headerAt(lines, start);
  if (!header) return null;
  const ps = paragraphsFrom(lines, header.next);
  if (!(rowNumber(ps[0]) !== null || sectionAt(ps, 0))) return null;
  const rows: ParsedRow[] = [];
  let empty: Set<number> | null = null;
  let above: string[] | null = null;
  let end = header.next;
  let k = 0;
  while (k < ps.length) {
    if (sectionAt(ps, k)) {
      ps[k].lines.forEach((l, j) => rows.push({ kind: "section", at: ps[k].at + j, cells: [l] }));
      above = null;
      end = ps[k].end;
      k++;
      continue;
    }
    if (groupRowAt(ps, k)) {
      rows.push({ kind: "section", at: ps[k].at, cells: [`${ps[k].lines[0]} ${ps[k + 1].lines.join(" ")}`] });
      above = null;
      end = ps[k + 1].end;
      k += 2;
      continue;
    }
    if (rowNumber(ps[k]) === null) break;
    let next = k + 1;
    while (next < ps.length && rowNumber(ps[next]) === null && !sectionAt(ps, next) && !opensPart(ps, next, header)) next++;
    // The next part of the document begins (an annex, another table): this row is the table's last.
    const partNext = next < ps.length && opensPart(ps, next, header);
    const remark = remarkOf(ps[k], ps[k + 1]);
    const body = ps.slice(k + (remark ? 2 : 1), next);
    const last = next >= ps.length || partNext;
    const item = readRow(body, header, above, empty ?? new Set(), last);
    const number = remark ? `${ps[k].lines[0]}\n${remark}` : ps[k].lines[0];
    rows.push({ kind: "item", at: ps[k].at, cells: [number, ...item.cells], ...(item.notes.length ? { notes: item.notes } : {}) });
    empty = stillEmpty(empty, item.cells);
    above = item.cells;
    const kept = body.slice(0, item.kept);
    end = (kept[kept.length - 1] ?? (remark ? ps[k + 1] : ps[k])).end;
    if (item.kept < body.length || partNext) break;
    k = next;
  }
  // Rows whose cells are parted by tabs are a tab-separated table's (the reader of TSV).
  const tabbed = lines.slice(header.next, end).some((l) => l.includes("\t"));
  if (!rows.some((r) => r.kind === "item") || tabbed) return null;
  return { header, rows, end, next: nextTables(lines, end, (line) => parseOnce(lines, line) !== null) };
}

/**
 * Another part of the document begins at ps[k]: the next annex's heading («Приложение N 3» / «к постановлению»), or
 * another table's header (its captions a paragraph each, the number's first, or its plain cells parted by tabs) that
 * is not this table's header repeated, or any line of plain cells parted by tabs but a row of this table's. A copy of the whole act gives them right after the plan's last row; what
 * follows them is the document's text, not the plan's rows, though it is numbered too («1.», «2.» of the targets).
 */
function opensPart(ps: readonly Paragraph[], k: number, header: Header): boolean {
  const line = ps[k].lines[0];
  if (isAnnexHeading(line, ps[k].lines[1] ?? ps[k + 1]?.lines[0])) return true;
  // A title in capitals over the part it opens («ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ …» over its table's header, with no «Приложение»
  // over it): the part begins with it. Over nothing of the kind it may be a row's cell, and stays one.
  if (isCapitalTitle(ps[k].lines)) {
    let j = k + 1;
    while (j < ps.length && j - k < TITLE_PARAGRAPHS && isCapitalTitle(ps[j].lines)) j++;
    return j < ps.length && !isCapitalTitle(ps[j].lines) && opensPart(ps, j, header);
  }
  const tabbed = line.includes("\t");
  // A line of plain cells parted by tabs is never a <p> of this table's cells: another table's header (its first
  // caption the number's or not: «Наименование показателя<tab>Единица измерения<tab>2027 год»), a sign-off set in a
  // table of its own. One that opens with an item's number is a row of this table's with no <p> in its cells.
  if (tabbed && matchHeader(line.split("\t")[0].trim()) !== "number") return parseItemNumber(line.split("\t")[0].trim()) === null;
  if (matchHeader((tabbed ? line.split("\t")[0] : single(ps[k]) ?? "").trim()) !== "number") return false;
  const cells = tabbed ? line.split("\t").map((c) => c.trim()) : captionsFrom(ps, k, header.cells.length);
  return cells.slice(1).some((c) => matchHeader(c) !== null) && !sameCaptions(cells, header.cells);
}

/** Paragraphs a title in capitals takes at most (a <p> a line, as Word saves a title broken by hand). */
const TITLE_PARAGRAPHS = 3;

/** The single-line paragraphs from ps[k] on, at most `most` of them: a header's captions where a header stands there. */
function captionsFrom(ps: readonly Paragraph[], k: number, most: number): string[] {
  const out: string[] = [];
  for (let j = k; j < ps.length && out.length < most && single(ps[j]) !== null; j++) out.push(single(ps[j])!);
  return out;
}

const sameCaptions = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((c, i) => headerFold(c) === headerFold(b[i]));

/** The columns every item read so far left empty (none before the first), kept as the items come. */
function stillEmpty(empty: ReadonlySet<number> | null, cells: readonly string[]): Set<number> {
  return new Set(cells.flatMap((t, c) => (t.trim() === "" && (empty === null || empty.has(c)) ? [c] : [])));
}

/**
 * One row's cells from its paragraphs. The last row may run on into the page's text after the table: once every
 * column has its cell (or the row above's, merged down), a paragraph that reads as no column and stands as the
 * page's blocks do (after an empty paragraph, or lines with no blank line between them) ends the table, and it and
 * all after it are left out of the table (the document's text under it).
 */
function readRow(
  body: readonly Paragraph[],
  header: Header,
  above: readonly string[] | null,
  unused: ReadonlySet<number>,
  last: boolean,
): { cells: string[]; notes: { code: "column_uncertain"; text: string }[]; kept: number } {
  // An item's name is its own: no page merges it down over items.
  const merged = new Set(above ? above.flatMap((t, c) => (t.trim() !== "" && header.columns[c] !== "name" ? [c] : [])) : []);
  const texts = body.map((p) => p.lines.join(" "));
  let kept = body.length;
  if (last) {
    const cut = body.findIndex(
      (p, j) => j >= 1 && isPageText(p, texts[j]) && paragraphCells(texts.slice(0, j), header.columns, merged, unused).every((g, c) => g.length > 0 || merged.has(c) || unused.has(c)),
    );
    if (cut >= 0) kept = cut;
  }
  const groups = paragraphCells(texts.slice(0, kept), header.columns, merged, unused);
  const notes: { code: "column_uncertain"; text: string }[] = [];
  const cells = groups.map((g, c) => {
    if (g.length > 0) return cellText(g.map((j) => body[j].lines.join("\n")).join("\n"));
    if (!above || !merged.has(c)) return "";
    notes.push({ code: "column_uncertain", text: `ячейки «${header.cells[c + 1]}» в копии страницы нет: взята из пункта выше, где она, вероятно, объединена на несколько строк` });
    return above[c];
  });
  return { cells, notes, kept };
}

/**
 * The page's text after the table: the signatures under it, or its blocks (not a cell's paragraph) reading as no
 * column. A line with a tab is a row of plain cells, never a <p> of the plan's cells: another table's, as a signature
 * set in a table of its own copies («Начальник управления образования<tab>Н.Г. Сорокина»).
 */
function isPageText(p: Paragraph, text: string): boolean {
  if (isSignatureText(p.lines[0]) || p.lines[0].includes("\t")) return true;
  if (rowNumber(p) !== null) return false;
  // An empty paragraph (an editor's <p>&nbsp;</p>) after a row whose every cell is there sets the page's text apart,
  // though it read as a column: a signature's position reads as an executor.
  if (p.afterSpacer) return true;
  const joined = joinParts(p.lines, { sentences: false });
  return p.lines.length >= PAGE_BLOCK_LINES && TEXT_COLUMNS.every((c) => fit(c === "deadline" ? text : joined, c) <= 0);
}

/** The document's reader asks whether a table starts at a line, then where it ends: the table is read once. */
const parsed = new WeakMap<readonly string[], Map<number, Parsed | null>>();

function parseOnce(lines: readonly string[], start: number): Parsed | null {
  const known = parsed.get(lines) ?? new Map<number, Parsed | null>();
  parsed.set(lines, known);
  if (!known.has(start)) known.set(start, parse(lines, start));
  return known.get(start)!;
}

export function startsBrowserCopy(lines: readonly string[], start: number): boolean {
  return parseOnce(lines, start) !== null;
}

/** Index after the table's last line, or after the last of the act's tables that follow it. */
export function browserCopyEnd(lines: readonly string[], start: number): number {
  const parsed = parseOnce(lines, start);
  return parsed ? (parsed.next[parsed.next.length - 1]?.end ?? parsed.end) : start;
}

/**
 * The table whose header is lines[start] and the act's tables after it, each a table of its own, the lines between
 * them (an annex's heading, a table's title) text: up to browserCopyEnd.
 */
export function readBrowserCopyBlocks(lines: readonly string[], start: number): Block[] {
  const parsed = parseOnce(lines, start);
  if (!parsed) return [];
  const blocks: Block[] = [{ kind: "table", format: FORMAT, grid: { rows: readBrowserCopy(lines, start), merges: [] } }];
  let at = parsed.end;
  for (const t of parsed.next) {
    for (let i = at; i < t.at; i++) {
      const text = cleanText(lines[i]);
      if (text !== "") blocks.push({ kind: "text", row: i + 1, text });
    }
    blocks.push({ kind: "table", format: NEXT_FORMAT, grid: { rows: [...t.rows], merges: [] } });
    at = t.end;
  }
  return blocks;
}

/** The format of the tables read here. */
const FORMAT = "webcopy";
/**
 * The act's tables after the plan's are told apart by their format: a table of the plan's width right after it is no
 * part of it cut by a page (collectTables joins such parts), since a browser's copy has no pages.
 */
const NEXT_FORMAT = "webcopy-next";

/** The table whose header is lines[start], read as startsBrowserCopy found it; rows numbered by line (1-based). */
export function readBrowserCopy(lines: readonly string[], start: number): GridRow[] {
  const parsed = parseOnce(lines, start);
  if (!parsed) return [];
  const head: GridRow = { cells: parsed.header.cells, row: start + 1 };
  const { numbers, numbersAt } = parsed.header;
  // The row of column numbers is the table's as the page prints it (the plan reader knows it for what it is).
  const numbered: GridRow[] = numbers && numbersAt !== undefined ? [{ cells: [...numbers], row: numbersAt + 1 }] : [];
  return [head, ...numbered, ...parsed.rows.map((r) => ({ cells: r.cells, row: r.at + 1, ...(r.notes ? { notes: r.notes } : {}) }))];
}
