/**
 * Where two cells of fixed-width text touch with no space between them («должностейУправление»). pdftotext -layout
 * sets each line's words after what that line holds to their left, so a cell that fills its column to the edge can
 * run straight into the next column's first word, as one word to whoever splits at spaces. A word is cut where it
 * turns from the end of one word to a capital (a lowercase letter, a closing quote or bracket before it) exactly where
 * the next column's text starts on other lines of the page: a capital inside a word anywhere else is an
 * abbreviation's («ЮУрГГПУ», «УрГПУ»), which no column's edge meets.
 */

/**
 * Where a cell's end meets the next cell's capital inside one word: after a word in lowercase (a capital may open it)
 * of three letters at least, or after a closing quote or bracket. An abbreviation's letters before a capital
 * («ЮУр» in «ЮУрГГПУ») are no word's end.
 */
const TURN = /(?<=(?<!\p{L})\p{Lu}?\p{Ll}{3,}|[»)])(?=\p{Lu})/gu;
/** A run of text parted from the line's text before it by a gap of two spaces or more, or opening its line. */
const PHRASE = /(?<=^|\s{2})\S/g;
/** Other lines of the page on which a phrase must start exactly where the word would be cut. */
const MIN_STARTS = 2;

/** For each line (an index into `lines`) where cells touch, the offsets at which its words are cut. */
export function touchingCells(lines: readonly string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const page of pages(lines)) {
    const starts = new Map<number, Set<number>>();
    for (const i of page) {
      for (const m of lines[i].replace(/\f/g, "").matchAll(PHRASE)) {
        const x = m.index!;
        starts.set(x, (starts.get(x) ?? new Set()).add(i));
      }
    }
    for (const i of page) {
      const cuts = [...lines[i].replace(/\f/g, "").matchAll(TURN)].map((m) => m.index!).filter((x) => [...(starts.get(x) ?? [])].filter((k) => k !== i).length >= MIN_STARTS);
      if (cuts.length) out.set(i, cuts);
    }
  }
  return out;
}

/** The indexes of the text's lines, page by page (a form feed opens a page). */
function pages(lines: readonly string[]): number[][] {
  const out: number[][] = [[]];
  lines.forEach((line, i) => {
    if (line.includes("\f") && out[out.length - 1].length) out.push([]);
    out[out.length - 1].push(i);
  });
  return out;
}
