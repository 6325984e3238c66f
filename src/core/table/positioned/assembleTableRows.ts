import type { GridRow } from "../../grid";
import { joinParts } from "../../text/joinParts";
import { isColumnNumbers } from "../rowShapes";
import type { LineCells } from "./splitLine";
import { type Alignment, ALIGNMENT_CHOICES, bandRowStarts, leadingOf } from "./bandRows";
import { type CellLine, columnLeftEdge, columnRightEdge, columnWidth, joinCellLines, lineRightEdge } from "./joinCellLines";
import { mergedDownCells } from "./mergedDown";
import { centredMerges, type RowExtent } from "./centredMerges";
import { isNumberRest, joinNumberLines, returnNumberRests } from "./numberCell";
import { parseItemNumber } from "../../plan/structure/numbering";
import type { Line, RulingLine } from "./types";

export interface RowContext {
  readonly numberColumn: number | null;
  /** Usual distance between the tops of two lines of one cell. */
  readonly pitch: number;
  readonly horizontals: readonly RulingLine[];
  readonly width: number;
  /**
   * Rows whose number is already on their first line (fixed-width text: its reader moves a centred row's number up):
   * every row is read top-aligned, none may choose another alignment.
   */
  readonly topAligned?: boolean;
  /**
   * Cuts a row's lines into cells again once the row is known, line for line (fixed-width text: edges per row);
   * `filled` tells the columns that hold text in nearly every row (or in the share of rows given).
   */
  readonly refineRow?: (row: readonly LineCells[], filled: (column: number, share?: number) => boolean) => readonly LineCells[];
  /** Every numbered row starts at its number's line (PositionedOptions.rowsAtNumbers). */
  readonly rowsAtNumbers?: boolean;
  /** Every horizontal rule, however short: where a row border stops short of a column, the cell is merged down. */
  readonly borders?: readonly RulingLine[];
  /** Columns whose cell merged down over rows says the same of each (HeaderVerdict.mergedDown); none by default. */
  readonly repeatsMerged?: (column: number) => boolean;
  /** Columns whose empty cell in text without rules is a neighbour's merged down (HeaderVerdict.emptyIsMerged). */
  readonly emptyIsMerged?: (column: number) => boolean;
  /** The header's caption of each column, for notes. */
  readonly captions?: readonly string[];
  /** A schedule grid's columns: a mark in each row, never wrapped (their lines are rows apart, not a cell's). */
  readonly grid?: (column: number) => boolean;
}

interface RowDraft {
  readonly first: LineCells;
  readonly parts: CellLine[][];
  readonly spanning: boolean;
  /** Column where a spanning title starts: its wrapped lines go there whatever their x. */
  readonly spanColumn: number;
  /** The row's lines as cut into cells. */
  readonly lines: LineCells[];
  /** What the reader guessed in the row (GridRow.notes). */
  readonly notes: string[];
}

/**
 * Table lines → rows. Where ruling lines are drawn between rows (lattice), they alone cut rows. Otherwise, with a
 * number column, every number and every title across the table anchors a row and the lines between anchors go to
 * the row they hold together with (bandRows: a number may print beside the middle or last line of its row). Without
 * one, a row starts at a title written across the table and after a gap wider than a cell's line spacing allows. A
 * row never goes on over a page (the plan reader joins a row cut by a page break as it does for any table). The
 * wrapped lines of a cell are joined into one cell.
 */
