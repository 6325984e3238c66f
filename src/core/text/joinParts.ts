/** Closing punctuation alone on a line: the end of the line above, broken off where a narrow cell had no room («3.1» / «.»). */
const CLOSING_ALONE = /^[.,;:!?)»]+$/;

/** A dash with no space before it, after a digit (a range of numbers, of years) or an en dash after a word. */
const GLUED_DASH = /\d[-–]$|[\p{L}\d]–$/u;

/** A compound's second half with its hyphen, wrapped where a narrow cell had no room for the hyphen («-методический»). */
const HYPHEN_FIRST = /^-\p{Ll}/u;

/**
 * A date a narrow column broke inside its year («21.08.202» / «6»): Word and Writer break a word of digits as any word
 * too long for its line, and only the year's last digits make it whole.
 */
function breaksDate(before: string, part: string): boolean {
  const year = /(?:^|\s)\d{1,2}\.\d{1,2}\.(\d{1,3})$/u.exec(before);
  const more = /^(\d{1,3})(?![\d.,])/u.exec(part);
  return year !== null && more !== null && year[1].length + more[1].length === 4;
}

/**
 * Joins pieces of one cell's text: the lines of a wrapped cell, or a cell and its continuation in the next row (a
 * page break split it). Mid-sentence pieces get a space; a hyphenated word is rejoined without one ("психолого-" +
 * "педагогический", and "Информационно" + "-методический" where the hyphen went down with the second half), and so
 * is a range broken after its dash where the dash is glued to what it joins ("9–" + "11 классов", "2027-" + "2028 гг.": printed without spaces, so joined without one; "сентябрь –" keeps its space); with
 * `sentences`, a new sentence after closing punctuation starts a new line. Closing punctuation alone goes on the piece before it,
 * and a year's last digits on the date they finish (breaksDate).
 */
export function joinParts(parts: readonly string[], opts: { sentences?: boolean } = { sentences: true }): string {
  let out = "";
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") continue;
    if (out === "") out = part;
    else if (/\p{L}-$/u.test(out) || (/\p{L}$/u.test(out) && HYPHEN_FIRST.test(part)) || (GLUED_DASH.test(out) && /^[\p{L}\d]/u.test(part)) || CLOSING_ALONE.test(part) || breaksDate(out, part)) out += part;
    else if (opts.sentences && /[.;:!?]$/.test(out) && /^[\p{Lu}«"„\d-]/u.test(part)) out += "\n" + part;
    else out += " " + part;
  }
  return out;
}
