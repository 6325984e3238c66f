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
/**
 * Where two lowercase letters meet inside a word: no letter tells a cell's end there («работы до» + «работников»
 * printed «доработников»), only the column. Where the lines right above and right below start the next column's text
 * exactly there, the column's cell runs on through this line (a cell's lines follow each other with no line left
 * empty), so the line holds that cell's text too, and it can only start there: a word of the cell before that ran over
 * the column's edge would have pushed the cell's text right of it, after a space.
 */
const INSIDE = /(?<=\p{L})(?=\p{Ll}{2})/gu;
/** A run of text parted from the line's text before it by a gap of two spaces or more, or opening its line. */
const PHRASE = /(?<=^|\s{2})\S/g;
/** Other lines of the page on which a phrase must start exactly where the word would be cut. */
const MIN_STARTS = 2;

/** For each line (an index into `lines`) where cells touch, the offsets at which its words are cut. */
export function touchingCells(lines: readonly string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const vocabulary = wordCounts(lines);
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
    // A cut at a capital starts the next column's text on its line as well as a phrase does.
    const startsAt = (k: number, x: number) => starts.get(x)?.has(k) === true || out.get(k)?.includes(x) === true;
    for (const i of page) {
      const line = lines[i].replace(/\f/g, "");
      const cuts = [...line.matchAll(INSIDE)]
        .map((m) => m.index!)
        .filter((x) => page.includes(i - 1) && page.includes(i + 1) && startsAt(i - 1, x) && startsAt(i + 1, x) && twoWords(line, x, vocabulary));
      if (cuts.length) out.set(i, [...(out.get(i) ?? []), ...cuts].sort((a, b) => a - b));
    }
  }
  return out;
}

/** How often each word (a run of letters, in lower case) stands in the text. */
function wordCounts(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of lines) for (const [w] of line.toLowerCase().matchAll(LETTERS)) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

const LETTERS = /\p{L}+/gu;

/**
 * The letters around x are two words run together, as the text's own words tell: the part from x on stands in the text
 * as a word of its own, and the whole stands nowhere else («работников» elsewhere, «доработников» here only). A
 * cell's word squeezed a character or two left of its column («образования» one character before the executors'
 * edge) stands in the text whole, elsewhere as well.
 */
function twoWords(line: string, x: number, vocabulary: ReadonlyMap<string, number>): boolean {
  let from = x;
  while (from > 0 && /\p{L}/u.test(line[from - 1])) from--;
  let to = x;
  while (to < line.length && /\p{L}/u.test(line[to])) to++;
  const whole = line.slice(from, to).toLowerCase();
  return (vocabulary.get(whole) ?? 0) === 1 && (vocabulary.get(line.slice(x, to).toLowerCase()) ?? 0) >= 1;
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
