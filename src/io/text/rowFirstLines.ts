import { parseItemNumber } from "../../core/plan/structure/numbering";
import { cheapestStarts } from "../../core/table/cheapestStarts";
import { laterWordStarts } from "../../core/text/wordStarts";

/**
 * Layout text of a table whose cells are centred vertically (Word and Writer users do this constantly, and HTML
 * does it by default) or set at the bottom prints a row's number beside the middle (or last) line of its tallest
 * cell, with the name's first lines above it. The rows of such a text are the lines between two rows' separations:
 * blank lines, and between two numbers in one run of lines the cut that keeps both rows aligned the way the
 * document aligns its cells. This finds, for each number printed below its row's first line, that first line.
 *
 * How a document aligns its cells is one choice for the whole table: at the top where most runs of lines start with a
 * number or a title (then nothing moves, as for every table printed so), else the alignment whose rows fit it best.
 */

/**
 * How far a row's number is from where the alignment puts it, in lines; s..e the row's lines, a..z its number's (a
 * number Writer broke in a narrow column has its rest a line or two below it).
 */
const ALIGNMENTS = {
  top: (s: number, _e: number, a: number, _z: number) => a - s,
  middle: (s: number, e: number, a: number, z: number) => Math.abs((s + e) / 2 - (a + z) / 2),
  bottom: (_s: number, e: number, _a: number, z: number) => e - z,
} as const;

type Alignment = keyof typeof ALIGNMENTS;

/** A run of non-blank lines of the table's body on one page, and the lines in it that start at the table's margin. */
export interface LineRun {
  readonly first: number;
  readonly last: number;
  readonly anchors: readonly number[];
  /** The first run of a page: its first lines may end the row the page break cut (they are no row's). */
  readonly pageStart: boolean;
  /**
   * The run's last row goes on past a page break (the next page's first line is no row's start): cut there, its
   * lines on this page say nothing of how its cells are aligned.
   */
  readonly cutBelow: boolean;
}

/**
 * The first line of the row of each numbered line printed below it: number line → row's first line. `rests`: lines
 * at the margin that hold the rest of a number broken above them (brokenNumbers), no row's number → the number's line.
 */
