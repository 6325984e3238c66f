import { glueBrokenWords, joinsBrokenWord } from "../../text/joinBrokenWord";
import { endsAsWholeWord } from "../../text/wholeWordEnding";

/**
 * Whether a caption's line `next` goes on with the word that ends the line before it (`piece`), broken at a narrow
 * column's edge without a hyphen, when text without positions gives no edge to measure: the rest is no word alone
 * («финансиро» / «вания»), or a letter or two alone on its line that make of a piece ending as no whole word does a
 * word that does («Источни» / «к», «выполнени» / «и»).
 */
function continuesCaptionWord(piece: string, next: string): boolean {
  return joinsBrokenWord(piece, next, { pieceEndsWhole: endsAsWholeWord(piece), joinedEndsWhole: endsAsWholeWord(piece + next) });
}

/**
 * A caption's lines as one text, parted by spaces, but for a word a narrow column broke without a hyphen
 * (continuesCaptionWord): «Источни» / «к» / «финансиро» / «вания» reads «Источник финансирования».
 */
export function captionText(lines: readonly string[]): string {
  const trimmed = lines.map((l) => l.trim()).filter((l) => l !== "");
  return glueBrokenWords(trimmed, (i, piece) => continuesCaptionWord(piece, trimmed[i].split(/\s/)[0])).parts.join(" ");
}
