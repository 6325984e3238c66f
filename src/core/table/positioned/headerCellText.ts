import { glueBrokenWords } from "../../text/joinBrokenWord";
import { endsAsWholeWord } from "../../text/wholeWordEnding";
import { type CellLine, continuesBrokenWord } from "./joinCellLines";
import type { HeaderPiece } from "./spanningCaptions";

/**
 * The lines of one header cell as one text, parted by spaces, but for a word that a narrow column broke at its edge
 * without a hyphen («Примеч» / «ание», «выполнени» / «я»): joined back where the printer's evidence says so
 * (continuesBrokenWord, the cell's right edge as far as its lines reach) and the joined word ends as whole Russian
 * words do. A header is short and its words are the catalogue's: a piece joined by mistake would make a word that no
 * synonym knows, so both must hold.
 */
export function joinHeaderLines(lines: readonly CellLine[]): string {
  const right = Math.max(...lines.map((l) => l.x1));
  const joins = (i: number, word: string) => continuesBrokenWord(lines[i - 1], lines[i], right, word) && endsAsWholeWord(word + lines[i].text.split(/\s/)[0]);
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
