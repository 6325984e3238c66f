/**
 * Lists typed inside a cell: a phrase that announces one with a colon («Проведение мониторинга:», «по темам:») and
 * the items under it, each on a paragraph of its own, opened by a mark («1)», «2.», «а)», «•», «–»). Text without
 * cells gives the items as lines that open like a new cell would (a figure, a dash), and a reader must know them as
 * the same cell's paragraphs.
 */
const ITEM_MARK = /^(?:\d{1,2}[.)]|\p{Ll}\)|[•●▪◦·*]|[-–—](?=\s))\s*\p{L}/u;

/** The line opens a list's item with its mark. */
export function opensListItem(line: string): boolean {
  return ITEM_MARK.test(line.trim());
}

/** The mark that opens a list's item on the line («2.», «б)», «•»), or null. */
function markOf(line: string): string | null {
  return ITEM_MARK.test(line.trim()) ? /^\S+?(?=\s|\p{L})/u.exec(line.trim())![0] : null;
}

/** The mark that follows `mark` in its list: the next number or letter with the same sign after it, a bullet again. */
function nextMark(mark: string): string {
  const m = /^(\d+|\p{Ll})([.)])$/u.exec(mark);
  if (!m) return mark;
  const next = /\d/.test(m[1]) ? String(Number(m[1]) + 1) : String.fromCodePoint(m[1].codePointAt(0)! + 1);
  return next + m[2];
}

/** `next` opens the item after the one `prev` opens, in the same list («1. Современный урок.» / «2. Работа …»). */
export function opensNextItem(prev: string, next: string): boolean {
  const a = markOf(prev);
  const b = markOf(next);
  return a !== null && b !== null && nextMark(a) === b;
}

/** The line ends announcing a list, with a colon: the cell goes on with its items. */
export function announcesList(line: string): boolean {
  return /\p{L}\s*:$/u.test(line.trim());
}

/** The line ends a list's item that another follows, with a semicolon. */
export function endsListItem(line: string): boolean {
  return /;$/u.test(line.trim());
}

/**
 * `text` goes on a list typed in the cell above it: it opens an item right after the phrase that announces the list
 * (`above[0]`, the line right above) or after the list's item before it, among `above` (the cell's lines above it,
 * nearest first).
 */
export function continuesListAbove(text: string, above: readonly string[]): boolean {
  if (!opensListItem(text) || above.length === 0) return false;
  return announcesList(above[0]) || above.some((line) => opensNextItem(line, text));
}