export function rowFirstLines(lines: readonly string[], bodyStart: number, skip: (index: number) => boolean, rests: ReadonlyMap<number, number> = new Map()): Map<number, number> {
  const runs = lineRuns(lines, bodyStart, skip, new Set(rests.keys()));
  // A rest a page break carried over ends the row on the next page: the number's line is all this page holds of it.
  const samePage = (head: number, rest: number) => !lines.slice(head + 1, rest + 1).some((l) => l.includes("\f"));
  const numberEnd = new Map([...rests].filter(([rest, head]) => samePage(head, rest)).map(([rest, head]) => [head, rest]));
  for (const [head, last] of remarksUnder(lines, runs)) numberEnd.set(head, Math.max(last, numberEnd.get(head) ?? head));
  const end = (a: number) => numberEnd.get(a) ?? a;
  const moves = new Map<number, number>();
  // Lines between two numbers fit several alignments (a two-line row's second line may start the next row as well):
  // only a table more of whose rows start above their number than at it has cells that are not at the top. A run of
  // lines that holds one number is one row, in any alignment but the top; a run of several rows packs them as
  // tables printed at the top do, though lines above its first number would fit centred cells too (it says nothing
  // then). Nor do runs with no number (signatures), nor a two-line row with its number on the first line: a one-line
  // cell centred in it prints there as well; nor a run of several rows opened by a title (its number and one phrase:
  // a one-line row, at its top in any alignment), only by a row whose cells stand beside its number on its first line.
  const numbered = runs.filter((r) => r.last > r.first && r.anchors.some((a) => parseItemNumber(firstWord(lines[a])) !== null));
  // The header and the lines that are no row's (headings, a repeated header, furniture) hold no cell a row's line goes
  // on with.
  const pieces = linePieces(lines).map((p, i) => (i < bodyStart || skip(i) ? [] : p));
  // Rows not parted by blank lines: a number whose line breaks a cell (its text goes on in lower case under the
  // text above) stands below its row's first line; one whose line breaks none may open its row.
  const numberLines = new Set(runs.flatMap((r) => r.anchors.filter((a) => parseItemNumber(firstWord(lines[a])) !== null)));
  const broken = brokenCells(pieces, true);
  const headings = sectionLines(lines, [...numberLines].sort((a, b) => a - b));
  const inner = [...numberLines].filter((a) => !headings.has(a) && !runs.some((r) => r.first === a));
  // The vote counts a number's line only where its text goes on right under the text above: the short cells of a row
  // printed at the top («не требуется») stand under the row above's taller ones across a line with nothing there.
  const breaksRightUnder = brokenCells(pieces, false);
  const breaking = inner.filter((a) => breaksRightUnder(a) > 0).length;
  const below = numbered.filter((r) => r.anchors.length === 1 && r.anchors[0] > r.first).length + breaking;
  const cellsBeside = (line: string) => line.trim().split(/\s{2,}/).length > 2;
  const atTop = numbered.filter((r) => r.anchors[0] === r.first && (r.anchors.length > 1 ? cellsBeside(lines[r.first]) : r.last > r.first + 1)).length + inner.length - breaking;
  const gaps = columnGaps(pieces, numberLines);
  const fitted = (Object.keys(ALIGNMENTS) as Alignment[]).map((alignment) => ({
    alignment,
    cuts: runs.map((r) => bestStarts(r, (s, e, a) => ALIGNMENTS[alignment](s, e, a, end(a)) + GAP_COST * gaps(s, e), (s) => BREAK_COST * broken(s), headings, (s) => BREAK_COST * breaksRightUnder(s))),
  }));
  const total = (f: (typeof fitted)[number]) => f.cuts.reduce((sum, c) => sum + c.cost, 0);
  // Where the rows fit the top as well as another alignment (each run one row: a number one line below the first
  // line costs the top what two-line rows cost the middle), the runs that start above their numbers decide.
  const best = fitted.reduce((a, b) => (total(b) < total(a) || (total(b) === total(a) && a.alignment === "top") ? b : a));
  // Where the runs do not vote for another alignment (Writer prints rows with no blank line between them: its runs
  // say little), it wins over the top only clearly: by a line's cost for every two numbered rows (a title above a
  // table's first number, no row's, costs the top a line or two whatever the alignment).
  const rows = runs.reduce((n, r) => n + r.anchors.length, 0);
  const table = best.alignment === "top" || (below <= atTop && total(fitted[0]) - total(best) < rows / 2) ? "top" : best.alignment;
  // Alignment is a cell's setting, not the table's: Word's «по центру» set on a few rows of a table printed at the
  // top centres their cells, and pdftotext prints such a row's number beside its middle line, its name's first lines
  // above it. A number beside a cell's first line (numberOpeners) opens its row, whatever the alignment; one beside a
  // cell's later line, or beside nothing (printed half a line down), may stand below its row's first line: such a row
  // takes another alignment than the table's where that pays for itself.
  const opensRow = numberOpeners(lines, numberLines, pieces);
  const odd = (k: Alignment, a: number) => (k === table ? 0 : k !== "top" && !opensRow(a) ? ODD_ALIGNMENT : Infinity);
  // In a table printed at the top, a row whose number opens it starts there: the lines above are the row before's.
  const pinned = (s: number, a: number) => (table === "top" && s < a && opensRow(a) ? PINNED : 0);
  const rowCost = (s: number, e: number, a: number) =>
    pinned(s, a) + Math.min(...(Object.keys(ALIGNMENTS) as Alignment[]).map((k) => ALIGNMENTS[k](s, e, a, end(a)) + odd(k, a))) + GAP_COST * gaps(s, e);
  // A row a page break cuts shows only whether it starts at its number: above it, it is aligned otherwise than at
  // the top (its lines below the break say where its middle is).
  const cutRowCost = (s: number, a: number) => pinned(s, a) + Math.min(...(Object.keys(ALIGNMENTS) as Alignment[]).map((k) => (k === "top" ? a - s : 0) + odd(k, a)));
  runs.forEach((run) => {
    const { starts } = bestStarts(run, rowCost, (s) => BREAK_COST * broken(s), headings, (s) => BREAK_COST * breaksRightUnder(s), cutRowCost);
    run.anchors.forEach((a, k) => {
      if (starts[k] < a && parseItemNumber(firstWord(lines[a])) !== null && !(table === "top" && opensRow(a))) moves.set(a, starts[k]);
    });
  });
  return moves;
}

