import { MONTH_WORD } from "../../plan/deadline/months";
import { parseItemNumber, sectionMarker } from "../../plan/structure/numbering";
import { isFunctionWord } from "./columnExtents";
import { phrases } from "./groupLines";
import type { Line, RulingLine } from "./types";
import { rulesAcross } from "./verticalRules";

/**
 * A schedule grid's mark (a cross, a plus, a tick, a dot): a cell of its own, which never leads the words after it
 * into the next column, one space apart though they may be («х сведения о …» at a grid's last column).
 */
const GRID_MARK = /^[xх×✕✖+v✓✔√☑●•■▪◆*]$/iu;

/** How far from a column's separator a vertical rule still draws its border (points). */
const RULE_AT = 2;

/** A line cut into column cells. */
export interface LineCells {
  readonly line: Line;
  /** Text per column ("" where the line has none). */
  readonly cells: string[];
  /** Where each cell's text lies on the line and how many words it has (null where the cell is empty). */
  readonly extents: (CellExtent | null)[];
  /**
   * A title or section row written across the table: some word crosses a column boundary and the line was cut at
   * none. A line cut into several cells with one word running over a boundary is a table row whose text overflows (or
   * whose estimated word positions are off), never a title: its wrapped lines stay in their columns.
   */
  readonly spanning: boolean;
}

export interface CellExtent {
  readonly x0: number;
  readonly x1: number;
  readonly words: number;
  /**
   * The cell's text goes on into the next cell's as one phrase (one text run of a PDF, or a title over the columns
   * after its label): a title cut at a boundary, or a cell's text running over. Its end is no measure of the column.
   */
  readonly runsOver: boolean;
}

/**
 * Cuts a line at the column separators, but only where a separator falls in the gap between two words: text that
 * runs over a boundary (a section title across the table) stays one cell, in the column where it starts. Nothing of
 * the line is lost or reordered. A line that is one phrase from the first column over a boundary is a title across
 * the table: one cell, whatever gaps between its words happen to meet a boundary, unless a vertical ruling line
 * runs between two of its words (`verticals`, the page's): a title's merged cell has no border inside, while a number
 * printed close to a name in the next cell only looks like one phrase with it.
 */
