import type { Block } from "../../core/grid";
import { cleanText } from "../../core/text/normalize";
import { readPositionedText, type PositionedWord } from "../../core/table/positioned";
import { findHeaderBand, headerCells, subCaptionsUnderOne } from "../../core/table/positioned/findHeaderBand";
import { groupLines, phrases } from "../../core/table/positioned/groupLines";
import type { Line } from "../../core/table/positioned/types";
import { tableHeaderVerdict } from "../../core/table/positioned/tableHeaderVerdict";
import { findPageFurniture } from "../../core/table/positioned/pageFurniture";
import { parseItemNumber } from "../../core/plan/structure/numbering";
import { titleLike } from "../../core/plan/lines/unnumberedTitles";
import { periodCaption, yearInHeader } from "../../core/plan/schedule/periodCaptions";
import { PLAN_KEYS, type PlanKey } from "../../core/plan/columns/columnCatalogue";
import { matchHeader } from "../../core/plan/columns/matchHeader";
import { isColumnNumbers } from "../../core/table/rowShapes";
import { headerGutters, type HeaderLines } from "./headerGutters";
import { joinNumberedSectionRows } from "./numberedSectionRows";
import { numberRowGutters } from "./numberRowGutters";
import { rowFirstLines } from "./rowFirstLines";
import { touchingCells } from "./touchingCells";
import { centredHeadings } from "./centredHeadings";
import { numberedHeadings } from "./numberedHeadings";
import { type BrokenNumber, brokenNumbers, noteGuessedNumbers } from "./brokenNumbers";

/**
 * Columns aligned with spaces (`pdftotext -layout`, fixed-width reports, Word "save as text"): the positioned-text
 * kernel with x = character offset and y = line, pages split by form feeds. Two spaces part phrases.
 */
const PHRASE_GAP = 1.5;

/** Lines of a header's tall cells printed above its main line, at most, and the longest phrase such a line has. */
const LINES_ABOVE = 3;
const ABOVE_PHRASE = 30;

/**
 * Whether an aligned table starts at lines[index]: its header's main line, or, right above it, the first words of
 * tall header cells centred in their row («Показатель» over «результата» beside «Срок»): short phrases only, no
 * title (a title stands apart from the table by a blank line, or runs long).
 */
export function startsAlignedTable(lines: readonly string[], index: number): boolean {
  if (endsCentredTitle(lines, index)) return false;
  for (let k = index; k < lines.length && k <= index + LINES_ABOVE; k++) {
    if (headsAlignedTable(lines, k)) return true;
    const phrases = lines[k].trim().split(/\s{2,}/);
    if (lines[k].trim() === "" || lines[k].includes("\f") || phrases.some((p) => p.length > ABOVE_PHRASE)) return false;
  }
  return false;
}

/**
 * A short line centred under a longer one right above it (the same middle, no blank line between): the title's last
 * line («на 2031–2033 годы» under the programme's name), which Writer sets right over the table, not a tall caption's
 * first word, which stands centred in its column.
 */
function endsCentredTitle(lines: readonly string[], index: number): boolean {
  const piece = (line: string | undefined) => {
    const m = /\S(?:.*\S)?/.exec((line ?? "").replace(/\f/g, ""));
    return m && !/\S\s{2,}\S/.test(m[0]) ? { x0: m.index, x1: m.index + m[0].length } : null;
  };
  const [above, here] = [piece(lines[index - 1]), piece(lines[index])];
  if (!above || !here || above.x1 - above.x0 <= ABOVE_PHRASE) return false;
  return Math.abs(above.x0 + above.x1 - here.x0 - here.x1) <= 2;
}

/**
 * A line that could head an aligned table: phrases parted by wide gaps (or by one-space gaps running down the page
 * under it) that, with the next line, name a table's columns (a plan's, a staff list's, a vacancy table's).
 */
function headsAlignedTable(text: readonly string[], index: number): boolean {
  if (!/\S\s{2,}\S.*\S\s{2,}\S/.test(text[index])) return false;
  const pair = [text[index], text[index + 1] ?? ""];
  const score = (gutters: TextGeometry["gutters"]) => {
    const lines = groupLines(lineWords(pair, 1, { ...NO_GEOMETRY, gutters }));
    return Math.max(...[lines.slice(0, 1), lines].map((band) => tableHeaderVerdict(headerCells(band, PHRASE_GAP).map((c) => c.text)).score));
  };
  if (score(new Map()) >= 10) return true;
  const gutters = headerGutters(text, [{ judged: [index], last: index, captions: [index, index + 1, index + 2] }], isCaption, oneCaption, twoCaptions);
  return gutters.size > 0 && score(new Map([[0, gutters.get(index)!]])) >= 10;
}

