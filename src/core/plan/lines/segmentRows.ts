import { isPageFurniture } from "../../table/pageFurniture";
import { wordsCovered } from "../../table/wordsCovered";
import { parseDeadline } from "../deadline";
import { MONTH_NOMINATIVES } from "../deadline/months";
import { matchHeader } from "../columns/matchHeader";
import { HEADING_WORD_SOURCE } from "../structure/headingWords";
import { isNoteRemark } from "../structure/numbering";
import { isSignatureText } from "../structure/rowShapes";
import { isAmountCell, opensSumRow } from "../../table/sumRows";
import { isSignOff, isSplitSignOff, isWrappedSignOff, signOffAcrossFlows, signOffAmidFlows } from "./signOffLine";
import { isAnnexHeading } from "./annexHeading";
import { isSiteFooter } from "./siteFooter";
import { captionColumnNumbers, columnNumbersAt } from "./columnNumberLines";
import type { TextColumn } from "./lineEvidence";
import { captionGoesOn, inNumberColumn, isCaption, nextInList, type NameFromBlock, spreadNumberColumn } from "./numberColumn";
import { blockColumns } from "./rowsBlock";
import { moveStrayCells } from "./strayCellsInSection";
import { numbersOverTitles } from "./numbersOverTitle";
import { unnumberedTitles } from "./unnumberedTitles";
import { listAfterFlow, numberFlowAt } from "./numberFlows";
import { holdsOwnCells } from "./parentWithCells";
import { numberRemark } from "./numberRemark";
import { SkippedNumbers } from "./skippedNumber";
import { lateRowCells } from "./lateRowCells";
import { CellList } from "./cellLists";
import { announcesList } from "./listItems";

/**
 * A sum row's line: «Итого» / «Всего» capitalised, as the label of a row opens it (in lower case the word runs on in a
 * result's wrapped line: «…, всего 15 педагогов»).
 */
/**
 * Where the table ends after a sum row that closes it («Всего по программе 8 675,4»): after its line and the amounts
 * under it; what follows (the signature) is no cell of it. Null when the last row is no sum row.
 */
function sumRowEnd(lines: readonly Line[], last: number, furniture: ReadonlySet<number>): number | null {
  if (!opensSumRow(lines[last].text.trim())) return null;
  let k = last + 1;
  while (k < lines.length && (furniture.has(k) || isAmountCell(lines[k].text))) k++;
  return Math.min(k, bodyEnd(lines, last));
}


/**
 * Rows of a plan that lost its cells, cut by the plan's own numbering. A numbered line opens a row only when its
 * number can follow the numbers before it (1.2 after 1.1, 2.1 after 1.3, 1 again after a heading): a result that
 * starts with a quantity («10 договоров»), a date or a page number is then no row. Page numbers and the header
 * repeated on a new page are furniture: they cut a row in pieces but belong to none.
 */
export interface Line {
  readonly row: number;
  readonly text: string;
  /**
   * The source parted this line from the one before it though their rows do not show it: a reader's cell of whole
   * lines (one cell per line) starts here, and its lines share the row of their table row. A blank line between two
   * lines says the same by their rows.
   */
  readonly parted?: boolean;
  /** The line opens a cell of its row: a schedule grid's marks stood before it on its baseline (scheduleMarks). */
  readonly opensCell?: boolean;
  /** The line is its page's first (a form feed before it): a row it falls in is broken there as by page furniture. */
  readonly pageStart?: boolean;
}

/** What a line's first piece keeps of it when the line is cut: where the source parted it, where its page starts. */
export function openingMarks(l: Line): Pick<Line, "parted" | "pageStart"> {
  return { ...(l.parted ? { parted: true } : {}), ...(l.pageStart ? { pageStart: true } : {}) };
}

/** The source parted line `i` from the line before it: a blank line between them, or a cell of whole lines starting. */
export function partedBefore(lines: readonly Line[], i: number): boolean {
  return i > 0 && (lines[i].row - lines[i - 1].row > 1 || lines[i].parted === true);
}

/** A row's line as the readings weigh it: its text, whether the source parted it from the line before, and whether it opens a cell. */
export function rowLineAt(lines: readonly Line[], r: LineRef): { text: string; gapBefore: boolean; opensCell?: boolean } {
  return { text: r.text, gapBefore: partedBefore(lines, r.index), ...(lines[r.index].opensCell ? { opensCell: true } : {}) };
}

