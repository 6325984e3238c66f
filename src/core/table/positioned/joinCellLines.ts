import { joinParts } from "../../text/joinParts";
import { endsAsWholeWord, endsAsWordsEnd } from "../../text/wholeWordEnding";
import { glueBrokenWords, joinsBrokenWord } from "../../text/joinBrokenWord";

/** One line of a cell's text and where it lies on the page (any unit: PDF points, or characters of a text). */
export interface CellLine {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Words of the cell on this line. */
  readonly words: number;
  /** The line's text runs on into the next cell's as one phrase: its end is no measure of the column (splitLine). */
  readonly runsOver?: boolean;
}

/**
 * Letters that proportional fonts draw about half as wide again as the average letter (Times, Liberation Serif, Arial),
 * and by how much: a piece broken before one of them ends further from the column's edge. Only those that start few
 * words or none («ы» «ш» «щ» «ж» «ю»; not «м», «методист»): the allowance must not make a whole word a piece.
 */
const WIDE_LETTER = /^[жшщыю]/u;
const WIDE = 1.5;

/**
 * Letters in the longest Russian words met in documents («общеобразовательных» 19, «человеконенавистничество» 24): two
 * whole words, each long enough to fill a line alone («укомплектованности» / «образовательных»), make more.
 */
const LONGEST_WORD = 24;

/** How much wider than the piece its rest may print alone (proportional letters set as characters, rounding). */
const WIDER_REST = 1.25;

/** Where the column ends for one of its lines: fixed-width text sets each line on its own (lineRightEdge). */
export type RightEdge = (line: CellLine) => number;

const letters = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;

/**
 * Whether `next` goes on with a word that `line` broke at the cell's right edge without a hyphen, as Word and Writer
 * break a word longer than a narrow column («Централизованна» / «я бухгалтерия»). The printer's rule is the evidence:
 * a word is broken only when it does not fit on a line by itself, so the piece is alone on its line, a letter ends it
 * and it fills the cell to its right edge (`right`); the next line starts with a lowercase letter where the cell's
 * lines start (at the piece's left edge, or centred or right-aligned with it). A whole word alone on a full line
 * whose next word did not fit looks the same, so the words' shape decides: a piece that ends as whole words end is
 * one, and so are two pieces that would make a word longer than Russian words are; a rest that may be a word is
 * one whatever the edge (joinsBrokenWord). Anything else is two words.
 * `word`: the word the piece ends, with the pieces already joined before it (a word broken over three lines); `rest`:
 * the text the next line opens, read on over a hyphen that ends it (joinCellLines); `centring`: how much further
 * apart (in the lines' unit) centred lines' centres may stand; `restEndsText`: the next line is the cell's last.
 */
export function continuesBrokenWord(line: CellLine, next: CellLine, right: number | RightEdge, word = line.text, rest = next.text, centring = 0, restEndsText = false): boolean {
  if (line.words !== 1 || !/\p{L}$/u.test(line.text) || !/^\p{Ll}/u.test(rest)) return false;
  // A hyphenated word's parts are words of their own: «Информационн» / «о-методический» makes «Информационно» long.
  if (letters(word) + letters(rest.split(/[\s-]/)[0]) > LONGEST_WORD) return false;
  const char = (line.x1 - line.x0) / [...line.text].length;
  const near = (a: number, b: number) => Math.abs(a - b) <= char;
  // Centred lines: their centres within a character (layout text rounds each line's centre to a character, so a
  // one-letter rest under a piece of odd length stands half a character or one off its centre: «исполнени» / «и»).
  // `centring`: what more the caller allows, in the pages' unit (a caption's centred lines, joinHeaderLines).
  const centred = Math.abs(next.x0 + next.x1 - (line.x0 + line.x1)) <= 2 * (char + centring);
  if (!(near(next.x0, line.x0) || centred || near(next.x1, line.x1))) return false;
  // The piece filled its line, so a rest alone on its line is no wider: one much wider («Источник» / «финансирования»,
  // a caption's two words centred) shows a line that had room for more.
  if (next.words === 1 && next.x1 - next.x0 > WIDER_REST * (line.x1 - line.x0) + char) return false;
  // The letter that did not fit is the next line's first: a wide one («ы», «ш») leaves more of the line empty.
  const missing = WIDE_LETTER.test(rest) ? WIDE * char : char;
  // A piece may end as whole words end («финансиров» / «ания»): a rest that is no word alone still finishes it.
  const edge = typeof right === "number" ? right : right(line);
  return joinsBrokenWord(line.text, rest, {
    shortOfEdge: (edge - line.x1) / missing,
    pieceEndsWhole: endsAsWordsEnd(line.text),
    joinedEndsWhole: endsAsWholeWord(word + rest.split(/\s/)[0]),
    restEndsText,
  });
}

