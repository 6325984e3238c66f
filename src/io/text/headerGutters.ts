import { parseItemNumber } from "../../core/plan/structure/numbering";

/**
 * Where a header's cells meet one space apart in fixed-width text («N п/п Сроки реализации»: pdftotext leaves one
 * space where a narrow column's header fills it): the gap is a column edge when it runs down the page under the
 * header, blank on the rows' lines (a section title written across the table may cross it) and with the next
 * column's text starting right after it on several lines. A space inside one cell's words has text under it (the
 * cell's other lines) and no column starting after it.
 */

/** Share of the lines under a header that may cross an edge: titles and sections written across the table. */
const CROSSING = 0.1;
/** How far (in characters) past the gap the next column's text may start: layout text moves cells by up to three. */
const SHIFT = 3;
/** Lines on which the next column's text must start after the gap. */
const MIN_STARTS = 3;
/** How far (in characters) before the gap a line's text must come to say anything about it (after it: SHIFT + 1). */
const NEAR = 3;

/**
 * A header: the indexes (into the text's lines) of the lines whose gaps are judged, and of its last line; `captions`,
 * the lines whose period captions mark the grid's part of the header (the judged lines by default).
 */
export interface HeaderLines {
  readonly judged: readonly number[];
  readonly last: number;
  readonly captions?: readonly number[];
  /**
   * The header this one repeats on a later page (its index in the list): a gap that parts two cells there parts the
   * same two cells here, however few lines this page has to show it.
   */
  readonly copyOf?: number;
}

/**
 * For each header line, the offsets of the one-space gaps that are column edges (the offset of the space). Each
 * header is judged on the lines under it on its own page (layout text places each page's columns on its own). A
 * schedule grid's part of the header (from its first period caption to its last, `isCaption`) is left alone: its
 * columns are placed by the marks under them, and the gaps in a caption merged over them run down its sparse marks.
 */
export function headerGutters(
  lines: readonly string[],
  headers: readonly HeaderLines[],
  isCaption: (word: string) => boolean = () => false,
  oneCaption: (before: string, after: string) => boolean = () => false,
  twoCaptions: (before: string, after: string) => boolean = () => false,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  // Per header, per judged line: the gaps found, as the number of words before each.
  const found: Set<number>[][] = [];
  headers.forEach((h) => {
    const below = pageBelow(lines, h.last);
    const margin = Math.min(...[...below, ...h.judged.map((i) => clean(lines[i]))].map((l) => l.search(/\S/)).filter((x) => x >= 0));
    const grid = captionSpan((h.captions ?? h.judged).map((i) => clean(lines[i] ?? "")), isCaption);
    found.push(
      h.judged.map((i, j) => {
        const line = clean(lines[i]);
        const wordsBefore = (x: number) => line.slice(0, x).trim().split(/\s+/).length;
        const candidates = [...line.matchAll(/(?<=\S) (?=\S)/g)].map((m) => m.index!).filter((x) => {
          const inOriginal = h.copyOf !== undefined && found[h.copyOf]?.[j]?.has(wordsBefore(x)) === true;
          if (grid && x >= grid.x0 - 1 && x <= grid.x1) return false;
          return inOriginal || isGutter(below, margin, x) || (twoCaptions(...sidesOf(line, x)) && gutterNear(below, margin, x));
        });
        const edges = withoutCaptionGaps(line, candidates, oneCaption);
        if (edges.length) out.set(i, new Set(edges));
        return new Set(edges.map(wordsBefore));
      }),
    );
  });
  return out;
}

/**
 * The words on either side of a header's gap, back and on to a wide gap: the captions it would part.
 */
function sidesOf(line: string, x: number, from = 0, to = line.length): [string, string] {
  return [line.slice(from, x).split(/\s{2,}/).pop()!.trim(), line.slice(x + 1, to).split(/\s{2,}/)[0].trim()];
}

/**
 * The rows' edge at or a few characters beside the header's gap: pdftotext lays each line out by its own words, and
 * a bold header is set wider than the rows («Ответственные Форма отчёта» one space apart, the rows' results starting
 * three characters further), and a row's full cell may run a character or two past the others. Only asked where the
 * two sides name two plan columns (`twoCaptions`): the captions say the edge is there, the rows need only show it
 * mostly clear.
 */