/** The lines from a header to the end of the text as blocks: title, table parts, furniture and signatures. */
export function readAlignedText(lines: readonly string[], firstLine: number): Block[] {
  const geometry = textGeometry(lines);
  const blocks = readPositionedText(lineWords(lines, firstLine, geometry), [], "layout", { phraseGap: PHRASE_GAP, headerScanLines: HEADER_SCAN, snap: 3, rowsAtNumbers: geometry.moves.size > 0 });
  return noteGuessedNumbers(joinNumberedSectionRows(blocks, lines, firstLine), geometry.broken, firstLine);
}

const HEADER_SCAN = 10;
/**
 * Lines added between the header and the body where the header ends above the kernel's band: so that its band (lines
 * at most two lines apart) stops there, after a blank line or, with none, before a heading right under the header.
 */
const UNDER_HEADER = 1.5;
const ABOVE_HEADING = 2.5;

/** What the text's lines say beyond their characters: where rows start, and where the header ends. */
interface TextGeometry {
  /** Number line → its row's first line (cells centred or at the bottom of their rows). */
  readonly moves: ReadonlyMap<number, number>;
  /** The body's first line, where a blank line or a heading parts it from the header; null where the kernel finds the header alone. */
  readonly bodyFrom: number | null;
  /** Lines added above the body's first line. */
  readonly apart: number;
  /** Header line → offsets of the one-space gaps in it that are column edges. */
  readonly gutters: ReadonlyMap<number, ReadonlySet<number>>;
  /** The line of the rest of a number Writer broke in a narrow № column → that number (brokenNumbers). */
  readonly broken: ReadonlyMap<number, BrokenNumber>;
  /** Line → offsets where two cells touch inside one word, to be cut there (touchingCells). */
  readonly touching: ReadonlyMap<number, readonly number[]>;
  /** Line of a numbered heading written across the table → where the rows' numbers stand, where its number goes (numberedHeadings). */
  readonly headingNumbers: ReadonlyMap<number, number>;
}

const NO_GEOMETRY: TextGeometry = { moves: new Map(), bodyFrom: null, apart: 0, gutters: new Map(), broken: new Map(), touching: new Map(), headingNumbers: new Map() };

/**
 * The header ends at a blank line: the kernel's header band (up to five lines a line apart) would take a centred
 * name's first line under it for header text; and above a heading written across the table right under it (one
 * phrase over several header cells) or a row that opens with its number («I.  Кадры»), which would read as header
 * text too. Then, where cells are centred (or at the bottom), each row's number goes
 * up to the row's first line, where the kernel starts rows. Header lines, and their repeats on later pages, are no rows.
 */
function textGeometry(lines: readonly string[]): TextGeometry {
  const { textLines, band } = headerBand(lines);
  if (!band) return NO_GEOMETRY;
  let last = band.last;
  let apart = UNDER_HEADER;
  for (let k = band.first + 1; k <= band.last; k++) {
    const above = headerCells(textLines.slice(band.first, k), PHRASE_GAP);
    const blank = textLines[k].top - textLines[k - 1].top >= 2;
    if (blank && periodCaptionsLine(textLines[k]) && underYear(textLines[k], above)) continue;
    if (!blank && (periodCaptionsLine(textLines[k]) || subCaptionsUnderOne(textLines[k], above, PHRASE_GAP) || (!acrossCells(textLines[k], above) && parseItemNumber(textLines[k].words[0].text) === null && !opensCentredRow(textLines, k)))) continue;
    const cut = tableHeaderVerdict(above.map((c) => c.text));
    if (cut.score >= band.verdict.score) {
      last = k - 1;
      apart = blank ? UNDER_HEADER : ABOVE_HEADING;
    }
    if (blank || last < band.last) break;
  }
  const squeeze = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  const header = new Set(textLines.slice(band.first, last + 1).map((l) => squeeze(l.text)));
  const bodyStart = textLines[last].row;
  const headings = centredHeadings(textLines, band.first, last, PHRASE_GAP);
  // The column numbers again under a repeated header («1 2 3 4 5 6 7») are no row, though «1» opens one.
  const columnNumbers = (i: number) => isColumnNumbers(lines[i].replace(/\f/g, "").trim().split(/\s+/));
  // A print's head and foot («20.03.2033, 09:15  …», «https://…  1/5») are no row's, and stand at the page's margin.
  const furniture = new Set([...findPageFurniture(textLines, new Set(range(band.first, last)))].map((k) => textLines[k].row - 1));
  const noRowYet = (i: number) => headings.has(i) || furniture.has(i) || header.has(squeeze(cleanText(lines[i].replace(/\f/g, "")))) || columnNumbers(i);
  const numbered = numberedHeadings(lines, bodyStart, noRowYet);
  const noRow = (i: number) => noRowYet(i) || numbered.has(i);
  const broken = brokenNumbers(lines, bodyStart, noRow);
  const moves = rowFirstLines(lines, bodyStart, noRow, new Map([...broken].map(([rest, b]) => [rest, b.head])));
  const headerLines = textLines.slice(band.first, last + 1).map((l) => l.row - 1);
  const headers = headerRepeats(lines, headerLines, textLines[last].row - 1, squeeze);
  const gutters = headerGutters(lines, headers, isCaption, oneCaption, twoCaptions);
  for (const [line, edges] of numberRowGutters(lines, headers, gutters)) gutters.set(line, new Set([...(gutters.get(line) ?? []), ...edges]));
  return { moves, bodyFrom: last < band.last ? bodyStart : null, apart, gutters, broken, touching: touchingCells(lines), headingNumbers: numbered };
}