export function splitLine(line: Line, separators: readonly number[], tolerance: number, gap: number, snap = 0, verticals: readonly RulingLine[] = [], table?: TableSpan): LineCells {
  const cells: string[] = new Array(separators.length + 1).fill("");
  const extents: (CellExtent | null)[] = new Array(separators.length + 1).fill(null);
  const put = (column: number, text: string, x0: number, x1: number, words: number) => {
    const e = extents[column];
    cells[column] = cells[column] ? `${cells[column]} ${text}` : text;
    extents[column] = e ? { ...e, x0: Math.min(e.x0, x0), x1: Math.max(e.x1, x1), words: e.words + words } : { x0, x1, words, runsOver: false };
  };
  const wordsIn = (text: string) => text.split(/\s+/).length;
  const single = phrases(line, gap);
  const across = rulesAcross(line, verticals);
  // A run still crossing a border is one cell's text running over the empty cells beside it (splitRunsAtRules cut
  // the runs that join two cells' texts): its words stay in its cell, whatever borders meet the gaps between them.
  const overflowing = overflowingRuns(line, across);
  const insideOverflow = (x: number) => [...overflowing.values()].some((o) => o.x0 < x && o.x1 > x);
  // A border between two words parts them; a rule drawn through a word is no border there (a line drawn down the
  // whole page through merged cells), nor one drawn through overflowing text.
  const ruled = (x0: number, x1: number) =>
    across.some((r) => r.x0 > x0 && r.x0 < x1 && !insideOverflow(r.x0) && !line.words.some((w) => w.x < r.x0 && w.x + w.width > r.x0));
  // A centred line that keeps to the columns by chance is still a heading where its words say so («Задача 1.2. …»).
  const centredTitle = (p: Phrase) => centredOver(p, table, snap > 0) && (!fitsColumns(line, separators, tolerance, snap) || sectionMarker(p.text)?.explicit === true);
  if (single.length === 1 && (single[0].x0 < separators[0] || centredTitle(single[0])) && separators.some((s) => single[0].x0 < s && single[0].x1 > s) && !ruled(single[0].x0, single[0].x1)) {
    return titleCells(line, separators, tolerance);
  }
  const labelled = labelledTitle(single, line.words, separators, tolerance, snap, across.length > 0 || verticals.length > 0);
  if (labelled && !ruled(labelled[1].x0, labelled[1].x1)) {
    for (const p of labelled) put(columnOf(p.x0 + tolerance, separators), p.text, p.x0, p.x1, wordsIn(p.text));
    const title = columnOf(labelled[1].x0 + tolerance, separators);
    extents[title] = { ...extents[title]!, runsOver: true };
    return { line, cells, extents, spanning: false };
  }
  // A row merged over the table only after the label and its title: a section's number in the № cell stays its own
  // cell, whatever borders the row draws.
  const extent = { x0: line.words[0].x, x1: Math.max(...line.words.map((w) => w.x + w.width)) };
  if ((extent.x0 < separators[0] || centredOver(extent, table)) && mergedAcross(line, verticals, across)) return titleCells(line, separators, tolerance);
  // A ruled table draws a border at a column's edge on every row but where a cell is merged over it («по мере
  // обращения» over «начало | окончание»): one text run crossing such a place is the merged cell's, not two cells.
  const bordered = (s: number) => (rules: readonly RulingLine[]) => rules.some((r) => Math.abs(r.x0 - s) <= RULE_AT);
  const mergedAt = (s: number, k: number) =>
    k > 0 && line.words[k].run !== undefined && line.words[k].run === line.words[k - 1].run && bordered(s)(verticals) && !bordered(s)(across);
  const leads = snap > 0 ? deadlineLeads(line, separators, tolerance, gap) : new Map<number, number>();
  let spanning = false;
  let column = -1;
  let previousEnd = -Infinity;
  let previousRun: number | undefined;
  let previousOverflow = false;
  line.words.forEach((w, k) => {
    const overflowGoesOn = w.run !== undefined && w.run === previousRun && overflowing.has(w.run);
    previousRun = w.run;
    const start = w.x;
    const end = w.x + w.width;
    // A short word that starts a phrase a character or two before a boundary («в течение …», «не менее …») need not
    // reach over it itself: its phrase does, and the phrase is the next column's cell (text saved with its layout).
    // A row's number that opens its line is the first column's, one space before the next cell's text though it be.
    const opensRow = k === 0 && parseItemNumber(w.text) !== null;
    const led =
      snap > 0 && start - previousEnd > gap && !GRID_MARK.test(w.text)
        ? separators.find((s, i) => start < s && s - start <= snap && phraseEnd(line, k, gap) > s + tolerance && !(opensRow && i === 0))
        : undefined;
    const crossed = separators.find((s) => start < s && end > s + tolerance) ?? led;
    // Text copied with its layout moves a cell's text over a boundary, either way. A word that starts a phrase begins
    // the next column when it starts just before the boundary or lies mostly past the column's edge (the boundary sits
    // `tolerance` before it); a word inside a phrase only when both. A word that ends just past the boundary
    // overflows its own cell, and the boundary is in the gap after it. PDF positions are exact (snap 0): no moving.
    const edge = crossed === undefined ? 0 : crossed + tolerance;
    const near = crossed !== undefined && crossed - start <= snap;
    const mostlyPast = end - edge > edge - start;
    const phraseStart = start - previousEnd > gap;
    // A capitalised word glued to the cell before across the edge, the phrase after it going on past the edge in
    // lower case («Орлов Стажировку прошли 12 педагогов», the result's column starting inside «Стажировку»): the next
    // cell's first word, squeezed left by more than the layout's usual character or two.
    const opensNext = !phraseStart && crossed !== undefined && CAPITALISED.test(w.text) && lowerAfter(line, k, gap, crossed);
    const snapped = crossed !== undefined && snap > 0 && start > previousEnd && (phraseStart ? near || mostlyPast : (near && mostlyPast) || opensNext);
    const overflow = crossed !== undefined && !snapped && end - crossed <= snap;
    if (!snapped && !overflow && separators.some((s) => start < s - tolerance && end > s + tolerance)) spanning = true;
    // A preposition or conjunction glued after a word that overflowed its cell, and ending the phrase there (a wide gap
    // or the line's end after it), ends that cell's line («на период до 2035 года с» / «учётом»): no cell's line opens
    // with it and stops.
    const gluedToPrevious = k > 0 && start - (line.words[k - 1].x + line.words[k - 1].width) <= gap;
    const endsOverflow = previousOverflow && gluedToPrevious && isFunctionWord(w.text) && !/^\p{Lu}/u.test(w.text.trim()) && phraseEnd(line, k, gap) === end;
    const boundaryInGap =
      !overflowGoesOn && !endsOverflow && (column < 0 || snapped || separators.some((s) => s >= previousEnd - tolerance && s <= start + tolerance && !mergedAt(s, k)));
    const before = column;
    if (boundaryInGap) column = Math.max(column, columnOf(opensNext && crossed !== undefined ? crossed + tolerance : snapped ? start + snap : start + tolerance, separators));
    const opened = leads.get(k);
    if (opened !== undefined) column = Math.max(column, opened);
    if (before >= 0 && column !== before && w.run !== undefined && w.run === line.words[k - 1].run) extents[before] = { ...extents[before]!, runsOver: true };
    put(column, w.text.trim(), start, end, 1);
    previousEnd = overflow ? crossed - tolerance : end;
    previousOverflow = overflow;
  });
  return { line, cells, extents, spanning: spanning && cells.filter(Boolean).length === 1 };
}

