import { parseDeadline } from "../deadline";
import { lineEvidence, TEXT_COLUMNS, type TextColumn } from "./lineEvidence";
import type { Line, LineRef } from "./segmentRows";

/**
 * The flows after a run of numbers' names, given back to the run's rows column by column. pdftotext without layout
 * gives a page of a Writer table whose rows stand 1.5 font sizes apart (Times 12 pt, cells padded 2 pt) cell block by
 * cell block, row after row: the page's numbers first (their column is a flow of its own), then each row's name,
 * result, deadline and executors as blocks in turn, or a column's blocks of two rows run together where the rows stand
 * close. Either way each column's cells come in the rows' order: the k-th deadline block is the k-th row's deadline.
 * A flow goes to the first row of the run that still lacks its column, up to the first that reads as no column for
 * sure or that no row lacks. Past it the order alone no longer says which row a flow is: a flow of no column (the
 * page's furniture, a cell's second paragraph, two cells run together) may stand anywhere among them. The count says
 * it then: a column whose flows after that point are exactly as many as the rows still lacking it gives them in order
 * (each row has one cell of each column, so none of that column hides among the unread flows); a column with more or
 * fewer flows gives none. The flows stop being given at the first that a caption opens (the header again), and what
 * is not given stays with the run's last row, as before.
 */
export interface RunFlows {
  /** Lines given to each row of the run, in order. */
  readonly byRow: readonly (readonly LineRef[])[];
  /** What is left, for the run's last row. */
  readonly rest: readonly LineRef[];
}

/** How far a flow's clues must lead the next column's for the flow to be that column's. */
const LEAD = 1.5;

/** The column a flow (one cell's lines) reads as, or null where its clues do not settle it. */
export function flowColumn(flow: readonly LineRef[], readsAsName: (flow: readonly LineRef[]) => boolean): TextColumn | null {
  const text = flow.map((r) => r.text.trim()).join(" ");
  if (text.length <= 60 && parseDeadline(text).kind !== "unparsed" && flow.every((r) => lineEvidence(r.text).deadline >= 0)) return "deadline";
  if (readsAsName(flow)) return "name";
  const e = lineEvidence(text);
  const ranked = [...TEXT_COLUMNS].filter((k) => k !== "name").sort((x, y) => e[y] - e[x]);
  const [best, next] = ranked;
  return e[best] > 0 && e[best] - Math.max(e[next], e.name) >= LEAD ? best : null;
}

/**
 * `after`: the run's last row's lines after the names; `named`: which rows of the run have their name already;
 * `isCaption`: a line that captions a column (the header given again: the flows end there).
 */
export function runFlows(
  after: readonly LineRef[],
  named: readonly boolean[],
  lines: readonly Line[],
  parted: (lines: readonly Line[], i: number) => boolean,
  readsAsName: (flow: readonly LineRef[]) => boolean,
  isCaption: (text: string) => boolean,
): RunFlows | null {
  const flows: LineRef[][] = [];
  for (const r of after) {
    if (flows.length === 0 || parted(lines, r.index)) flows.push([]);
    flows[flows.length - 1].push(r);
  }
  // The first flow goes on the last row's name where the names' block ended without a blank line: nothing to give.
  if (flows.length < 2 || !parted(lines, after[0].index)) return null;
  const filled: Record<TextColumn, boolean[]> = { name: [...named], responsible: named.map(() => false), deadline: named.map(() => false), result: named.map(() => false) };
  const byRow: LineRef[][] = named.map(() => []);
  const header = flows.findIndex((flow) => flow.some((r) => isCaption(r.text)));
  const read = flows.slice(0, header < 0 ? flows.length : header).map((flow) => flowColumn(flow, readsAsName));
  let given = 0;
  for (const column of read) {
    const k = column === null ? -1 : filled[column].indexOf(false);
    if (column === null || k < 0) break;
    filled[column][k] = true;
    byRow[k].push(...flows[given]);
    given++;
  }
  const counted = countedFlows(read, given, filled);
  // In the text's order: a row's lines are read by the order its cells come in.
  for (const [f, k] of [...counted].sort(([a], [b]) => a - b)) byRow[k].push(...flows[f]);
  // Flows that fill one row only say nothing of the order: the rows read as before.
  if (byRow.filter((l) => l.length).length < 2) return null;
  return { byRow, rest: flows.flatMap((flow, f) => (f < given || counted.has(f) ? [] : flow)) };
}

/**
 * The flows from `from` on (`read`: each one's column) given by their count: flow index → row, for each column whose
 * flows there are exactly as many as the rows still lacking it (`filled`), in order.
 */
function countedFlows(read: readonly (TextColumn | null)[], from: number, filled: Readonly<Record<TextColumn, readonly boolean[]>>): Map<number, number> {
  const out = new Map<number, number>();
  for (const column of TEXT_COLUMNS) {
    const at = read.flatMap((c, f) => (f >= from && c === column ? [f] : []));
    const open = filled[column].flatMap((done, k) => (done ? [] : [k]));
    if (at.length === 0 || at.length !== open.length) continue;
    at.forEach((f, j) => out.set(f, open[j]));
  }
  return out;
}