/**
 * Number lines whose number opens its row: beside it, where the rows' first cells start beside their numbers (the
 * place most number lines put it), text that opens a cell: in upper case (a letter, a digit, a quote), or in
 * lowercase under nothing in its place on the line above (nor across one line with nothing there), as a deadline
 * «в июле» in a column before the name's. Lowercase text going on under the text above is a cell's later line, and the
 * number beside it stands below its row's first line; so does a number beside a hole in its row's cells.
 */
function numberOpeners(lines: readonly string[], numberLines: ReadonlySet<number>, pieces: readonly (readonly Piece[])[]): (a: number) => boolean {
  const beside = (a: number): Piece | null => {
    const line = lines[a].replace(/\f/g, "");
    const number = /\S+/.exec(line)!;
    const word = /\S+/.exec(line.slice(number.index + number[0].length));
    if (!word) return null;
    const x0 = number.index + number[0].length + word.index;
    return { x0, x1: x0 + word[0].length, text: word[0] };
  };
  const counts = new Map<number, number>();
  for (const a of numberLines) {
    const b = beside(a);
    if (b) counts.set(b.x0, (counts.get(b.x0) ?? 0) + 1);
  }
  const firstAt = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best), [-1, 0])[0];
  // Sub-items (2.1, 2.2 under 2.) list the parts of their item, their names going on its sentence in lowercase
  // («…, в том числе:» over «выплата пособия …»): there a name in lowercase opens its row as well.
  const levels = (a: number) => parseItemNumber(firstWord(lines[a]))!.split(".").filter(Boolean).length;
  const shallowest = Math.min(...[...numberLines].map(levels));
  const goesOn = (a: number, p: Piece) => /^\p{Ll}/u.test(p.text) && (overlaps(pieces[a - 1], p) || overlaps(pieces[a - 2], p));
  // Nothing in the first cells' place, where the lines above and below hold text there: the number stands between
  // its row's lines, printed half a line down. A column empty in many rows (a schedule grid's first quarter) is no hole.
  const place: Piece = { x0: firstAt - NAME_SHIFT, x1: firstAt + NAME_SHIFT + 1, text: "" };
  const hole = (a: number) => overlaps(pieces[a - 1], place) && overlaps(pieces[a + 1], place);
  return (a) => {
    if (!numberLines.has(a)) return true;
    const b = beside(a);
    if (b === null || Math.abs(b.x0 - firstAt) > NAME_SHIFT) return !hole(a);
    return !goesOn(a, b) || levels(a) > shallowest;
  };
}

/** How far (in characters) a first cell's word may stand off where the first cells start beside their numbers. */
const NAME_SHIFT = 2;

/** What a row pays for starting above a number that opens it, in a table printed at the top: never chosen. */
const PINNED = 1000;
/** What a row aligned otherwise than its table pays, in lines as alignment costs are. */
const ODD_ALIGNMENT = 1.5;

/** What a row pays for each cell that would have lines missing in its middle (in lines, as alignment costs are). */
const GAP_COST = 2;
/** What a cut between two rows pays for each cell it breaks (see brokenCells), in lines as alignment costs are. */
const BREAK_COST = 2;