/**
 * A line that may be a centred row's first line right under the header: it starts in upper case (a name, not a
 * caption's wrapped «исполнители» or «(мероприятия)») and a number opens a line one or two lines below it, beside
 * the row's middle. Whether the header ends there, the header's verdict decides.
 */
function opensCentredRow(textLines: readonly Line[], k: number): boolean {
  if (!/^\p{Lu}/u.test(textLines[k].words[0].text)) return false;
  for (let j = k + 1; j <= k + 2 && j < textLines.length && textLines[j].top - textLines[j - 1].top < 2; j++) {
    if (parseItemNumber(textLines[j].words[0].text) !== null) return true;
  }
  return false;
}

/** The header's lines and each later copy of them (the header repeated on every page); `last`: the header's last line. */
function headerRepeats(lines: readonly string[], header: readonly number[], last: number, squeeze: (s: string) => string): HeaderLines[] {
  if (header.length === 0) return [];
  const key = (i: number) => squeeze(cleanText(lines[i].replace(/\f/g, "")));
  const first = header[0];
  const out: HeaderLines[] = [{ judged: header, last }];
  for (let i = last + 1; i + (last - first) < lines.length; i++) {
    if (header.every((h) => key(i + (h - first)) === key(h))) out.push({ judged: header.map((h) => i + (h - first)), last: i + (last - first), copyOf: 0 });
  }
  return out;
}

/**
 * The text's lines and its header. Only where no header reads from the phrases that wide gaps part are the one-space
 * gaps running down the page tried as well («№ п/п Содержание работы» read as one cell names no number column): a
 * header that reads already keeps its cells as they are.
 */
function headerBand(lines: readonly string[]): { textLines: Line[]; band: ReturnType<typeof findHeaderBand> } {
  const plain = groupLines(lineWords(lines, 1));
  const band = findHeaderBand(plain, PHRASE_GAP, tableHeaderVerdict, HEADER_SCAN, [], titleLike);
  if (band) return { textLines: plain, band };
  const scan = Array.from({ length: Math.min(lines.length, HEADER_SCAN) }, (_, i) => ({ judged: [i], last: i, captions: [i, i + 1, i + 2] }));
  const textLines = groupLines(lineWords(lines, 1, { ...NO_GEOMETRY, gutters: headerGutters(lines, scan, isCaption, oneCaption, twoCaptions) }));
  return { textLines, band: findHeaderBand(textLines, PHRASE_GAP, tableHeaderVerdict, HEADER_SCAN, [], titleLike) };
}

const ORDINAL = /^[IVX]{1,4}\.?$/u;
const UNIT = /^(кв\.?|квартал|полуг\.?|полугодие|мес\.?|месяц)$/iu;

/** A schedule grid's period caption, or a piece of one stacked over its unit («I» over «кв.»), as a word. */
function isCaption(word: string): boolean {
  return periodCaption(word.replace(/[()]/g, "")) !== null || ORDINAL.test(word) || UNIT.test(word);
}