/**
 * A line written in one cell merged over columns of a ruled table, whatever the gaps between its words (a justified
 * «Цель: …» row over the whole table, its words spread over the columns' edges as over no edge): no border runs
 * through the line under its text, and some column's border is drawn above it and below it there, broken for it.
 * Where the rules stop above or under a line (the table ended: signatures; a header ruled alone) nothing is known.
 * The caller asks it of a line from the first column or centred over the table, as a row merged over the table is
 * written (a cell merged over two columns alone on its line is a row's, not a heading).
 */
function mergedAcross(line: Line, verticals: readonly RulingLine[], across: readonly RulingLine[]): boolean {
  const x0 = line.words[0].x;
  const x1 = Math.max(...line.words.map((w) => w.x + w.width));
  const inside = (r: RulingLine) => r.x0 > x0 && r.x0 < x1;
  if (across.some(inside)) return false;
  const below = verticals.filter((r) => inside(r) && Math.min(r.y0, r.y1) > line.bottom);
  return verticals.some((r) => inside(r) && Math.max(r.y0, r.y1) < line.top && below.some((b) => Math.abs(b.x0 - r.x0) <= RULE_AT));
}

/**
 * A line that is a title across the table, as one cell: all its text in the column where it starts, the row written
 * across the table from there.
 */
export function titleCells(line: Line, separators: readonly number[], tolerance: number): LineCells {
  const cells: string[] = new Array(separators.length + 1).fill("");
  const extents: (CellExtent | null)[] = new Array(separators.length + 1).fill(null);
  const x0 = line.words[0].x;
  const x1 = Math.max(...line.words.map((w) => w.x + w.width));
  const column = columnOf(x0 + tolerance, separators);
  cells[column] = line.words.map((w) => w.text.trim()).join(" ");
  extents[column] = { x0, x1, words: cells[column].split(/\s+/).length, runsOver: false };
  return { line, cells, extents, spanning: true };
}

/** The line's text runs that a vertical rule crosses between two of their words, with their extents, by run. */
function overflowingRuns(line: Line, across: readonly RulingLine[]): Map<number, { x0: number; x1: number }> {
  const extents = new Map<number, { x0: number; x1: number; words: number }>();
  if (across.length === 0) return extents;
  for (const w of line.words) {
    if (w.run === undefined) continue;
    const e = extents.get(w.run);
    if (e) {
      e.x0 = Math.min(e.x0, w.x);
      e.x1 = Math.max(e.x1, w.x + w.width);
      e.words++;
    } else extents.set(w.run, { x0: w.x, x1: w.x + w.width, words: 1 });
  }
  for (const [run, e] of extents) if (e.words < 2 || !across.some((r) => r.x0 > e.x0 && r.x0 < e.x1)) extents.delete(run);
  return extents;
}