/** Text pieces of each line (phrases two spaces apart) with their first and last columns. */
interface Piece {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
}

function linePieces(lines: readonly string[]): Piece[][] {
  return lines.map((l) => [...l.replace(/\f/g, "").matchAll(/\S+(?: \S+)*/g)].map((m) => ({ x0: m.index!, x1: m.index! + m[0].length, text: m[0] })));
}

const overlaps = (line: readonly Piece[] | undefined, p: Piece) => (line ?? []).some((q) => q.x0 < p.x1 && q.x1 > p.x0);

/** A row's number and the one space after it, before its first cell's text on one line («1. на базе МБОУ»). */
const NUMBER_FIRST = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]+\.)\s(?=\S)/u;

/** The piece without the row's number it opens with: its cell's text starts after it. */
function afterNumber(p: Piece): Piece {
  const m = NUMBER_FIRST.exec(p.text);
  return m ? { x0: p.x0 + m[0].length, x1: p.x1, text: p.text.slice(m[0].length) } : p;
}

/** How far (in characters) a cell's next line may start off its line above. */
const LINE_START_SHIFT = 1;

/**
 * The piece starts a cell's next line under text above: where it starts, a piece above starts too, past the row's
 * number it may open with (a cell's lines start at its left edge). A word inside a justified line stands apart from its
 * neighbours by wide gaps, a piece of its own («Актуализация   базы  данных  вакантных»), under whatever the line above
 * holds there: it goes on nothing. A piece alone on its line (`lone`: a tall cell's last lines) may start under a later
 * word of a piece above: cells glued by one space in a line that fills its columns («по плану заседаний РУМО
 * руководители образовательных») make one piece, and the glued cell's next line starts under its first word.
 */
const goesOnUnder = (line: readonly Piece[] | undefined, p: Piece, lone = false) =>
  (line ?? []).map(afterNumber).some((q) => q.x0 < p.x1 && q.x1 > p.x0 && (Math.abs(q.x0 - p.x0) <= LINE_START_SHIFT || (lone && laterWordStarts(q.text).some((at) => q.x0 + at === p.x0))));

/**
 * Counts the cells a cut of the lines before line s would break: text starting in lower case under text in the same
 * place above the cut, on the line right above it or across one line with nothing there (on line s, or on the next
 * line where line s has nothing there). A line with nothing in a cell's place may stand between the cell's lines: a
 * number printed half a line down stands alone between its row's lines, and a cell centred half a line off its
 * neighbours' (an even count of lines beside an odd one) has each of its lines on a line of its own, one line apart;
 * the cut goes before neither line of such a pair (`acrossHoles`). A cell's first line starts a name, a title, a
 * sentence, in upper case, and its next lines go on in lower case: where no blank line parts the rows, this is what
 * tells the last lines of a row from the first lines of the next.
 */
function brokenCells(pieces: readonly (readonly Piece[])[], acrossHoles: boolean): (s: number) => number {
  const goesOn = (p: Piece) => /^\p{Ll}/u.test(p.text);
  return (s) => {
    if (s < 1) return 0;
    const above = pieces[s - 1];
    const across = acrossHoles ? pieces[s - 2] : [];
    const here = pieces[s].map(afterNumber).filter((p) => goesOn(p) && (goesOnUnder(above, p, pieces[s].length === 1) || (!overlaps(above, p) && goesOnUnder(across, p)))).length;
    const next = (pieces[s + 1] ?? []).map(afterNumber).filter((p) => goesOn(p) && !overlaps(pieces[s], p) && goesOnUnder(above, p, pieces[s + 1].length === 1)).length;
    return here + next;
  };
}