/**
 * The two sides of a header's one-space gap are one caption where the words go on in lower case and both name the same
 * plan column («Ответственный исполнитель», «№ п/п», «Ожидаемый результат»), or the rest names none alone and the
 * whole names the first word's («Срок исполнения», «Сроки реализации»): a plan has one column of each, and a column's
 * caption opens with a capital. The rows' gap runs under such a caption's space by chance where every cell on the
 * page has a space there («к 14 августа», «2024 год»). Sub-captions of two columns («окончание исполнитель») stay
 * apart, and so do the add-in's own columns, which one key names («начало окончание»).
 */
function oneCaption(before: string, after: string): boolean {
  const key = matchHeader(before);
  if (!PLAN_KEYS.includes(key as PlanKey) || !/^\p{Ll}/u.test(after)) return false;
  const rest = matchHeader(after);
  return rest === key || (rest === null && matchHeader(`${before} ${after}`) === key);
}

/**
 * The two sides of a header's one-space gap are two columns' captions where each names a plan column of its own and
 * the second opens with a capital, as a caption does («Ответственные Форма отчёта»: the first fills its column).
 */
function twoCaptions(before: string, after: string): boolean {
  const left = matchHeader(before);
  const right = matchHeader(after);
  return PLAN_KEYS.includes(left as PlanKey) && PLAN_KEYS.includes(right as PlanKey) && left !== right && /^\p{Lu}/u.test(after);
}

/**
 * A schedule grid's line of period captions under the header («I кв. II кв.», or the ordinals «I II III IV» stacked
 * over «кв. кв. кв. кв.»), beside another caption's wrapped words or not: header text, though its first word reads as
 * a number and one phrase of it may run over the next column's caption.
 */
function periodCaptionsLine(line: Line): boolean {
  const words = line.words.map((w) => w.text);
  // Beside the grid a text column's caption may go on in lower case («Ответственные» / «исполнители»): no caption of the grid.
  const texts = words.filter((t) => !wrappedCaption(t));
  if (texts.length < Math.min(2, words.length)) return false;
  if (texts.length >= 2 && (texts.every((t) => ORDINAL.test(t)) || texts.every((t) => UNIT.test(t)))) return true;
  for (let i = 0; i < texts.length; ) {
    if (periodCaption(texts[i])) i += 1;
    else if (i + 1 < texts.length && periodCaption(`${texts[i]} ${texts[i + 1]}`)) i += 2;
    else return false;
  }
  return true;
}

/**
 * A line of period captions under a year's caption of the header above it («I квартал II квартал» under «2026 год»),
 * a blank line below it or not: Calc sets a header's rows as tall as their tallest cell and centres the others in
 * theirs, and `pdftotext -layout` leaves the space between a year and its shorter captions as a blank line.
 */
function underYear(line: Line, above: readonly { x0: number; x1: number; text: string }[]): boolean {
  const x0 = line.words[0].x;
  const x1 = Math.max(...line.words.map((w) => w.x + w.width));
  return above.some((c) => c.x0 < x1 && c.x1 > x0 && yearInHeader(c.text) !== null);
}

/** A word of a caption's wrapped line: lower case, and no period or period unit («исполнители», «мероприятия»). */
function wrappedCaption(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !UNIT.test(word) && periodCaption(word) === null;
}

/**
 * A line that is one phrase over more than one of the header's columns (each from its cell to the next cell): a
 * heading across the table, no header text. A phrase centred under one caption and no wider than its column is that
 * caption's wrapped line, though it reach into the column before: a caption merged over two sub-columns («Сроки
 * реализации» over «дата начала | дата окончания») widens the first, and the second's «окончания» under its «дата»
 * starts inside it.
 */
function acrossCells(line: Line, cells: readonly { x0: number; x1: number }[]): boolean {
  const p = phrases(line, PHRASE_GAP);
  if (p.length !== 1) return false;
  const reach = (i: number) => cells[i + 1]?.x0 ?? cells[i].x1;
  const underOne = cells.some((c, i) => p[0].x1 - p[0].x0 <= reach(i) - c.x0 && Math.abs(p[0].x0 + p[0].x1 - (c.x0 + c.x1)) <= 2 * PHRASE_GAP);
  return !underOne && cells.filter((c, i) => c.x0 < p[0].x1 && reach(i) > p[0].x0).length > 1;
}

/**
 * Words at character offsets, lines as the geometry places them. `moves` lifts a line's first word (a row's number) to its row's first line; there it
 * stands apart from the name beside it, as in a cell of its own (pdftotext leaves one space between a narrow number
 * column and the name, and a number and a name as one phrase read as a title across the table).
 */