export function assembleTableRows(lines: readonly LineCells[], ctx: RowContext): TableRows {
  // By page once: a 300-page document has thousands of lines and thousands of rules.
  const rulesByPage = new Map<number, RulingLine[]>();
  for (const r of ctx.horizontals) {
    const list = rulesByPage.get(r.page);
    if (list) list.push(r);
    else rulesByPage.set(r.page, [r]);
  }
  const leading = leadingOf(lines, ctx.pitch, ctx.grid);
  const pages: { lines: readonly LineCells[]; mode: "ruled" | "banded" | "stream" }[] = [];
  for (let from = 0; from < lines.length; ) {
    const page = lines[from].line.page;
    let to = from;
    while (to < lines.length && lines[to].line.page === page) to++;
    const mode = (rulesByPage.get(page)?.length ?? 0) >= 2 ? "ruled" : ctx.numberColumn !== null ? "banded" : "stream";
    pages.push({ lines: lines.slice(from, to), mode });
    from = to;
  }
  // The document's alignment: the one under which the banded pages' best cuts cost least (top on a tie).
  const bandedPages = pages.filter((p) => p.mode === "banded");
  const costUnder = (a: Alignment) => bandedPages.reduce((sum, p) => sum + bandRowStarts(p.lines, ctx.numberColumn!, leading, a, true).cost, 0);
  const costs = bandedPages.length && !ctx.topAligned ? ALIGNMENT_CHOICES.map(costUnder) : [0];
  const align = ALIGNMENT_CHOICES[costs.indexOf(Math.min(...costs))];
  const starts = pages.flatMap((p) => {
    if (p.mode === "ruled") {
      const rules = rulesByPage.get(p.lines[0].line.page)!;
      return p.lines.map((lc, i) => i === 0 || ruledApart(p.lines[i - 1].line, lc.line, rules));
    }
    return p.mode === "banded" ? bandRowStarts(p.lines, ctx.numberColumn!, leading, align, ctx.topAligned, ctx.topAligned, ctx.rowsAtNumbers).starts : streamRowStarts(p.lines, ctx);
  });
  // The column numbers («1 2 3 4»), repeated with the header on every page, are a row of their own: the line under
  // them goes on the row the page break cut or starts the next one, never the numbers' (they read as an item «1»).
  lines.forEach((lc, i) => {
    if (!isColumnNumbers(lc.cells)) return;
    starts[i] = true;
    if (i + 1 < starts.length) starts[i + 1] = true;
  });
  const groups: LineCells[][] = [];
  lines.forEach((lc, i) => (groups.length === 0 || starts[i] ? groups.push([lc]) : groups[groups.length - 1].push(lc)));
  const drafts: RowDraft[] = [];
  let current: RowDraft | null = null;
  const cellLine = (lc: LineCells, k: number): CellLine => ({ text: lc.cells[k], ...lc.extents[k]! });
  const filled = filledColumns(groups, ctx.width);
  // A refined row keeps its lines (one for one), so the starts still hold.
  groups.flatMap((g) => (ctx.refineRow ? ctx.refineRow(g, filled) : g)).forEach((lc, i) => {
    if (current === null || starts[i]) {
      const spanColumn = lc.cells.findIndex((c) => c !== "");
      current = { first: lc, parts: lc.cells.map((c, k) => (c ? [cellLine(lc, k)] : [])), spanning: lc.spanning, spanColumn, lines: [lc], notes: [] };
      drafts.push(current);
      return;
    }
    const draft: RowDraft = current;
    draft.lines.push(lc);
    if (draft.spanning) draft.parts[draft.spanColumn].push(wholeLine(lc));
    else lc.cells.forEach((c, k) => c && draft.parts[k].push(cellLine(lc, k)));
  });
  fillMergedDown(groups, drafts, pages, leading, ctx);
  if (ctx.topAligned && !ctx.borders?.length) fillUnruledMerges(drafts, ctx);
  // Lines written across the table say nothing of a column's edges. Fixed-width text places each page on its own
  // (a page's columns a few characters off another's) and each line a character or more off the next: there a
  // column's edge is its page's widest line, measured from where each line starts (columnWidth).
  const cellDrafts = drafts.filter((d) => !d.spanning);
  const measure = ctx.topAligned ? columnWidth : columnRightEdge;
  const rightEdges = (group: readonly RowDraft[]) => {
    const columns = Array.from({ length: ctx.width }, (_, i) => group.map((d) => d.parts[i] ?? []));
    return columns.map((cells, i) => measure(cells, i + 1 < columns.length ? columnLeftEdge(columns[i + 1]) : Infinity));
  };
  const pageOf = (d: RowDraft) => (ctx.topAligned ? d.first.line.page : 0);
  const rightsByPage = new Map([...new Set(cellDrafts.map(pageOf))].map((p) => [p, rightEdges(cellDrafts.filter((d) => pageOf(d) === p))]));
  const join = (d: RowDraft, i: number) => {
    const parts = d.parts[i] ?? [];
    const edge = rightsByPage.get(pageOf(d))?.[i] ?? null;
    const right = edge !== null && ctx.topAligned ? lineRightEdge(edge) : edge;
    // A title across the table is as wide as the table, not a column: its lines join as text.
    if (d.spanning || right === null) return joinParts(parts.map((p) => p.text));
    return i === ctx.numberColumn && parts.slice(1).some((p) => isNumberRest(p.text)) ? joinNumberLines(parts.map((p) => p.text)) : joinCellLines(parts, right);
  };
  const joined = drafts.map((d): GridRow => ({
    cells: Array.from({ length: ctx.width }, (_, i) => join(d, i)),
    row: d.first.line.row,
    page: d.first.line.page,
    ...(d.notes.length ? { notes: d.notes.map((text) => ({ code: "column_uncertain" as const, text })) } : {}),
  }));
  const rows = returnNumberRests(joined, ctx.numberColumn, (i) => drafts[i].spanning);
  const spanning = new Map<GridRow, number>();
  drafts.forEach((d, i) => d.spanning && spanning.set(rows[i], d.spanColumn));
  return { rows, spanning };
}

