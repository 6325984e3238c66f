import { glueBrokenWords, type GluedWord, joinsBrokenWord } from "../../text/joinBrokenWord";
import { joinParts } from "../../text/joinParts";

/**
 * Words Writer breaks at a narrow column's edge without a hyphen («общеобразователь» / «ных организаций»,
 * ««Информационн» / «о-методический центр»»). Text without cells gives the two pieces on two lines, and joining a
 * cell's lines with a space would print two words. With no edge to measure, a break is read only where the next line
 * opens with a piece no word is (restStrength: «ных», «я», «ства», «о-методический»); short words that open lines of
 * their own («в», «и», «мая», «школ») are never taken for rests, so such a break after them stays a space. The
 * columns of such text may interleave line by line, so an adjective's ending after a piece that already has one is
 * another column's (joinsBrokenWord, `interleaved`).
 */
export function brokenBetween(line: string, next: string): boolean {
  return joinsBrokenWord(line, next, { interleaved: true, joinedEndsWhole: KNOWN_WHOLE.test(`${lastWord(line)}${firstWord(next)}`) });
}

/**
 * Words a narrow deadline column breaks so that the rest is a word too («ежекварталь» / «но», «постоян» / «но»,
 * «необходимост» / «и», «квартал» / «а»): the word the two make is a deadline's, so the rest is no conjunction of its
 * own.
 */
const KNOWN_WHOLE = /^(?:еже(?:дневно|недельно|месячно|квартально|полугодно|годно)|постоянно|необходимости|квартала|полугодия|месяца)[,.;)]?$/iu;
/** `next` opens with the rest of a deadline's word `line` ends with, broken at a narrow column's edge («необходимост» / «и»). */
export function completesDeadlineWord(line: string, next: string): boolean {
  const [end, rest] = [lastWord(line), firstWord(next)];
  return /^\p{L}+$/u.test(end) && !KNOWN_WHOLE.test(end) && /^\p{Ll}{1,2}[,.;)]?$/u.test(rest) && KNOWN_WHOLE.test(`${end}${rest}`);
}

const lastWord = (text: string) => text.trimEnd().split(/\s+/).pop() ?? "";
const firstWord = (text: string) => text.trimStart().split(/\s+/, 1)[0] ?? "";

/** A cell's lines joined (joinParts), words broken without a hyphen joined whole; `glued` lists each as printed and as read. */
export function joinCellLines(parts: readonly string[]): { text: string; glued: GluedWord[] } {
  const { parts: merged, glued } = glueBrokenWords(parts, (i, word) => brokenBetween(word, parts[i]));
  return { text: joinParts(merged, { sentences: false }), glued };
}

/** What an item's notes say of a word joined back (joinCellLines): it was read whole, as printed it was two. */
export function brokenWordNote(g: GluedWord): string {
  return `слово «${g.printed}» разорвано на краю столбца без дефиса и прочитано как «${g.read}»`;
}
