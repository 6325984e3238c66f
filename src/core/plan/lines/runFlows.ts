import { parseDeadline } from "../deadline";
import { lineEvidence, TEXT_COLUMNS, type TextColumn } from "./lineEvidence";
import type { Line, LineRef } from "./segmentRows";

/**
 * The flows after a run of numbers' names, given back to the run's rows column by column. pdftotext without layout
 * gives a page of a Writer table whose rows stand 1.5 font sizes apart (Times 12 pt, cells padded 2 pt) cell block by
 * cell block, row after row: the page's numbers first (their column is a flow of its own), then each row's name,
 * result, deadline and executors as blocks in turn, or a column's blocks of two rows run together where the rows stand
 * close. Either way each column's cells come in the rows' order: the k-th deadline block is the k-th row's deadline.
 * A flow goes to the first row of the run that still lacks its column; the flows stop being given at the first that
 * reads as no column for sure, that no row lacks, or that a caption opens (the header again), and what is left stays
 * with the run's last row, as before.
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
  let given = 0;
  for (const flow of flows) {
    if (flow.some((r) => isCaption(r.text))) break;
    const column = flowColumn(flow, readsAsName);
    const k = column === null ? -1 : filled[column].indexOf(false);
    if (column === null || k < 0) break;
    filled[column][k] = true;
    byRow[k].push(...flow);
    given++;
  }
  // Flows that fill one row only say nothing of the order: the rows read as before.
  if (byRow.filter((l) => l.length).length < 2) return null;
  return { byRow, rest: flows.slice(given).flat() };
}