/**
 * A cell merged down over rows of a ruled page (mergedDownCells) is one text, however the rows' borders cut its lines:
 * it goes whole to the first row it spans and to every later one that opens an item (its number cell filled), as a
 * careful reader types it again for each item; a row that only goes on with an item (no number) gets none, for its
 * item has it already.
 */
function fillMergedDown(groups: readonly (readonly LineCells[])[], drafts: readonly RowDraft[], pages: readonly { lines: readonly LineCells[]; mode: string }[], leading: number, ctx: RowContext): void {
  const { repeatsMerged, borders } = ctx;
  if (!repeatsMerged || !borders?.length) return;
  const ruled = new Set(pages.filter((p) => p.mode === "ruled").map((p) => p.lines[0].line.page));
  const byPage = new Map<number, RulingLine[]>();
  for (const r of borders) if (ruled.has(r.page)) (byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!).push(r);
  if (byPage.size === 0) return;
  const opens = (d: RowDraft) => ctx.numberColumn === null || d.parts[ctx.numberColumn].length > 0;
  for (const m of mergedDownCells(groups, { rules: (page) => byPage.get(page) ?? [], repeats: repeatsMerged, leading })) {
    const run = drafts.slice(m.first, m.last + 1);
    const before = rowBeforeBreak(drafts, m.first, opens);
    const after = run.flatMap((d) => d.parts[m.column]);
    const whole = [...before.flatMap((d) => d.parts[m.column]), ...after];
    // A first row going on with a row begun before a page break takes the text after the break: joined to that row
    // it makes the whole.
    run.forEach((d, k) => (d.parts[m.column] = k === 0 ? [...(before.length > 0 ? after : whole)] : opens(d) ? [...whole] : []));
  }
}

/**
 * A merged cell whose first row on its page only goes on with an item opened on an earlier page is that row's cell
 * too (a row broken by a page is one row: its cell in a column is one cell), so the part printed before the break
 * belongs to the merged text: Writer prints such a cell's first lines at the foot of one page and the rest, or
 * nothing, on the next. The drafts of that row before the break, oldest first; none where the run opens its item.
 */
function rowBeforeBreak(drafts: readonly RowDraft[], first: number, opens: (d: RowDraft) => boolean): RowDraft[] {
  const before: RowDraft[] = [];
  for (let k = first; k > 0 && !opens(drafts[k]) && !drafts[k].spanning; k--) {
    const previous = drafts[k - 1];
    if (previous.spanning || previous.first.line.page === drafts[k].first.line.page) break;
    before.unshift(previous);
  }
  return before;
}

/**
 * Cells merged down in fixed-width text, which draws no rules (centredMerges): in a column that holds text in most
 * items and whose merged cell says the same of every row it spans, an item's empty cell takes the text of the
 * neighbour whose merged cell it most likely is, with a note (a guess: nothing drawn proves the merge). An item is its
 * numbered row and the rows after it that open none (the lines the reader left apart); runs of items stop at a
 * heading (a row across the table, or a number with a title beside it and nothing else) and at a page break.
 */
function fillUnruledMerges(drafts: readonly RowDraft[], ctx: RowContext): void {
  const { emptyIsMerged, numberColumn } = ctx;
  if (!emptyIsMerged || numberColumn === null) return;
  const runs: RowDraft[][][] = [];
  const numberOf = (d: RowDraft) => parseItemNumber(d.parts[numberColumn].map((p) => p.text).join(""));
  const levels = (n: string | null) => (n ?? "").split(".").filter(Boolean).length;
  const numberedRows = drafts.filter((d) => !d.spanning && numberOf(d) !== null);
  // A section's number with its title on one line, over items numbered a level deeper («2.» over «2.1.»).
  const heading = (d: RowDraft) => {
    const next = numberedRows[numberedRows.indexOf(d) + 1];
    return d.lines.length === 1 && next !== undefined && levels(numberOf(d)) < levels(numberOf(next));
  };
  let open = false;
  for (const d of drafts) {
    const cellsWithText = d.parts.filter((p) => p.length > 0).length;
    const numbered = d.parts[numberColumn].length > 0;
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const samePage = last !== undefined && last[0].first.line.page === d.first.line.page;
    if (d.spanning || (numbered && (cellsWithText <= 2 || heading(d)))) open = false;
    else if (numbered) {
      if (open && samePage) run.push([d]);
      else runs.push([[d]]);
      open = true;
    } else if (open && samePage) last.push(d);
    else open = false;
  }
  const items = runs.flat();
  const has = (item: readonly RowDraft[], c: number) => item.some((d) => d.parts[c].length > 0);
  const mostly = (c: number) => items.filter((item) => has(item, c)).length >= MOST * items.length;
  const filled = Array.from({ length: ctx.width }, (_, c) => c).filter(mostly);
  for (const c of filled) {
    if (c === numberColumn || !emptyIsMerged(c)) continue;
    // Only an item whole but for this cell: a heading's number and title, or a row whose text ran into a neighbour's
    // columns, lacks more than one.
    const whole = (item: readonly RowDraft[]) => filled.every((f) => f === c || has(item, f));
    for (const run of runs) {
      if (run.every((item) => has(item, c)) || run.every((item) => !has(item, c))) continue;
      const owner = centredMerges(run.map((item) => itemExtent(item, c)));
      run.forEach((item, k) => {
        if (has(item, c) || owner[k] < 0 || !whole(item)) return;
        const source = run[owner[k]];
        item[0].parts[c] = source.flatMap((d) => d.parts[c]);
        const caption = ctx.captions?.[c] ? `«${ctx.captions[c]}» ` : "";
        const number = source[0].parts[numberColumn].map((p) => p.text).join(" ");
        item[0].notes.push(`ячейка ${caption}пуста: взята из пункта ${number}, где она, вероятно, объединена на несколько строк (текст напечатан один раз)`);
      });
    }
  }
}

