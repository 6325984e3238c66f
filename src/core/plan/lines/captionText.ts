import { endsAsWholeWord } from "../../table/positioned/joinCellLines";
import { opensWithNoWord } from "../../text/restOfWord";

/** A rest of one or two letters alone on its line («к», «и», «я»): what a narrow column leaves of a caption's word. */
const SHORT_REST = /^\p{Ll}{1,2}$/u;

/**
 * Whether a caption's line `next` goes on with the word that ends the line before it (`piece`), broken at a narrow
 * column's edge without a hyphen, when text without positions gives no edge to measure: the rest is no word alone
 * («финансиро» / «вания»), or a letter or two alone on its line that make of a piece ending as no whole word does a
 * word that does («Источни» / «к», «выполнени» / «и»).
 */
function continuesCaptionWord(piece: string, next: string): boolean {
  if (!/\p{L}$/u.test(piece)) return false;
  if (opensWithNoWord(next)) return true;
  return SHORT_REST.test(next) && !endsAsWholeWord(piece) && endsAsWholeWord(piece + next);
}

/**
 * A caption's lines as one text, parted by spaces, but for a word a narrow column broke without a hyphen
 * (continuesCaptionWord): «Источни» / «к» / «финансиро» / «вания» reads «Источник финансирования».
 */
export function captionText(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    const piece = out.split(/\s/).pop() ?? "";
    out = out === "" ? line : continuesCaptionWord(piece, line.split(/\s/)[0]) ? out + line : `${out} ${line}`;
  }
  return out;
}