export interface Segment {
  readonly kind: "item" | "section";
  /** The printed number ("1.2.", "IV."), or null for a heading by word alone. */
  readonly number: string | null;
  /** Index of the line the number stands on (a row's first lines may come before it). */
  readonly at: number;
  /** The row's lines split where furniture came between them; the number is cut off the first line. */
  readonly pieces: readonly (readonly LineRef[])[];
  /** The name came from a block of the page's names, matched to the number by order (numberColumn). */
  readonly nameByOrder?: NameFromBlock;
  /** The lines (by index) of the name that block gave: the name whole, read into no other column. */
  readonly nameLines?: readonly number[];
  /**
   * The columns those lines hold where the block gave whole rows (rowsBlock): they are read into these columns
   * alone, the row's other lines into the others. None: the lines are the name.
   */
  readonly nameColumns?: readonly TextColumn[];
  /** The row's other cells came as blocks after the page's names and were given to it by their order (runFlows). */
  readonly cellsByOrder?: true;
  /**
   * The row's number was given after the row below it, and the cells of it and of the row before it stood together in
   * the row before's lines, dealt between them by order (lateRowCells).
   */
  readonly lateCells?: true;
  /** How many of the first piece's lines stand above the number's line, in a row of cells centred vertically. */
  readonly head?: number;
  /** The line that opened the row's lines and was read as the title of the section above (sectionTitlesApart). */
  readonly gaveTitle?: string;
  /** A section's title line found apart from its number (sectionTitlesApart), by index: no column's block holds it. */
  readonly titleAt?: number;
  /** A remark printed in the № cell under the number («(в ред. от 14.03.2033)»), its lines none of the row's cells. */
  readonly remark?: string;
}

/** A line of a row, or the part of it after the number. */
export interface LineRef {
  readonly index: number;
  readonly text: string;
}

export interface Segmentation {
  readonly segments: readonly Segment[];
  /** Index of the first row's line, and of the first line after the last row (signatures follow). */
  readonly start: number;
  readonly end: number;
  /** Lines inside the rows that are page furniture or the header again, by index. */
  readonly furniture: ReadonlySet<number>;
  /** The first line of each run of column numbers among the furniture («1», «2», … or «1 2 3»), and its lines. */
  readonly columnNumbers: ReadonlyMap<number, readonly string[]>;
  /** How many columns the numbers right under the header count, when they are there. */
  readonly columnCount: number | null;
  /**
   * Column numbers printed one by one among the captions, each under its own (captionColumnNumbers), by index: among
   * the furniture, but no page's end.
   */
  readonly captionNumbers?: readonly (readonly number[])[];
}

/** What follows a number when it is a quantity: a percent sign or a unit (a result line, not an item). */
const QUANTITY_AFTER = /^(%|‰|процент|чел(\.|овек)|ед(\.|иниц)|руб|тыс|млн|раз(а)?(?!\p{L}))/iu;
/** What follows a sum's first digits: its thousands after a space, then a decimal comma («2 426,6»). */
const THOUSANDS_AFTER = /^\d{3}(?:\s\d{3})*,\d/u;
/**
 * A month capitalised in the nominative opens a cell («Декабрь 2026 года – январь 2027 года»): a day's month is in the
 * genitive and in lower case («7 декабря»), so the number before it is the row's, not a day.
 */
const CELL_MONTH = new RegExp(`^(?:${MONTH_NOMINATIVES.split("|").map((m) => m[0].toUpperCase() + m.slice(1)).join("|")})(?!\\p{L})`, "u");
const NUMBERED = /^((?:\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6})[.)]?)(?:\s+(.*))?$/u;
const HEADING = new RegExp(`^(${HEADING_WORD_SOURCE})\\s+(?:№\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6})(?!\\p{L})`, "iu");

