import { isPhoneAlone, isSignatureText } from "../structure/rowShapes";

/**
 * The head's sign-off under a plan copied as text: the position and the name on one line («Начальник управления
 * образования О.В. Кузнецова»), the blank for the signature between them gone with the page's layout. A copy in
 * drawing order gives it right after the last row's last cell, which would take it in. The same words on a line
 * inside the table are an executor's cell: only the text's last line reads so (segmentRows.bodyEnd), with nothing
 * after it but page numbers.
 */
const HEAD = /^(?:первый\s+)?(?:начальник|заместитель|председатель|директор|глава|руководитель|заведующ(?:ий|ая)|министр|врио|и\.\s?о\.)(?!\p{L})/iu;
/** Initials before the surname, as a signature is typed: «О.В. Кузнецова», «И.С. Воронина-Светлова». */
const NAME_AT_END = /\s[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/u;

export function isSignOff(text: string): boolean {
  const t = text.trim();
  return HEAD.test(t) && NAME_AT_END.test(t);
}

/**
 * The sign-off wrapped over two lines, the head's long position on the first and its end with the name on the second
 * («Начальник управления образования» / «администрации Речного муниципального округа А.С. Воронцова»): the name stands
 * at the right edge on the position's last baseline, never alone on its line as in a narrow executors' cell, where a
 * wrapped position puts the name under it («Заместитель начальника» / «И.И. Иванова»).
 */
export function isWrappedSignOff(first: string, second: string): boolean {
  const [a, b] = [first.trim(), second.trim()];
  return /^\p{Lu}/u.test(a) && HEAD.test(a) && !NAME_AT_END.test(a) && !NAME_ALONE.test(b) && isSignOff(`${a} ${b}`);
}

/**
 * The head's position on one line and the name alone on the next («Начальник управления образования» / «Н.Г.
 * Сорокина»): the name set right by a tab on a line of its own, or moved there where the position filled the line. A
 * narrow executors' cell wraps so too («Заместитель начальника» / «И.И. Иванова»): only where a signature block follows
 * («Исполнитель: …», a phone), which a cell does not run into, does the pair read as the sign-off (segmentRows.bodyEnd).
 */
export function isSplitSignOff(first: string, second: string): boolean {
  const [a, b] = [first.trim(), second.trim()];
  return /^\p{Lu}/u.test(a) && HEAD.test(a) && !NAME_AT_END.test(a) && NAME_ALONE.test(b);
}

/**
 * Whether the lines at `i` and `i + 1` are the head's sign-off over two lines (wrapped, or its name alone on the
 * second) with a line of the signature block right under it («Исполнитель: …», a phone), which no executors' cell
 * runs into (segmentRows.bodyEnd ends the rows so). `texts` are the lines' texts.
 */
export function signOffOverTwoLines(texts: readonly string[], i: number): boolean {
  const [a, b, after] = [texts[i] ?? "", texts[i + 1] ?? "", texts[i + 2] ?? ""];
  return (isWrappedSignOff(a, b) || isSplitSignOff(a, b)) && isSignatureText(after) && !NAME_ALONE.test(after.trim());
}

/** A blank to sign on, alone on its line between the position and the name. */
export const BLANK_TO_SIGN = /^_{3,}$/u;

/**
 * How many lines from `i` the head's sign-off takes where pdftotext without -layout prints it amid the last page's
 * column flows (0 where it does not stand there): a Writer print gives the page's later columns as blocks after its
 * rows, and the sign-off typed under the table, its name pushed right by spaces or a tab, comes between the rows'
 * lines and those blocks, with no «Исполнитель: …» or blank to sign on that says the rows ended. It reads so only where
 * it is certain: the position (on one line, or wrapped onto a second in lower case: «Заместитель главы администрации
 * района» / «по социальным вопросам») and the name alone set apart from it by a blank line, a blank to sign on between
 * them perhaps on a line of its own. The gap before the name makes it a text block of its own; a narrow executors'
 * cell wraps its position over a name too («Заместитель начальника» / «И.И. Иванова»), but a cell's lines are one
 * block, never parted by a blank line. (A sign-off on one line there is left: ending the rows at it hands the blocks
 * after it back to the rows by order, and where a block's lines hold two columns side by side, as lugovoy-2027's,
 * cells a row read right go to the wrong rows.) `parted(k)`: a blank line before line `k`.
 */
export function signOffAmidFlows(texts: readonly string[], i: number, parted: (k: number) => boolean): number {
  const position = positionLines(texts, i, parted);
  if (position === 0) return 0;
  let k = i + position;
  if (k < texts.length && parted(k) && BLANK_TO_SIGN.test(texts[k].trim())) k++;
  return k < texts.length && parted(k) && NAME_ALONE.test(texts[k].trim()) ? k - i + 1 : 0;
}

/**
 * How many lines the head's position takes from `i` with no name after it on its lines (0 where it is no position): a
 * line with a capital that names a head, and its second line where its words go on in lower case, with no figure or
 * name, in the same block («Заместитель главы администрации района» / «по социальным вопросам»).
 */
function positionLines(texts: readonly string[], i: number, parted: (k: number) => boolean): number {
  const a = (texts[i] ?? "").trim();
  if (!/^\p{Lu}/u.test(a) || !HEAD.test(a) || NAME_AT_END.test(a)) return 0;
  const second = (texts[i + 1] ?? "").trim();
  return i + 1 < texts.length && !parted(i + 1) && /^\p{Ll}/u.test(second) && !/\d/.test(second) && !NAME_AT_END.test(` ${second}`) ? 2 : 1;
}

/**
 * The head's sign-off whose name pdftotext without -layout gives far from its position, at the text's end: the name
 * typed at a right tab stop on the page's right margin (Word), after spaces that push it there, or in a cell at the
 * sheet's right (Calc) stands under the table's last column, and pdftotext gives it with that column's flow, after the
 * last page's later columns, while the position, at the left margin, comes among the first columns' lines. It reads so
 * where the position (one line, or wrapped onto a second in lower case) ends its block (a blank line after it, or
 * after the signature's lines typed under it at the left margin: the name beside it went elsewhere) and the text's
 * last line but page furniture (`furniture`) is a name alone after it: a narrow executors' cell that wraps a position
 * over a name gives both in one block, with no blank line between. `null` where it does not stand so, or where a
 * schedule's marks stand between (signOffPlaces); else the position's length and the name's line.
 */
export function signOffAcrossFlows(texts: readonly string[], i: number, parted: (k: number) => boolean, furniture: (k: number) => boolean): { position: number; name: number } | null {
  const at = signOffPlaces(texts, i, parted, furniture);
  // A schedule's marks among the lines between (a план-график's «х» or «+» opening a line): the rows' lines are where
  // its marks come off (scheduleMarks); blocks handed back by column would take them into the cells.
  return at && !at.marked ? { position: at.position, name: at.name } : null;
}

/** Where the sign-off signOffAcrossFlows reads stands, marks between or not. */
export interface SignOffPlaces {
  /** How many lines the position takes, and the line after the signature's lines typed under it in its block. */
  readonly position: number;
  readonly end: number;
  /** The name's line, at the text's end. */
  readonly name: number;
  /** A schedule's marks stand among the lines between (signOffAcrossFlows leaves the sign-off there). */
  readonly marked: boolean;
}

/** The places of the sign-off signOffAcrossFlows reads from `i`, with a schedule's marks between as well. */
export function signOffPlaces(texts: readonly string[], i: number, parted: (k: number) => boolean, furniture: (k: number) => boolean): SignOffPlaces | null {
  const position = positionLines(texts, i, parted);
  // The position's second line may name the district with a capital («Горнозаводского муниципального округа»), where
  // it ends the position's block.
  const second = (texts[i + 1] ?? "").trim();
  const length = position === 1 && i + 2 < texts.length && !parted(i + 1) && parted(i + 2) && /^\p{Lu}\p{Ll}/u.test(second) && !/\d/.test(second) && !HEAD.test(second) && !NAME_AT_END.test(` ${second}`) ? 2 : position;
  // A party in a list of executors ends on «,» or «;»; a position ends without.
  if (length === 0 || /[,;]$/u.test(texts[i + length - 1].trim())) return null;
  // The signature's other lines typed at the left margin under the position («Исп. Рочева Т.А.», the executor's phone)
  // come in its block; the name at the right edge went elsewhere all the same.
  let end = i + length;
  while (end < texts.length && !parted(end) && signsUnder(texts[end], texts[end - 1])) end++;
  if (end === texts.length || !parted(end)) return null;
  let name = texts.length - 1;
  while (name > i && furniture(name)) name--;
  if (name <= i + length || name < end || !NAME_ALONE.test(texts[name].trim())) return null;
  return { position: length, end, name, marked: texts.slice(i + length, name).some((t) => SCHEDULE_MARK.test(t.trim())) };
}

/**
 * A line of the signature under the head's position, not the name: «Исполнитель: …» (isSignatureText), or the
 * executor's phone alone right under it (`above`).
 */
const signsUnder = (text: string, above: string): boolean =>
  !NAME_ALONE.test(text.trim()) && (isSignatureText(text) || (isPhoneAlone(text) && isSignatureText(above)));

/** A schedule grid's mark opening a line («х», «+»), as a план-график's quarters or months are marked. */
const SCHEDULE_MARK = /^[хx+●✓](?:\s|$)/u;

const NAME_ALONE = /^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/u;

/** A name alone on its line, initials first, as a signature's name is typed («С.В. Кузнецов»). */
export const isNameAlone = (text: string): boolean => NAME_ALONE.test(text.trim());

/** A head's position alone on its line, with a capital and no name after it («Начальник управления образования»). */
export function isPositionAlone(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && HEAD.test(t) && !NAME_AT_END.test(t);
}

/**
 * A line typed right under a table that signs it, told from a cell's next paragraph (Word's plain text of a table
 * breaks a row's line at each): the head's sign-off, its position with a capital and the name at its end, or a line
 * with a blank to sign on, «Исполнитель: …», a phone (isSignatureText). A name alone is not one here: an executors'
 * cell has its paragraph too.
 */
export function signsTable(text: string): boolean {
  const t = text.trim();
  return (/^\p{Lu}/u.test(t) && isSignOff(t)) || (isSignatureText(t) && !NAME_ALONE.test(t.replace(/^\/\s*/, "")));
}