/**
 * A deadline's opening words («до», «не позднее», «в» before «течение») pushed left of their column by the line's text before
 * them, one space from it, while the date after them stands at the column's edge: text saved with its layout sets a
 * line's words after what it holds to their left («педагогом, до 15 сентября», the deadline's cell starting at «15»).
 * The boundary falls in the gap before the date, but a deadline's preposition neither ends another cell's line nor
 * leaves its date: the words from the preposition on are the next column's. For each such preposition's first word,
 * the column it opens. Only before a day and month, a date in figures or a month: a name's line may end on «до» before
 * its next line (the generated layout texts have «по» / «итогам» beside a deadline «2024 год» so).
 */
function deadlineLeads(line: Line, separators: readonly number[], tolerance: number, gap: number): Map<number, number> {
  const out = new Map<number, number>();
  const words = line.words;
  const endOf = (k: number) => words[k].x + words[k].width;
  const glued = (k: number) => k > 0 && words[k].x - endOf(k - 1) <= gap;
  const cutBefore = (k: number) => separators.find((s) => s >= endOf(k - 1) - tolerance && s <= words[k].x + tolerance);
  for (let k = 2; k < words.length; k++) {
    const s = cutBefore(k);
    if (s === undefined || !glued(k)) continue;
    const after = words.slice(k, k + 2).map((w) => w.text);
    const lead = DEADLINE_LEADS.find((l) => l.starts(after));
    const opener = lead && [2, 1].find((n) => k - n >= 1 && lead.opener.test(words.slice(k - n, k).map((w) => w.text).join(" ")));
    if (opener === undefined) continue;
    const first = k - opener;
    // The opener goes on the text before it on its line, in the cell the boundary ends.
    if (!glued(first) || words.slice(first + 1, k).some((_, j) => !glued(first + 1 + j) || cutBefore(first + 1 + j) !== undefined)) continue;
    out.set(first, columnOf(s + tolerance, separators));
  }
  return out;
}

/**
 * The words that open a deadline before its date and that a name's line does not end on as often as on «по», «с», «к»
 * («по итогам», «работа с», «подготовка к»): those stay where the boundary puts them.
 */
const DEADLINE_OPENER = /^(до|не позднее|не ранее)$/iu;

/**
 * A deadline's opening words and what must stand past the boundary after them: a date (startsDate) after «до», «не
 * позднее»; the span's noun after «в» («главный специалист В | течении года»: no cell opens with «течение» alone).
 */
const DEADLINE_LEADS: readonly { readonly opener: RegExp; readonly starts: (words: readonly string[]) => boolean }[] = [
  { opener: DEADLINE_OPENER, starts: (words) => startsDate(words) },
  { opener: /^в$/iu, starts: ([first]) => /^течени[еи]$/iu.test(first ?? "") },
];
const MONTH = new RegExp(`^${MONTH_WORD}[.,;]?$`, "iu");

/**
 * A date starts at these words: a day and its month («15 сентября»), a date in figures («01.09.2027»), a month. A
 * year or a count alone («2024 год», «3 лет») may as well go on a name's phrase that broke after «до».
 */
function startsDate([first, second]: readonly string[]): boolean {
  return MONTH.test(first) || /^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?[.,;]?$/u.test(first) || (/^\d{1,2}$/u.test(first) && second !== undefined && MONTH.test(second));
}

/**
 * A section row whose number stands in its own column and whose title fills a cell merged over the columns after it
 * («3. | Профессиональное развитие …»): a short label alone in one column, then one phrase that starts in the next
 * column and runs over a boundary. A gap between the title's words that meets another row's boundary does not cut it.
 * Only where the evidence is firm: in a ruled PDF table (the caller checks that no rule runs between its words), or
 * in fixed-width text over two boundaries at least, one of them through a word (cells one space apart make one phrase
 * whose boundaries all fall in its gaps).
 */