/** A line's number and the text after it, when the line starts like a row of a plan. */
export function numberOf(text: string): { number: string; rest: string | null; heading: boolean } | null {
  const t = text.trim();
  const word = HEADING.exec(t);
  if (word) return { number: word[2], rest: t, heading: true };
  const m = NUMBERED.exec(t);
  if (!m) return null;
  // "II квартал", "1 марта": a number without its dot that starts a deadline is no item number; in "1.2 ежемесячно"
  // the deadline stands without the number, which is the item's.
  if (!/[.)]$/.test(m[1]) && !CELL_MONTH.test(m[2] ?? "") && !sameDeadline(t, m[2])) return null;
  // "100 % молодых специалистов…", "15 чел.": a quantity that starts a result line.
  if (!/[.)]$/.test(m[1]) && m[2] !== undefined && QUANTITY_AFTER.test(m[2])) return null;
  // "2 426,6", "1 440,0 –": a sum's thousands parted by a space (funding by year), no item's number.
  if (!/[.)]$/.test(m[1]) && m[2] !== undefined && THOUSANDS_AFTER.test(m[2])) return null;
  // "2025 год", "15.03.2025" are no numbers of items.
  if (/^\d{4}/.test(m[1]) || /^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(t)) return null;
  const roman = /^[IVXLC]+/.test(m[1]);
  if (roman && !/[.)]$/.test(m[1])) return null;
  return { number: m[1], rest: m[2] ?? null, heading: roman };
}

/** The line means no other deadline without its leading number (or is no deadline at all). */
function sameDeadline(line: string, rest: string | undefined): boolean {
  const whole = parseDeadline(line);
  if (whole.kind === "unparsed") return true;
  if (rest === undefined) return false;
  const without = parseDeadline(rest);
  return without.kind === whole.kind && without.start === whole.start && without.end === whole.end;
}

/** "1.2.3." → [1, 2, 3]; null for Roman numerals (a heading). */
export function path(number: string): number[] | null {
  const s = number.replace(/[.)]$/, "");
  return /^\d/.test(s) ? s.split(".").map(Number) : null;
}

/**
 * Can `next` follow `prev` in a plan's numbering: the next of some level (1.2 → 1.3, 1.3 → 2, 1.3 → 2.1), a first
 * child (1 → 1.1), allowing one number skipped at the changing level (a row the copy lost) where `maxStep` is 2.
 */
export function canFollow(prev: readonly number[] | null, next: readonly number[], maxStep = 2): boolean {
  if (prev === null) return next.every((n, i) => i === next.length - 1 || n >= 1);
  if (next.length === prev.length + 1 && prev.every((n, i) => n === next[i]) && next[next.length - 1] <= maxStep) return true;
  for (let k = 1; k <= prev.length && k <= next.length; k++) {
    if (!prev.slice(0, k - 1).every((n, i) => n === next[i])) break;
    const step = next[k - 1] - prev[k - 1];
    if (step >= 1 && step <= maxStep && next.slice(k).every((n) => n <= maxStep)) return true;
  }
  return false;
}

/**
 * Lines the header repeats on a new page: the header's words again, each as often, in a run of whole lines. The run
 * need not break where the first page's lines did: a multi-row header (a caption merged over «начала | окончания»)
 * is drawn cell after cell, and which captions share a baseline, and so a line of pdftotext -raw or a browser's copy,
 * depends on where each cell's text stands on that page («Срок реализации» / «Источник» on one page, «Срок реализации
 * Источник» on the next).
 */
function repeatedHeaderAt(lines: readonly Line[], i: number, header: readonly string[]): number {
  const last = wordsCovered(header.flatMap(headerWords), i, lines.length, (j) => headerWords(lines[j].text));
  return last === null ? 0 : last - i + 1;
}

function headerWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