/**
 * Whether `next`, a cell's last line, ends an abbreviation in capitals a narrow column broke («ДО» / «О»: «ДОО», an
 * organisation's type): the piece is the line's one word, in capitals, and reaches the cell's right edge; the rest is
 * a capital or two alone. No phrase ends with a capital letter alone.
 */
export function endsBrokenAbbreviation(line: CellLine, next: CellLine, right: number | RightEdge): boolean {
  if (line.words !== 1 || !/^\p{Lu}{2,}$/u.test(line.text) || !/^\p{Lu}{1,2}$/u.test(next.text)) return false;
  const char = (line.x1 - line.x0) / [...line.text].length;
  const edge = typeof right === "number" ? right : right(line);
  return edge - line.x1 <= WIDE * char;
}

/**
 * Whether `next`, a cell's last line, ends a number a column too narrow for it broke («1» / «8»: 18 hours, «0,» /
 * «5»): the piece is a short number alone on its line reaching the cell's right edge, the rest a digit or two. Two
 * numbers of a cell each on its line (years, a list) do not both fit a column one digit wide.
 */
export function endsBrokenNumber(line: CellLine, next: CellLine, right: number | RightEdge): boolean {
  if (line.words !== 1 || !/^\d{1,3}[,.]?$/u.test(line.text) || !/^\d{1,2}$/u.test(next.text)) return false;
  const char = (line.x1 - line.x0) / [...line.text].length;
  const edge = typeof right === "number" ? right : right(line);
  return edge - line.x1 <= WIDE * char;
}

/**
 * The wrapped lines of one cell as one text: a word broken at the cell's edge without a hyphen is joined back
 * (continuesBrokenWord), the rest as joinParts joins pieces (a space, a hyphenated word rejoined, with `sentences` a
 * new sentence on a new line). `right`: the column's right edge (columnRightEdge), or each line's (lineRightEdge).
 */
export function joinCellLines(lines: readonly CellLine[], right: number | RightEdge, opts?: { sentences?: boolean }): string {
  // A rest cut after its hyphen («Информацион» / «но-» / «методический») reads on with the compound's other half, which
  // joinParts glues to it: «но-методический» is no word, where «но-» alone might be «но».
  const rest = (i: number) => (/\p{L}-$/u.test(lines[i].text) && i + 1 < lines.length ? lines[i].text + lines[i + 1].text : lines[i].text);
  const { parts } = glueBrokenWords(
    lines.map((l) => l.text),
    (i, word) => continuesBrokenWord(lines[i - 1], lines[i], right, word, rest(i), 0, i === lines.length - 1) || (i === lines.length - 1 && endsBroken(lines[i - 1], lines[i], right)),
  );
  return joinParts(parts, opts);
}

/** A cell's last line ending what the line above began: an abbreviation or a number a narrow column broke. */
const endsBroken = (line: CellLine, next: CellLine, right: number | RightEdge): boolean => endsBrokenAbbreviation(line, next, right) || endsBrokenNumber(line, next, right);

/**
 * A column's right edge as far as its cells' lines reach (lines written across the table left out), short of `next`,
 * where the next column's text starts: a line that runs over into it (a heading in a cell merged over the columns
 * after it, a title cut at a boundary) is no measure of this column. Null where it has no line.
 */
export function columnRightEdge(cells: readonly (readonly CellLine[])[], next = Infinity): number | null {
  let reach = -Infinity;
  for (const cell of cells) for (const l of cell) if (l.x1 <= next && !l.runsOver) reach = Math.max(reach, l.x1);
  return reach === -Infinity ? null : reach;
}

/**
 * The widest of a column's lines (lines written across the table and those running into the next column, at `next`,
 * left out, as in columnRightEdge). Fixed-width text sets each line a character or a few off the next (pdftotext
 * places a line's words after what that line holds to their left): a piece set further left than the line that
 * reaches furthest ends short of the column's edge however full it is («Централизованн» / «ая» three characters
 * short). A full line is as wide as the column wherever it was set (lineRightEdge). Null where the column has no line.
 */
export function columnWidth(cells: readonly (readonly CellLine[])[], next = Infinity): number | null {
  let widest = -Infinity;
  for (const cell of cells) for (const l of cell) if (l.x1 <= next && !l.runsOver) widest = Math.max(widest, l.x1 - l.x0);
  return widest === -Infinity ? null : widest;
}

/** A line's right edge in a column `width` wide (columnWidth): as far right of where the line starts. */
export const lineRightEdge =
  (width: number) =>
  (line: CellLine): number =>
    line.x0 + width;

/** Where a column's text starts: the leftmost of its cells' lines; Infinity where it has none. */
export function columnLeftEdge(cells: readonly (readonly CellLine[])[]): number {
  let left = Infinity;
  for (const cell of cells) for (const l of cell) left = Math.min(left, l.x0);
  return left;
}
