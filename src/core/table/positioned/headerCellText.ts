import { glueBrokenWords } from "../../text/joinBrokenWord";
import { endsAsWholeWord } from "../../text/wholeWordEnding";
import { type CellLine, continuesBrokenWord } from "./joinCellLines";
import type { HeaderPiece } from "./spanningCaptions";

/**
 * How far (as a share of a piece's width) a caption's centred lines' centres may stand apart in fixed-width text:
 * `pdftotext -layout` sets a word at its first letter's place and gives it a character per letter, so a proportional
 * word runs up to a third longer or shorter than its print and its centre moves by half that («Источник» / «и»).
 */
const CENTRE_DRIFT = 0.15;

/**
 * The lines of one header cell as one text, parted by spaces, but for a word that a narrow column broke at its edge
 * without a hyphen («Примеч» / «ание», «выполнени» / «я», «финансиро» / «вания (тыс.»): joined back where the printer's
 * evidence says so (continuesBrokenWord) and the joined word ends as whole Russian words do. A header is short and its
 * words are the catalogue's: a piece joined by mistake would make a word that no synonym knows, so both must hold.
 * The column's right edge is where the cell's other lines reach: the rest's own line cannot show it, for its first
 * word is what did not fit, and set as characters it may reach past the piece that filled the line.
 */
export function joinHeaderLines(lines: readonly CellLine[]): string {
  const reach = (i: number) => Math.max(...lines.filter((_, k) => k !== i).map((l) => l.x1));
  const joins = (i: number, word: string) => {
    const piece = lines[i - 1];
    const drift = CENTRE_DRIFT * (piece.x1 - piece.x0);
    return continuesBrokenWord(piece, lines[i], reach(i), word, lines[i].text, drift) && endsAsWholeWord(word + lines[i].text.split(/\s/)[0]);
  };
  return glueBrokenWords(
    lines.map((l) => l.text),
    joins,
  ).parts.join(" ");
}

/** A header cell's text from its pieces: top to bottom, each line left to right (joinHeaderLines). */
export function headerCellText(pieces: readonly HeaderPiece[]): string {
  const lines = [...new Set(pieces.map((p) => p.line))]
    .sort((a, b) => a - b)
    .map((k): CellLine => {
      const own = pieces.filter((p) => p.line === k).sort((a, b) => a.x0 - b.x0);
      const text = own.map((p) => p.text).join(" ");
      return { text, x0: own[0].x0, x1: Math.max(...own.map((p) => p.x1)), words: text.split(/\s+/).filter(Boolean).length };
    });
  return joinHeaderLines(lines);
}