export function segmentRows(lines: readonly Line[], bodyStart: number, header: readonly string[]): Segmentation | null {
  const furniture = new Set<number>();
  const columnNumbers = new Map<number, string[]>();
  // The column numbers under the header say how many columns the form has; the same numbers again, after the header
  // repeated on a new page or alone at a page's top, are furniture too. Numbers 1, 2, 3 followed by a column's
  // caption are the № column printed as a block of its own (numberColumn): the first row follows column numbers.
  // A numbered heading is no caption, whatever its words name («Задача 1. Повышение …»: «Задача» heads a column too).
  const captionAt = (i: number) => isCaption(lines[i]?.text ?? "") && numberOf(lines[i].text) === null;
  const first = columnNumbersAt(lines, bodyStart);
  const under = first && !captionAt(bodyStart + first.lines) ? first : null;
  const numbersAt = (i: number, afterHeader: boolean) => {
    const run = columnNumbersAt(lines, i, under?.columns);
    if (!run || !(afterHeader || under) || (!under && captionAt(i + run.lines))) return 0;
    columnNumbers.set(i, lines.slice(i, i + run.lines).map((l) => l.text));
    for (let k = 0; k < run.lines; k++) furniture.add(i + k);
    return run.lines;
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const numbers = i === bodyStart && under ? numbersAt(i, true) : 0;
    if (numbers) {
      i += numbers - 1;
      continue;
    }
    const run = repeatedHeaderAt(lines, i, header);
    for (let k = 0; k < run; k++) furniture.add(i + k);
    if (run) i += run - 1 + numbersAt(i + run, true);
    else i += Math.max(0, numbersAt(i, false) - 1);
  }
  // A page number stands where a page ends: before the header again, a numbered row or the signatures.
  const endsPage = (i: number) => {
    let j = i + 1;
    while (j < lines.length && isPageFurniture(lines[j].text)) j++;
    return j >= lines.length || furniture.has(j) || isSignatureText(lines[j].text) || numberOf(lines[j].text) !== null;
  };
  // The number of the first numbered line after line i, not furniture, that `wanted` takes (any: a list's, a row's,
  // a heading's), or null.
  const nextNumberAfter = (i: number, wanted: (n: NonNullable<ReturnType<typeof numberOf>>) => boolean = () => true): string | null => {
    for (let j = i + 1; j < lines.length; j++) {
      const next = furniture.has(j) ? null : numberOf(lines[j].text.trim());
      if (next && wanted(next)) return next.number;
    }
    return null;
  };
  // A bare «4» alone on its line where the rows are numbered «2.4», «3.1»: a section's number printed apart from its
  // title has its first item («4.1») next; a column's number that pdftotext gives under the column's caption, away
  // from the header (a Writer print gives «1 2 3» under the first captions and «6», «4», «5» among the later ones), has
  // none.
  const strayColumnNumber = (prev: readonly number[] | null, p: readonly number[], i: number) =>
    prev !== null && prev.length >= 2 && !isSectionNumber(p.join("."), nextNumberAfter(i, (n) => !n.heading && !/^[IVXLC]/.test(n.number)));
  // The next part of the act (an annex's heading) ends the plan's table: its lines, numbered too, are no rows.
  const partAt = nextPartAt(lines, bodyStart);
  const starts: { index: number; number: string | null; heading: boolean; rest: string | null }[] = [];
  let prev: number[] | null = null;
  // The last item's number: under a heading the list may go on from it rather than from the heading («Задача 4.» over
  // item «4.» where the items are numbered through their Раздел and the tasks through the plan).
  let lastItem: number[] | null = null;
  const skipped = new SkippedNumbers();
  // Rows whose number the list skipped and gave later, by their number's line, with the number of the row before.
  const lateRows = new Map<number, readonly number[]>();
  // Whether a whole item number printed with its dot («3.») opened a row yet.
  let dottedWhole = false;
  const cellList = new CellList();
  for (let i = bodyStart; i < partAt; i++) {
    if (furniture.has(i)) continue;
    const text = lines[i].text.trim();
    const n = numberOf(text);
    const bare = n !== null && n.rest === null && !/[.)]$/.test(n.number) && !n.number.includes(".");
    if (n && !n.heading && !/^[IVXLC]/.test(n.number)) {
      const p = path(n.number)!;
      // The next item of a list typed in the row's cell, unless the rows after it number inside it (a heading «2.»
      // over «2.1» after a cell whose list had a «1.»; «Цель 2.» after it heads those rows itself).
      if (cellList.takes(n.number, p, () => isSectionNumber(n.number, nextNumberAfter(i)))) continue;
      // A bare "3" is an item's number only where the numbering expects it and no page ends there. A whole number
      // without its dot and lower-case words after it («5 договоров», «2 класса») is as often a quantity opening a
      // result's line: it opens a row only as the very next number, never skipping one that may still come.
      const afterHeading = starts.length > 0 && starts[starts.length - 1].heading;
      const quantityLike = n.rest !== null && /^\d+$/.test(n.number) && /^\p{Ll}/u.test(n.rest);
      const step = quantityLike ? 1 : 2;
      // Where the plan prints its whole item numbers with a dot («1.» … «5.»), such a number without one is a figure
      // of a cell's line («по состоянию на» / «1 число» after a heading), never a row: one plan prints its numbers alike.
      const follows: boolean = !(quantityLike && dottedWhole) && (canFollow(prev, p, step) || (afterHeading && (p[p.length - 1] <= step || (lastItem !== null && canFollow(lastItem, p, step)))));
      // A number printed as a flow of its own opens a row wherever pdftotext put its block (numberFlows).
      const flow: boolean = !follows && numberFlowAt(lines, i, prev, p);
      // The number the list skipped, given after the row that skipped it (skippedNumber): a row; the list goes on.
      const before = follows || flow ? null : skipped.takes(prev, p, n.number);
      const late = before !== null;
      if (before) lateRows.set(i, before);
      if ((follows || flow || late) && !(bare && endsPage(i) && !inNumberColumn(lines, i, (t) => numberOf(t) !== null)) && !(bare && strayColumnNumber(prev, p, i))) {
        starts.push({ index: i, number: n.number, heading: false, rest: n.rest });
        cellList.end();
        if (/^\d+[.)]$/.test(n.number)) dottedWhole = true;
        if (late) continue;
        if (follows) skipped.accept(prev, p);
        prev = lastItem = flow ? listAfterFlow(prev, p) : p;
        continue;
      }
      // A list opens inside a cell, under the phrase announcing it or a line of the row at least: right under a row's
      // first line its «1.» is that row's number read again (column numbers «1 2 3 …» taken for a row, then «1. …»).
      if (i > bodyStart && (announcesList(lines[i - 1].text) || starts.at(-1)?.index !== i - 1)) cellList.passed(n.number, p);
    } else if (n) {
      starts.push({ index: i, number: n.number, heading: true, rest: n.rest });
      cellList.end();
      // Items of the heading's own section before it had their numbers printed above it (numbersOverTitle): the
      // list goes on from them, not from the heading.
      const own = path(n.number);
      prev = own && prev !== null && prev.length > own.length && own.every((x, k) => x === prev![k]) ? prev : (own ?? prev);
      continue;
    }
    // «Итого по подпрограмме 1  5 808,5» adds up the rows above, and in a table's text (a header found) «Примечание:
    // …» notes on the rows above or the heading it stands under (isNoteRemark): each a row of its own, never the last
    // item's lines nor a title's. A plan of labelled fields (no header) gives its items' notes the same way.
    if (n === null && (opensSumRow(text) || (header.length > 0 && isNoteRemark(text)))) {
      starts.push({ index: i, number: null, heading: true, rest: text });
      continue;
    }
    if (isPageFurniture(text) && !(i > 0 && figureWanted(lines[i - 1].text, text))) furniture.add(i);
  }
  if (starts.length < 2) return null;
  // Bare numbers taken for page numbers that count up a few lines apart are the columns' numbers, each printed under
  // its caption: the header given again, not a page's end that parts the table.
  const bareFurniture = [...furniture].filter((i) => !columnNumbers.has(i) && ![...columnNumbers].some(([k, run]) => i > k && i < k + run.length));
  const captionNumbers = captionColumnNumbers(lines, bareFurniture);
  // Titles without a number in a plan numbered straight through open sections of their own.
  for (const t of unnumberedTitles(lines, starts, bodyStart, furniture)) starts.push({ index: t, number: null, heading: true, rest: lines[t].text.trim() });
  starts.sort((a, b) => a.index - b.index);
  const end = Math.min(partAt, sumRowEnd(lines, starts[starts.length - 1].index, furniture) ?? bodyEnd(lines, starts[starts.length - 1].index));
  // A numbered row over its sub-items is their group's heading, unless it holds cells of its own (parentWithCells).
  const ownLines = (k: number) => lines.slice(starts[k].index, k + 1 < starts.length ? starts[k + 1].index : end).map((l, j) => (j === 0 ? (starts[k].rest ?? "") : l.text)).filter((_, j) => !furniture.has(starts[k].index + j));
  // The number a row's is weighed against is the next row's: a note under a section's title («Прим.: сроки раздела 2
  // уточняются …», a row of no number) stands between the title and its first sub-item.
  const nextNumber = (k: number) => starts.slice(k + 1).find((t) => t.number !== null)?.number ?? null;
  const sections = starts.map((s, k) => s.heading || (isSectionNumber(s.number!, nextNumber(k)) && (/^[IVXLC]/.test(s.number!) || !holdsOwnCells(ownLines(k)))));
  const from = starts.map((s, k) => rowStart(lines, s, k > 0 && sections[k - 1] ? starts[k - 1].index : null, furniture));
  // A page's first line breaks the row it falls in, unless it opens the header again: those lines are furniture or
  // captions of columns given as blocks (spreadNumberColumn), found later.
  const breaksPage = (i: number) => lines[i].pageStart === true && !header.includes(lines[i].text.trim());
  const segments: Segment[] = starts.map((s, k) => {
    const to = k + 1 < starts.length ? from[k + 1] : end;
    const pieces: LineRef[][] = [[]];
    const first = lines[s.index].text.trim();
    const section = sections[k];
    // A section keeps its number in its text, as the table readers give a heading row.
    const remark = section ? null : numberRemark(lines, s.index, s.rest, to);
    const rest = section ? first : remark?.onNumberLine ? null : s.rest;
    for (let i = from[k]; i < to; i++) {
      if (i === s.index) {
        if (rest) pieces[pieces.length - 1].push({ index: s.index, text: rest });
        continue;
      }
      if (remark?.lines.includes(i)) continue;
      if (furniture.has(i) || breaksPage(i)) {
        if (pieces[pieces.length - 1].length) pieces.push([]);
        if (furniture.has(i)) continue;
      }
      pieces[pieces.length - 1].push({ index: i, text: lines[i].text });
    }
    return { kind: section ? "section" : "item", number: s.heading && HEADING.test(first) ? null : s.number, at: s.index, pieces: pieces.filter((p) => p.length), ...(remark ? { remark: remark.text } : {}) };
  });
  const spread = spreadNumberColumn(numbersOverTitles(moveStrayCells(lateRowCells(segments, lateRows, lines), lines, partedBefore), blockColumns(header)), lines, partedBefore, header);
  for (const i of spread.captions) furniture.add(i);
  const byFlows = (s: Segment, k: number): Segment => (spread.flowsByOrder.has(k) ? { ...s, cellsByOrder: true } : s);
  const marked = spread.segments.map((s, k) => byFlows(spread.byOrder.has(k) ? { ...s, nameByOrder: spread.byOrder.get(k), nameLines: spread.names.get(k), ...(spread.held.has(k) ? { nameColumns: spread.held.get(k) } : {}) } : s, k));
  return { segments: marked, start: starts[0].index, end, furniture, columnNumbers, columnCount: under?.columns ?? null, captionNumbers };
}