/**
 * A word of fixed-width text: what spaces part, but a sum with its thousands parted by a space («14 811,0»,
 * «1 440») is one, as a PDF's text run keeps it: one space before it may be all that parts it from the cell to its left.
 */
const WORD = /\d{1,3}(?: \d{3})+(?:,\d+)?(?!\S)|\S+/g;

function lineWords(lines: readonly string[], firstLine: number, geometry: TextGeometry = NO_GEOMETRY): PositionedWord[] {
  const { moves, bodyFrom, apart, gutters, broken, touching, headingNumbers } = geometry;
  const words: PositionedWord[] = [];
  // A broken number is read whole where it starts; its rest leaves its line, which closes up where it held nothing else.
  const wholeAt = new Map([...broken.values()].map((b) => [b.head, b.text]));
  const restOnly = [...broken.keys()].filter((i) => lines[i].trim().split(/\s+/).length === 1);
  // A line that held only its number is gone once the number moves: the row's lines close up over it. A number's
  // line that leaves a hole in a cell (text above and below it in one place, none on it) was printed half a line
  // down, between its row's lines (cells centred, an even count of lines): it goes back there, the lines close up.
  const emptied = [...moves.keys()].filter((i) => lines[i].trim().split(/\s+/).length === 1).sort((a, b) => a - b);
  const halves = new Set([...moves.keys()].filter((i) => !emptied.includes(i) && holeAt(lines, i)));
  const closed = [...emptied, ...halves, ...restOnly];
  const yOf = (i: number) => i - closed.filter((e) => e < i).length - (halves.has(i) ? 0.5 : 0) + (bodyFrom !== null && i >= bodyFrom ? apart : 0);
  let page = 1;
  lines.forEach((raw, i) => {
    page += (raw.match(/\f/g) ?? []).length;
    const line = raw.replace(/\f/g, "");
    let first = true;
    for (const m of cutAt(line.matchAll(WORD), touching.get(i))) {
      const cleaned = cleanText(m[0]);
      if (cleaned === "") continue;
      const opening = first;
      first = false;
      if (opening && broken.has(i)) continue;
      const text = opening ? (wholeAt.get(i) ?? cleaned) : cleaned;
      const to = opening ? moves.get(i) : undefined;
      const numberAt = opening ? headingNumbers.get(i) : undefined;
      if (numberAt !== undefined) {
        words.push({ text, x: numberAt, y: yOf(i), width: Math.min(m[0].length, m.index! - numberAt - PHRASE_GAP - 0.5), height: 1, page, row: firstLine + i });
        continue;
      }
      if (to === undefined) {
        const endsPhrase = gutters.get(i)?.has(m.index! + m[0].length) === true;
        words.push({ text, x: m.index!, y: yOf(i), width: m[0].length, height: 1, page, row: firstLine + i, ...(endsPhrase ? { endsPhrase } : {}) });
        continue;
      }
      const beside = lines[to].replace(/\f/g, "").slice(m.index!).search(/\S/);
      const width = beside < 0 ? m[0].length : Math.max(1, Math.min(m[0].length, beside - PHRASE_GAP - 0.5));
      words.push({ text, x: m.index!, y: yOf(to), width, height: 1, page, row: firstLine + to });
    }
  });
  return words;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A line's words (matches of WORD), each cut in two at any of `cuts` that falls inside it (touchingCells). */
function* cutAt(words: Iterable<RegExpMatchArray>, cuts: readonly number[] = []): Generator<{ 0: string; index: number }> {
  for (const m of words) {
    let from = m.index!;
    for (const x of cuts.filter((c) => c > m.index! && c < m.index! + m[0].length)) {
      yield { 0: m[0].slice(from - m.index!, x - m.index!), index: from };
      from = x;
    }
    yield { 0: m[0].slice(from - m.index!), index: from };
  }
}

/** Line i has nothing where the lines above and below it both have text (phrases two spaces apart). */
function holeAt(lines: readonly string[], i: number): boolean {
  const pieces = (k: number) => [...(lines[k] ?? "").replace(/\f/g, "").matchAll(/\S+(?: \S+)*/g)].map((m) => ({ x0: m.index!, x1: m.index! + m[0].length }));
  const meets = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1;
  const [above, here, below] = [pieces(i - 1), pieces(i), pieces(i + 1)];
  return above.some((a) => below.some((b) => meets(a, b) && !here.some((h) => meets(h, a) || meets(h, b))));
}