function gutterNear(below: readonly string[], margin: number, x: number): boolean {
  for (let s = 0; s <= SHIFT; s++) if (isGutter(below, margin, x + s, CROSSING_NAMED) || isGutter(below, margin, x - s, CROSSING_NAMED)) return true;
  return false;
}

/** Share of the lines under two named captions' gap that may cross it. */
const CROSSING_NAMED = 0.2;

/**
 * The edges less those inside one caption: the rows' gap may run under a caption's own space by chance (every
 * executor's initials as long as «Ответственный»), and only the caption's words can tell. The words on either side,
 * back and on to a wide gap or the next edge, are asked (`oneCaption`) whether they are one caption's.
 */
function withoutCaptionGaps(line: string, edges: readonly number[], oneCaption: (before: string, after: string) => boolean): number[] {
  const kept: number[] = [];
  edges.forEach((x, k) => {
    if (!oneCaption(...sidesOf(line, x, kept.length ? kept[kept.length - 1] + 1 : 0, edges[k + 1] ?? line.length))) kept.push(x);
  });
  return kept;
}

/** From the start of the header's first caption to the end of its last, or null where it has none. */
function captionSpan(header: readonly string[], isCaption: (word: string) => boolean): { x0: number; x1: number } | null {
  let span: { x0: number; x1: number } | null = null;
  for (const line of header) {
    for (const m of line.matchAll(/\S+/g)) {
      if (!isCaption(m[0])) continue;
      const x1 = m.index! + m[0].length;
      span = span ? { x0: Math.min(span.x0, m.index!), x1: Math.max(span.x1, x1) } : { x0: m.index!, x1 };
    }
  }
  return span;
}

/** The lines after `index` up to the end of its page (a form feed opens the next). */
function pageBelow(lines: readonly string[], index: number): string[] {
  const out: string[] = [];
  for (let k = index + 1; k < lines.length && !lines[k].includes("\f"); k++) out.push(clean(lines[k]));
  return out;
}

/**
 * The lines that say whether the gap is clear: those with text near it (a line far to either side says nothing), but
 * no line written across the table from its margin as one phrase (a section title, a signature), which crosses every
 * edge it reaches.
 */
function isGutter(below: readonly string[], margin: number, x: number, crossing = CROSSING): boolean {
  const near = below.filter((l) => /\S/.test(l.slice(Math.max(0, x - NEAR), x + SHIFT + 2)) && !acrossFromMargin(l, margin));
  if (near.length === 0) return false;
  const crossed = near.filter((l) => crosses(l, x, margin)).length;
  const starts = below.filter((l) => {
    if (acrossFromMargin(l, margin)) return false;
    for (let s = x + 1; s <= x + 1 + SHIFT && s < l.length; s++) if (l[s] !== " " && l[s - 1] === " ") return true;
    return false;
  }).length;
  return crossed <= crossing * near.length && starts >= MIN_STARTS;
}

/**
 * Whether a word of the line runs through the gap. A row's number may fill the first column and run a character
 * over its edge («1.1.1.» under «№ п/п»): a first word at the margin ending on the gap leaves the edge where it is.
 * So does a row's number at the margin reaching further: a № column sized to its numbers has the next caption one
 * space after «№» (pdftotext lays the header's line out by its own words), nearer than that column's text under it.
 * Any other word through the gap crosses it.
 */
function crosses(line: string, x: number, margin: number): boolean {
  if (line[x] === undefined || line[x] === " ") return false;
  const first = line.match(/\S+/)!;
  const rowNumber = first.index! <= margin && x < first.index! + first[0].length && parseItemNumber(first[0]) !== null;
  return !(rowNumber || (first.index! <= margin && first.index! + first[0].length - 1 === x));
}

function acrossFromMargin(line: string, margin: number): boolean {
  return line.search(/\S/) <= margin && !/\S\s{2,}\S/.test(line);
}

function clean(line: string): string {
  return line.replace(/\f/g, "");
}