/**
 * The first line of a row. A number printed in the middle of its row's height (cells centred vertically) comes on a
 * name's second line, its text running on in lower case («1.1 обучении с выпускниками школ»): the lines between the
 * section heading above and the number are the row's first lines. After an item nothing tells its last line from the
 * next row's first, so the row starts at its number there.
 */
function rowStart(lines: readonly Line[], s: { index: number; heading: boolean; rest: string | null }, heading: number | null, furniture: ReadonlySet<number>): number {
  if (s.heading || s.rest === null || heading === null || !/^\p{Ll}/u.test(s.rest.trim())) return s.index;
  // «1.1 в течение года»: a deadline column printed first starts in lower case on the number's line.
  if (parseDeadline(s.rest).kind !== "unparsed") return s.index;
  const between = s.index - heading - 1;
  if (between < 1 || between > 4) return s.index;
  // A heading's title wrapped onto the next line goes on in lower case; a row's first line starts a cell.
  if (!/^[«"(]?\p{Lu}/u.test(lines[heading + 1].text.trim())) return s.index;
  for (let i = heading + 1; i < s.index; i++) if (furniture.has(i)) return s.index;
  return heading + 1;
}

/** A numbered line is a section when the next numbered line is inside it ("2." then "2.1"). */
function isSectionNumber(own: string, next: string | null): boolean {
  if (/^[IVXLC]/.test(own)) return true;
  const bare = own.replace(/[.)]$/, "");
  return next !== null && next.replace(/[.)]$/, "").startsWith(bare + ".");
}

