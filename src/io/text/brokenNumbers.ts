import type { Block, GridRow } from "../../core/grid";
import { isRoman, parseItemNumber, sectionMarker } from "../../core/plan/structure/numbering";

/**
 * Numbers LibreOffice Writer broke in a narrow № column. Printing a Word table whose № column is too narrow for
 * «1.1.1», Writer breaks the number at a dot, before it («1.1» over «.1») or after it («1.1.» over «1.»), and puts
 * the rest on the cell's next line; `pdftotext -layout` prints that line under the number, or a line or two further
 * down where the row's other cells, centred, have lines between. Read line by line, the rest looks like a row's
 * number of its own.
 *
 * A rest that starts with the dot is one without doubt: no number starts so. A rest of digits («1.») reads as a number,
 * so the plan's own numbering decides, over the whole column at once, with the numbers of the headings between
 * («Задача 1.2.»): joined where the column then counts on as a plan is numbered (1.1.1, 1.1.2, Задача 1.2, 1.2.1)
 * and read apart it would not (1.1., 1., 1.1., 2., Задача 1.2, 1.2., 1.), kept where the column counts on as it
 * stands (1., 1.1., 1.2., 2.: section rows numbered between their items). Such a join is the numbering's reading,
 * and the item says so.
 */
export interface BrokenNumber {
  /** The line whose first word is the number's start. */
  readonly head: number;
  /** The whole number, as printed before Writer broke it. */
  readonly text: string;
  /** The rest as printed («.1», «1.»). */
  readonly rest: string;
  /** The rest could be a number of its own: the numbering chose the join. */
  readonly guessed: boolean;
}

/** How far below its start a digit rest of a number may print (in lines): the next line of the cell, centred cells' lines between. */
const REST_APART = 3;

const WHOLE = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
const DOT_REST = /^\.(?:\d{1,3}(?:\.\d{1,3})*\.?)?$/;

/**
 * The rests of broken numbers in a table's body (from `bodyStart`, lines `skip` says are no rows left out): rest's
 * line → the number it ends. The № column is what starts at the body's margin.
 */
export function brokenNumbers(lines: readonly string[], bodyStart: number, skip: (index: number) => boolean): Map<number, BrokenNumber> {
  const column = marginNumbers(lines, bodyStart, skip);
  const out = new Map<number, BrokenNumber>();
  // Rests that start with their dot join the number above them in the column.
  const numbers: (ColumnNumber | null)[] = [];
  for (const entry of column) {
    const above = numbers[numbers.length - 1];
    if (entry && DOT_REST.test(entry.text) && above && !above.heading && !out.has(above.line) && parseItemNumber(above.text + entry.text) !== null) {
      out.set(entry.line, { head: above.line, text: above.text + entry.text, rest: entry.text, guessed: false });
      numbers[numbers.length - 1] = { ...above, text: above.text + entry.text };
      continue;
    }
    numbers.push(entry && !DOT_REST.test(entry.text) ? entry : null);
  }
  // Digit rests: the joins that make the column count on best, run by run (a title with no number parts runs).
  for (const run of runsOf(numbers)) {
    for (const k of bestJoins(run, (a, b) => b.line - a.line <= REST_APART && !parted(lines, a.line, b.line))) {
      out.set(run[k].line, { head: run[k - 1].line, text: run[k - 1].text + run[k].text, rest: run[k].text, guessed: true });
    }
  }
  return out;
}

interface ColumnNumber {
  readonly line: number;
  readonly text: string;
  /** The number of a heading at the margin («Задача 1.2.»): it counts, but is no row's number nor any number's part. */
  readonly heading?: boolean;
}

/**
 * The first words of the body's lines that start at its margin, in order: a number (or a number's rest), a heading's
 * arabic number, else null (a title with no such number, a signature: the column's count starts again after it).
 */
function marginNumbers(lines: readonly string[], bodyStart: number, skip: (index: number) => boolean): (ColumnNumber | null)[] {
  const clean = (l: string) => l.replace(/\f/g, "");
  const indent = (l: string) => clean(l).search(/\S/);
  const body = lines.map((l, i) => i >= bodyStart && !skip(i) && indent(l) >= 0);
  const margin = Math.min(...lines.filter((_, i) => body[i]).map(indent));
  const out: (ColumnNumber | null)[] = [];
  lines.forEach((l, i) => {
    if (!body[i] || indent(l) > margin + 2) return;
    const first = clean(l).trim().split(/\s+/)[0];
    if (WHOLE.test(first) || DOT_REST.test(first)) return out.push({ line: i, text: first });
    const heading = sectionMarker(clean(l))?.number;
    out.push(heading && !isRoman(heading) ? { line: i, text: heading, heading: true } : null);
  });
  return out;
}

function runsOf(numbers: readonly (ColumnNumber | null)[]): ColumnNumber[][] {
  const runs: ColumnNumber[][] = [[]];
  for (const n of numbers) {
    if (n) runs[runs.length - 1].push(n);
    else if (runs[runs.length - 1].length) runs.push([]);
  }
  return runs.filter((r) => r.length > 1);
}