/**
 * Of a table's items, the share that must hold text in a column for its empty cells to be taken for merged ones: a
 * column whose cells are merged over runs of two or three items holds text in half of them or fewer.
 */
const MOST = 0.4;

/** The lines an item's rows take, and those its text in column c takes. */
function itemExtent(item: readonly RowDraft[], c: number): RowExtent {
  const lines = item.flatMap((d) => d.lines);
  const tops = lines.map((lc) => lc.line.top);
  const own = lines.filter((lc) => lc.cells[c] !== "").map((lc) => lc.line.top);
  return { top: Math.min(...tops), bottom: Math.max(...tops), text: own.length ? { top: Math.min(...own), bottom: Math.max(...own) } : null };
}

/**
 * The table's rows, and those written across the table (a title in a merged cell: one phrase over column edges,
 * nothing else on its lines) with the column where their text starts.
 */
export interface TableRows {
  readonly rows: GridRow[];
  readonly spanning: ReadonlyMap<GridRow, number>;
}

/** A line's cells as one piece of text (a title's wrapped line, wherever its words fall). */
function wholeLine(lc: LineCells): CellLine {
  const extents = lc.extents.filter((e) => e !== null);
  const x0 = Math.min(...extents.map((e) => e.x0));
  return { text: lc.cells.filter(Boolean).join(" "), x0, x1: Math.max(...extents.map((e) => e.x1)), words: extents.reduce((n, e) => n + e.words, 0) };
}

/** A rule runs between the middles of the two lines. */
function ruledApart(previous: Line, line: Line, rules: readonly RulingLine[]): boolean {
  return rules.some((r) => r.y0 > previous.top + (previous.bottom - previous.top) / 2 && r.y0 < line.top + (line.bottom - line.top) / 2);
}

/** Rows of a page without rules or numbers: titles across the table and gaps wider than a cell's line spacing. */
function streamRowStarts(lines: readonly LineCells[], ctx: RowContext): boolean[] {
  let current: LineCells | null = null;
  let previous: LineCells | null = null;
  return lines.map((lc) => {
    const start = current === null || previous === null || startsRow(current, previous, lc, ctx);
    if (start) current = lc;
    previous = lc;
    return start;
  });
}

function startsRow(first: LineCells, last: LineCells, lc: LineCells, ctx: RowContext): boolean {
  const previous = last.line;
  const line = lc.line;
  const gap = line.top - previous.top;
  if (gap > 1.8 * ctx.pitch) return true;
  const filled = lc.cells.filter(Boolean).length;
  if (first.spanning) return lc.spanning ? /^\d/.test(line.text) : filled > 1;
  if (lc.spanning) return true;
  return gap > 1.35 * ctx.pitch;
}

/** Of the rows that are not written across the table, the share a column must hold text in to count as filled. */
const FILLED = 0.75;

/**
 * The columns that hold text in nearly every row (the executors', the deadline's), as the rows were first cut: a row
 * whose cell of such a column is empty lost its text to a neighbour (fixed-width text glues a cell to the one before
 * it). A column mostly empty («Примечание») says nothing so. Nor do rows with text in two cells at most: a section's
 * number and its title beside it («1.» | «Развитие системы наставничества»), which fill no item's columns.
 */
function filledColumns(groups: readonly (readonly LineCells[])[], width: number): (column: number, share?: number) => boolean {
  const cellsWithText = (g: readonly LineCells[]) => Array.from({ length: width }, (_, c) => c).filter((c) => g.some((lc) => lc.cells[c] !== "")).length;
  const rows = groups.filter((g) => !g.some((lc) => lc.spanning) && cellsWithText(g) > 2);
  const share = Array.from({ length: width }, (_, c) => rows.filter((g) => g.some((lc) => lc.cells[c] !== "")).length / Math.max(1, rows.length));
  return (column, least = FILLED) => rows.length >= 3 && share[column] >= least;
}