/**
 * Counts, for rows of lines s..e, the text pieces (phrases two spaces apart) that text below them in the same place
 * follows only after lines with nothing there: a cell's lines follow each other, so such a row holds two cells of one
 * column, the end of a row a page break cut and the next row's cell at the bottom, say. Alignment alone cannot tell
 * where a row at the bottom of its cells starts; this can. A number's line is no hole: printed half a line down (a
 * row of cells centred with an even count of lines), the number stands alone between its row's lines; nor is one line
 * with nothing there: a cell centred half a line off its neighbours' (an even count of lines beside an odd one) has
 * each of its lines printed on a line of its own between theirs, one line apart.
 */
function columnGaps(pieces: readonly (readonly Piece[])[], numberLines: ReadonlySet<number>): (s: number, e: number) => number {
  const memo = new Map<string, number>();
  return (s, e) => {
    const key = `${s} ${e}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let count = 0;
    for (let i = s; i < e; i++) {
      for (const p of pieces[i]) {
        let j = i + 1;
        let empty = 0;
        for (; j <= e && !overlaps(pieces[j], p); j++) if (!numberLines.has(j)) empty++;
        if (j <= e && empty > 1) count++;
      }
    }
    memo.set(key, count);
    return count;
  };
}

/**
 * Runs of non-blank body lines, parted by blank lines, form feeds and skipped lines (repeated headers, furniture).
 * A line starts at the margin where its first character is at most two columns right of the body's leftmost text:
 * numbers, section titles and signatures do; the wrapped lines of the other columns' cells do not.
 */
export function lineRuns(lines: readonly string[], bodyStart: number, skip: (index: number) => boolean, rests: ReadonlySet<number> = new Set()): LineRun[] {
  const indent = (l: string) => l.replace(/\f/g, "").search(/\S/);
  const body = lines.map((l, i) => i >= bodyStart && !skip(i) && indent(l) >= 0);
  const margin = Math.min(...lines.filter((_, i) => body[i]).map(indent));
  const atMargin = anchorsAt(lines, body, margin);
  const runs: LineRun[] = [];
  let pageStart = false;
  for (let i = bodyStart; i < lines.length; i++) {
    if (lines[i].includes("\f")) pageStart = true;
    if (!body[i]) continue;
    let last = i;
    while (last + 1 < lines.length && body[last + 1] && !lines[last + 1].includes("\f")) last++;
    const anchors: number[] = [];
    for (let k = i; k <= last; k++) if (atMargin(k) && !rests.has(k)) anchors.push(k);
    runs.push({ first: i, last, anchors, pageStart, cutBelow: cutAtPageBreak(lines, last, body, margin, rests) });
    pageStart = false;
    i = last;
  }
  return runs;
}

/**
 * Which body lines are anchors. A № column whose cells are centred (a browser's default, Writer's «по центру») prints
 * its numbers right of the body's margin where one of its cells holds wider text (an amendment «(в ред. от
 * 14.03.2033)» under its number): the numbers are anchors then, and of the lines at the margin only those that open
 * in upper case, as a title or a signature does; that text, centred under its number, goes on in its cell.
 */
function anchorsAt(lines: readonly string[], body: readonly boolean[], margin: number): (k: number) => boolean {
  const indent = (k: number) => lines[k].replace(/\f/g, "").search(/\S/);
  const numbered = (k: number) => parseItemNumber(firstWord(lines[k])) !== null;
  const numberMargin = Math.min(...lines.flatMap((_, k) => (body[k] && numbered(k) ? [indent(k)] : [])));
  if (!(numberMargin > margin + 2) || !Number.isFinite(numberMargin)) return (k) => indent(k) <= margin + 2;
  return (k) => (numbered(k) ? indent(k) <= numberMargin + 2 : indent(k) <= margin + 2 && /^\p{Lu}/u.test(firstWord(lines[k])));
}

/**
 * A remark printed under a number in a centred № column («1.3.» over «(в ред. от» over «14.03.2033)»): wider than the
 * number, its lines start left of it and stand across its place, a line or two apart. The number's cell ends at its
 * last line: number line → that line.
 */
function remarksUnder(lines: readonly string[], runs: readonly LineRun[]): Map<number, number> {
  const out = new Map<number, number>();
  const indent = (k: number) => lines[k].replace(/\f/g, "").search(/\S/);
  for (const run of runs) {
    run.anchors.forEach((a, n) => {
      const number = firstWord(lines[a]);
      if (parseItemNumber(number) === null) return;
      const [x0, x1] = [indent(a), indent(a) + number.length];
      const next = run.anchors[n + 1] ?? run.last + 1;
      let last = a;
      for (let k = a + 1; k < next && k - last <= REMARK_REACH; k++) {
        const head = /\S+(?: \S+)*/.exec(lines[k].replace(/\f/g, ""));
        if (head && head.index < x0 && head.index + head[0].length > x1) last = k;
      }
      if (last > a) out.set(a, last);
    });
  }
  return out;
}

/** Lines of a remark under its number are this far apart at most (a cell beside it centred half a line off). */
const REMARK_REACH = 2;

/**
 * The first line of each anchor's row in a run, and how far the rows are from `align`: every line between two anchors
 * goes to one or the other, at the cut (chosen for all the run's rows together) that fits the alignment best.
 */
function bestStarts(
  run: LineRun,
  align: (s: number, e: number, a: number) => number,
  cut: (s: number) => number,
  headings: ReadonlySet<number>,
  startCut: (s: number) => number,
  cutRow: (s: number, a: number) => number = () => 0,
): { starts: number[]; cost: number } {
  const { anchors } = run;
  if (anchors.length === 0) return { starts: [], cost: 0 };
  // A section's heading is a row of its own that starts at its number: the lines above it end the row before it.
  // Candidate first lines of row k: after the previous anchor, up to its own; the first row from the run's start
  // (or, on a page's first run, later: the lines above it then end the row the page break cut).
  const candidates = anchors.map((a, k) => (k > 0 ? (headings.has(a) ? [a] : span(anchors[k - 1] + 1, a)) : run.pageStart ? span(run.first, a) : [run.first]));
  return cheapestStarts(candidates, {
    // Lines above a page's first row end the row the page break cut: a cut among them that breaks a cell right under
    // its line above («Актуализация банка» over «данных о») pays as any other (a line across an empty one may be a
    // cell that starts there, in lowercase, as executors' often do).
    before: (s) => (s > run.first ? startCut(s) : 0),
    row: (k, prev, s) => align(prev, s - 1, anchors[k - 1]) + cut(s),
    last: (s) => (run.cutBelow ? cutRow(s, anchors[anchors.length - 1]) : align(s, run.last, anchors[anchors.length - 1])),
    better: (cost, least) => cost < least,
  });
}

/** Number lines of sections: the next number goes on under it («2.» then «2.1»). */
function sectionLines(lines: readonly string[], numbered: readonly number[]): Set<number> {
  const numberAt = (i: number) => parseItemNumber(firstWord(lines[i]))!.replace(/[.)]$/, "");
  return new Set(numbered.filter((a, k) => k + 1 < numbered.length && numberAt(numbered[k + 1]).startsWith(`${numberAt(a)}.`)));
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function firstWord(line: string): string {
  return line.replace(/\f/g, "").trim().split(/\s+/)[0] ?? "";
}

/**
 * Whether the next page's first body line after `last` (a form feed between) is a row's later line: not at the margin,
 * or the rest of a number broken at the page's foot.
 */
function cutAtPageBreak(lines: readonly string[], last: number, body: readonly boolean[], margin: number, rests: ReadonlySet<number>): boolean {
  let k = last + 1;
  while (k < lines.length && !body[k] && !lines[k].includes("\f")) k++;
  if (k >= lines.length || !lines[k].includes("\f")) return false;
  while (k < lines.length && !body[k]) k++;
  return k < lines.length && (lines[k].replace(/\f/g, "").search(/\S/) > margin + 2 || rests.has(k));
}