/** A blank line or a page break between two lines of the text: they are of no one cell. */
function parted(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (lines[i].includes("\f") || (i < to && lines[i].trim() === "")) return true;
  return false;
}

/**
 * Which numbers of a run are the rests of the number above them (by index): the choice, over the whole run, under
 * which the fewest numbers fail to follow the one before as a plan counts on (dynamic programming over the run; on
 * a tie the fewer joins: a join must mend the count). Only a number whose start ends with its dot, `near` enough,
 * may be a rest.
 */
function bestJoins(run: readonly ColumnNumber[], near: (a: ColumnNumber, b: ColumnNumber) => boolean): number[] {
  const joinable = (k: number) => k > 0 && !run[k].heading && !run[k - 1].heading && /\.$/.test(run[k - 1].text) && WHOLE.test(run[k].text) && parseItemNumber(run[k - 1].text + run[k].text) !== null && near(run[k - 1], run[k]);
  const value = (k: number, joined: boolean) => (joined ? run[k - 1].text + run[k].text : run[k].text);
  // best[k][j]: the run up to k, its last number k alone (j = 0) or joined to k - 1 (j = 1).
  type State = { score: number; joins: number; from: [number, 0 | 1] | null };
  const best: (State | null)[][] = run.map(() => [null, null]);
  const better = (a: State, b: State | null) => b === null || a.score > b.score || (a.score === b.score && a.joins < b.joins);
  const offer = (k: number, j: 0 | 1, s: State) => {
    if (better(s, best[k][j])) best[k][j] = s;
  };
  for (let k = 0; k < run.length; k++) {
    for (const j of [0, 1] as const) {
      if (j === 1 && !joinable(k)) continue;
      const prev = k - 1 - j;
      if (prev < 0) {
        offer(k, j, { score: 0, joins: j, from: null });
        continue;
      }
      for (const pj of [0, 1] as const) {
        const p = best[prev][pj];
        if (!p) continue;
        offer(k, j, { score: p.score - (countsOn(value(prev, pj === 1), value(k, j === 1)) ? 0 : 1), joins: p.joins + j, from: [prev, pj] });
      }
    }
  }
  const last = run.length - 1;
  let at: [number, 0 | 1] | null = best[last][1] && better(best[last][1]!, best[last][0]) ? [last, 1] : [last, 0];
  const joins: number[] = [];
  while (at) {
    if (at[1] === 1) joins.push(at[0]);
    at = best[at[0]][at[1]]!.from;
  }
  return joins.reverse();
}

/**
 * Whether number `b` follows `a` as a plan counts on: the next at some level, its deeper levels from 1 (1.1.3 → 1.1.4,
 * 1.2.1, 2.1.1), or a first deeper one (1.1 → 1.1.1).
 */
export function countsOn(a: string, b: string): boolean {
  const parts = (s: string) => s.replace(/\.$/, "").split(".").map(Number);
  const [x, y] = [parts(a), parts(b)];
  let d = 0;
  while (d < x.length && d < y.length && x[d] === y[d]) d++;
  if (d === y.length) return false;
  if (d < x.length && y[d] !== x[d] + 1) return false;
  if (d === x.length && y[d] !== 1) return false;
  return y.slice(d + 1).every((n) => n === 1);
}

/**
 * The row that holds a number the numbering joined (its rest could have been a row's number) carries a note: the
 * last row that starts at or above the number's line and holds it whole. `firstLine`: the source row of line 0.
 */
export function noteGuessedNumbers(blocks: readonly Block[], broken: ReadonlyMap<number, BrokenNumber>, firstLine: number): Block[] {
  const guessed = [...broken.values()].filter((b) => b.guessed);
  if (guessed.length === 0) return [...blocks];
  const rows = blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows : []));
  const notes = new Map<GridRow, string[]>();
  for (const b of guessed) {
    const holders = rows.filter((r) => r.row <= firstLine + b.head && r.cells.some((c) => c.trim() === b.text));
    const holder = holders.reduce<GridRow | null>((last, r) => (last === null || r.row > last.row ? r : last), null);
    if (!holder) continue;
    const start = b.text.slice(0, b.text.length - b.rest.length);
    const note = `номер «${b.text}» собран из «${start}» и «${b.rest}» со строки ниже: узкий столбец № разорвал номер при печати, а нумерация таблицы продолжается так`;
    notes.set(holder, [...(notes.get(holder) ?? []), note]);
  }
  return blocks.map((b): Block => {
    if (b.kind !== "table") return b;
    const rowsNoted = b.grid.rows.map((r) => (notes.has(r) ? { ...r, notes: [...(r.notes ?? []), ...notes.get(r)!.map((text) => ({ code: "merged_continuation" as const, text }))] } : r));
    return { ...b, grid: { ...b.grid, rows: rowsNoted } };
  });
}