/** A name with initials alone on its line signs a letter, and names an executor inside a row just as often. */
const BARE_NAME = /^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$/u;

/**
 * A caption in a run of captions that names the name's column and others: the header given again over a block of
 * whole rows (rowsBlock), where pdftotext prints it after the page's numbers («Мероприятие» / «Исполнитель» /
 * «Срок»), not «Исполнитель» signing the letter. Captions after the names' block («Исполнитель» / «Срок» /
 * «Результат») name no name's column: they may stand over the signature as well (columnBlocks reads them there).
 * A page's header repeated whole (the № caption with it) is left as it was.
 */
function amongCaptions(lines: readonly Line[], i: number): boolean {
  const caption = (k: number) => k >= 0 && k < lines.length && (isCaption(lines[k].text) || (k > 0 && isCaption(lines[k - 1].text) && captionGoesOn(lines[k - 1].text, lines[k].text)));
  if (!caption(i)) return false;
  let [from, to] = [i, i];
  while (caption(from - 1)) from--;
  while (caption(to + 1)) to++;
  const run = lines.slice(from, to + 1).map((l) => l.text);
  // The № column's caption in the run or right above it (the columns' numbers, a row's number between) is a page's
  // header repeated whole: the rows' reading ends there as before. Over a block of whole rows, the captions follow
  // the page's numbers, a list of two or more.
  const numberCaption = lines.slice(Math.max(0, from - 3), to + 1).some((l) => matchHeader(l.text.trim()) === "number");
  const afterNumbers = from >= 2 && nextInList(lines[from - 2].text.trim(), lines[from - 1].text.trim());
  if (numberCaption && !afterNumbers) return false;
  return (blockColumns(run) ?? []).length > 1;
}

