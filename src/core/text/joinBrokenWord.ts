import { restStrength } from "./restOfWord";

/** What a reader knows of a piece and the line after it beyond their words. */
export interface BreakEvidence {
  /**
   * How far short of the column's right edge the piece ends, in widths of the letter that did not fit (text at
   * positions): a word is broken only where its next letter no longer fits. Absent where the text gives no edge.
   */
  readonly shortOfEdge?: number;
  /** The piece ends as whole words end («аттестационная», «Сроки»): a rest that may be a word then is one. */
  readonly pieceEndsWhole?: boolean;
  /** The piece and a rest of a letter or two make a word ending as whole words end («Источни» + «к»). */
  readonly joinedEndsWhole?: boolean;
  /**
   * Other columns' lines may come between the piece and its rest (text without cells, its columns interleaved line
   * by line): an adjective's ending alone after a piece that already ends as an adjective finishes another
   * column's piece (««Централизован» / «молодых» / «ная»»).
   */
  readonly interleaved?: boolean;
  /** The rest is the text's last: nothing follows it in its cell. */
  readonly restEndsText?: boolean;
}

/**
 * A one-letter rest no phrase ends with: «а» alone as a cell's last word («информатик» / «а») is the ending of a word the
 * piece broke, «информатика», though «информатик» is a word too; a plan's cells say no «я». Other short words may end a
 * cell's piece a page break cut («отчёта и» / then «анализа» on the next page), and are left to the other rules.
 */
const NEVER_LAST = /^[ая]$/u;

/** A piece of a word broken at the column's edge: it ends in three letters at least («в» / «ых» is two columns' words). */
const PIECE_END = /\p{L}{3,}$/u;

/** How far short of the edge (in missing letters) a piece may end: less than the letter that did not fit… */
const FILL = 1;
/**
 * …but for a rest that is an ending alone: the edge is then weaker evidence than the words, and the coarser measure
 * in layout text, whose rows pdftotext shifts a character or two apart, so the column's reach overstates a row's edge.
 */
const SLACK_FOR_ENDING = 2.5;

const ENDS_AS_ADJECTIVE = /(?:ых|их|ые|ие|ая|яя|ое|ее|ого|его|ому|ему|ой|ей|ую|юю|ыми|ими|ый|ий)$/u;
const ADJECTIVE_ENDING = /^н?(?:ых|ые|ая|ое|ого|ому|ой|ую|ыми)(?![\p{L}-])/u;

/** An adjective's ending alone after a piece that already ends as an adjective («молодых» / «ная»): no word takes two. */
const endingTwice = (piece: string, rest: string): boolean => ADJECTIVE_ENDING.test(rest) && ENDS_AS_ADJECTIVE.test(piece.toLowerCase());

/**
 * Whether the line `next` goes on with the word that `piece` (the text before it, or its last word) ends, broken at
 * a narrow column's edge without a hyphen. The rest's shape (restStrength) decides where it is no word alone; a rest
 * of a letter or two that may be a word («к», «и», «на») joins only where the piece does not end as whole words do
 * and the word the two make ends as whole words end. A rest that may be any word never joins: Word and Writer do not
 * hyphenate unless asked, so a break without «-» is a new word, and a whole word filling its line («министерства» /
 * «образования») reaches the column's edge as a broken word's piece does; but a rest no phrase ends with, where it ends
 * the cell (NEVER_LAST: «а»), joins. Where the reader knows the edge, the piece must reach it whatever the rest.
 */
export function joinsBrokenWord(piece: string, next: string, known: BreakEvidence = {}): boolean {
  const before = piece.trimEnd();
  const rest = next.trimStart();
  if (!PIECE_END.test(before)) return false;
  const strength = restStrength(rest);
  const slack = strength === "ending" ? SLACK_FOR_ENDING : FILL;
  if (known.shortOfEdge !== undefined && known.shortOfEdge > slack) return false;
  if (strength === "noWord" || strength === "ending") return !(known.interleaved && endingTwice(before, rest));
  if (strength === "short" && known.restEndsText && NEVER_LAST.test(rest)) return true;
  if (strength === null || known.pieceEndsWhole) return false;
  return known.joinedEndsWhole === true;
}

/** A piece joined to its rest: the word as printed (two words) and as read (one). */
export interface GluedWord {
  readonly printed: string;
  readonly read: string;
}

/**
 * A cell's lines with each word broken over two (or more) of them joined whole: `broken(i, word)` says whether line
 * `i` goes on with `word`, the last word of what line `i - 1` ends (with the pieces already joined before it).
 * Returns the pieces to join further (joinParts) and each word glued.
 */
export function glueBrokenWords(lines: readonly string[], broken: (i: number, word: string) => boolean): { parts: string[]; glued: GluedWord[] } {
  const parts: string[] = [];
  const glued: GluedWord[] = [];
  lines.forEach((line, i) => {
    const last = parts[parts.length - 1];
    const word = last?.trimEnd().split(/\s/).pop() ?? "";
    const head = line.trimStart();
    if (i > 0 && last !== undefined && head !== "" && broken(i, word)) {
      const tail = head.split(/\s/, 1)[0];
      glued.push({ printed: `${word} ${tail}`, read: `${word}${tail}` });
      parts[parts.length - 1] = last.trimEnd() + head;
    } else parts.push(line);
  });
  return { parts, glued };
}