function labelledTitle(single: readonly Phrase[], words: Line["words"], separators: readonly number[], tolerance: number, snap: number, ruledTable: boolean): readonly Phrase[] | undefined {
  if (single.length !== 2 || !(snap > 0 || ruledTable)) return undefined;
  const [label, title] = single;
  const labelColumn = columnOf(label.x0 + tolerance, separators);
  if (label.text.includes(" ") || label.text.length > 6 || columnOf(label.x1 - tolerance, separators) !== labelColumn) return undefined;
  if (columnOf(title.x0 + Math.max(tolerance, snap), separators) !== labelColumn + 1) return undefined;
  const crossed = separators.filter((s) => title.x0 + Math.max(tolerance, snap) < s && title.x1 - tolerance > s);
  if (snap === 0) return crossed.length >= 1 ? single : undefined;
  // Cells one space apart make one phrase too, their boundaries in the gaps: a title runs through a word somewhere.
  const throughWord = crossed.some((s) => words.some((w) => w.x >= title.x0 && s - w.x > snap && w.x + w.width - s > snap));
  return crossed.length >= 2 && throughWord ? single : undefined;
}

type Phrase = ReturnType<typeof phrases>[number];

/** A word with a capital and lower-case letters after it («Стажировку», «Приказ»), no abbreviation or initials. */
const CAPITALISED = /^[«"]?\p{Lu}\p{Ll}{2,}/u;

/** The line's word after the k-th one goes on its phrase in lower case, past the edge `edge`. */
function lowerAfter(line: Line, k: number, gap: number, edge: number): boolean {
  const next = line.words[k + 1];
  return next !== undefined && next.x > edge && next.x - (line.words[k].x + line.words[k].width) <= gap && /^\p{Ll}/u.test(next.text);
}

/** Where the phrase that starts at the line's k-th word ends. */
function phraseEnd(line: Line, k: number, gap: number): number {
  let end = line.words[k].x + line.words[k].width;
  for (let j = k + 1; j < line.words.length && !line.words[j - 1].endsPhrase && line.words[j].x - end <= gap; j++) end = Math.max(end, line.words[j].x + line.words[j].width);
  return end;
}

/** The table's left and right edges (its header's first and last cells). */
export interface TableSpan {
  readonly x0: number;
  readonly x1: number;
}

/**
 * A heading centred over the table (Word's merged row «по центру») starts inside some column, not the first; its
 * middle is the table's, which a row's text in one cell running over a border never is by more than chance. A
 * heading a quarter of the table wide at least, or (`short`, where its words are judged against the columns too, as
 * in fixed-width text) a tenth.
 */
export function centredOver(phrase: { x0: number; x1: number }, table: TableSpan | undefined, short = false): boolean {
  if (!table) return false;
  const width = table.x1 - table.x0;
  return Math.abs((phrase.x0 + phrase.x1) / 2 - (table.x0 + table.x1) / 2) < 0.06 * width && phrase.x1 - phrase.x0 > (short ? 0.1 : 0.25) * width;
}

/**
 * Whether a line of fixed-width text keeps to the columns, as a row's lines do: it starts at a column's left edge
 * (cells are set left) and every boundary it spans falls between two words. Such text can centre a row's full line
 * over the table by chance (cells one space apart); a heading starts wherever centring puts it and its words run over
 * the boundaries wherever they fall. PDF positions are exact (snap 0): no line is taken for a row so.
 */
function fitsColumns(line: Line, separators: readonly number[], tolerance: number, snap: number): boolean {
  if (snap === 0) return false;
  const x0 = line.words[0].x;
  if (!separators.some((s) => Math.abs(x0 - s) <= snap)) return false;
  // A word starting a character or two before a boundary is the next cell's, moved left by the layout (splitLine
  // snaps it over): only a word that starts further back runs over the boundary.
  return line.words.every((w) => !separators.some((s) => s - w.x > snap && w.x + w.width - s > tolerance));
}

function columnOf(x: number, separators: readonly number[]): number {
  let c = 0;
  while (c < separators.length && x > separators[c]) c++;
  return c;
}