/** The first line from `from` on that opens the act's next part (annexHeading), or the lines' end. */
function nextPartAt(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (isAnnexHeading(lines[i].text, lines[i + 1]?.text)) return i;
  return lines.length;
}

/**
 * Where the last row ends: at the signature block or a site's footer (siteFooter), or at the head's sign-off that ends the text (signOffLine). A
 * sign-off of one line before other signatures is not looked for: the last row's executors' cell stands there as often;
 * one wrapped over two lines is (isWrappedSignOff), and so is the position over the name alone (isSplitSignOff), which
 * a narrow executors' cell gives too but does not run into «Исполнитель: …». At the text's end a wrapped one is left:
 * a copy that gives the last page's cells as blocks after it (pdf.js) would place it in a row by order, unnoted
 * (rechnoy-2030.pdfjs.txt). Where pdftotext gives the sign-off amid the last page's flows, its name set apart from the
 * position by a blank line, the rows end at it wherever it stands (signOffAmidFlows), and so they do where its name,
 * set at the page's right edge, comes with the last column's flow at the text's end (signOffAcrossFlows): the blocks
 * after it are the page's later columns (findColumnBlocks).
 */
export function bodyEnd(lines: readonly Line[], last: number): number {
  const wrapped = (k: number) => k - 1 > last && (isWrappedSignOff(lines[k - 1].text, lines[k].text) || isSplitSignOff(lines[k - 1].text, lines[k].text));
  const texts = lines.map((l) => l.text);
  const parted = (k: number) => partedBefore(lines, k);
  const furniture = (k: number) => isPageFurniture(lines[k].text);
  // A sign-off amid the last page's flows (signOffAmidFlows) comes after the last row's own text: a number alone on
  // its line right over it has its cells after it. (An executors' block under its caption after the rows, where a
  // position and a name alone would be two rows' cells, is read from its caption on: findColumnBlocks.)
  const rowText = (i: number) => i > last + 1 || (numberOf(lines[last].text)?.rest ?? null) !== null;
  for (let i = last + 1; i < lines.length; i++) {
    if (rowText(i) && (signOffAmidFlows(texts, i, parted) || signOffAcrossFlows(texts, i, parted, furniture))) return i;
    if (isSiteFooter(lines[i].text) || (isSignatureText(lines[i].text) && !BARE_NAME.test(lines[i].text.trim()) && !amongCaptions(lines, i))) return wrapped(i - 1) ? i - 2 : i;
  }
  let k = lines.length - 1;
  while (k > last && isPageFurniture(lines[k].text)) k--;
  if (k - 1 > last && isWrappedSignOff(lines[k - 1].text, lines[k].text)) return k - 1;
  return k > last && isSignOff(lines[k].text) ? k : lines.length;
}

/** A comparison that a figure must follow («охвачено не менее» / «300»): the line's end, not a page's. */
const WANTS_FIGURE = /(?<!\p{L})(?:менее|более|свыше|чем)$/iu;

/**
 * A bare number under a line that ends on a comparison is the figure that line wants, wrapped in its narrow cell
 * («охвачено не менее» / «300» / «старшеклассников»), not a page number that parts the row.
 */
function figureWanted(before: string, text: string): boolean {
  return /^\d+$/u.test(text.trim()) && WANTS_FIGURE.test(before.trimEnd());
}
