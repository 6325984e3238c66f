import { columnLetters } from "../core/sheet/sheetSpec";
import type { Grid, GridRow } from "../core/grid";
import type { PlanKey } from "../core/plan";
import type { Plan } from "../core/plan/types";
import { oneLine } from "../core/text/normalize";

/** What a user can make a column mean: a plan column, or «other» (kept as an extra column). */
export type ColumnMeaning = PlanKey | "extra";

/** Meanings chosen by hand, by 1-based sheet column. */
export type ColumnOverrides = ReadonlyMap<number, ColumnMeaning>;

/**
 * Headers that structuring recognises unambiguously, one per meaning. The core has no "forced layout" option, so a
 * reassignment rewrites the header cells of an in-memory copy of the grid (never the sheet) and structures again.
 * «Графа» matches no column synonym: a column renamed to it becomes an extra column.
 */
const CANONICAL_HEADER: Readonly<Record<ColumnMeaning, (letter: string) => string>> = {
  number: () => "№ п/п",
  name: () => "Наименование мероприятия",
  responsible: () => "Ответственный исполнитель",
  deadline: () => "Срок исполнения",
  result: () => "Ожидаемый результат",
  extra: (letter) => `Графа ${letter}`,
};

const fold = (s: string) => oneLine(s).toLowerCase();

/** Index in grid.rows of the plan's header row: the row whose cells hold the recognised headers, or -1 (guessed header). */
export function findHeaderRow(grid: Grid, plan: Plan): number {
  const wanted = (Object.entries(plan.columnPositions) as [PlanKey, number][])
    .map(([key, col]) => ({ col, header: plan.columns[key] }))
    .filter((w): w is { col: number; header: string } => typeof w.header === "string" && w.header !== "");
  if (wanted.length === 0) return -1;
  return grid.rows.findIndex((row) => wanted.every((w) => fold(cellAt(row, w.col)) === fold(w.header)));
}

/** The overrides with one more choice: a column chosen earlier for the same plan meaning becomes «other» (the later choice wins). */
export function withOverride(overrides: ColumnOverrides, col: number, meaning: ColumnMeaning): ColumnOverrides {
  const next = new Map(overrides);
  if (meaning !== "extra") for (const [c, m] of next) if (m === meaning && c !== col) next.set(c, "extra");
  return next.set(col, meaning);
}

/** The meaning of each column after the overrides: a column that had a chosen meaning before loses it. */
export function meaningsAfter(plan: Plan, columns: readonly number[], overrides: ColumnOverrides): Map<number, ColumnMeaning> {
  const meanings = new Map<number, ColumnMeaning>(columns.map((c) => [c, "extra"]));
  for (const [key, col] of Object.entries(plan.columnPositions) as [PlanKey, number][]) meanings.set(col, key);
  for (const [col, meaning] of overrides) {
    if (meaning !== "extra") for (const [c, m] of meanings) if (m === meaning && c !== col && !overrides.has(c)) meanings.set(c, "extra");
    meanings.set(col, meaning);
  }
  return meanings;
}

/** 1-based columns with text in the rows the plan's items came from. */
export function itemColumns(grid: Grid, plan: Plan): number[] {
  const rows = new Set(plan.items.flatMap((i) => i.source.rows));
  const cols = new Set<number>();
  for (const row of grid.rows) if (rows.has(row.row)) row.cells.forEach((c, i) => c.trim() !== "" && cols.add((row.col ?? 1) + i));
  for (const col of Object.values(plan.columnPositions)) if (col !== undefined) cols.add(col);
  return [...cols].sort((a, b) => a - b);
}

/**
 * A grid with the header row (and its repetitions on later pages) relabelled as the overrides say. Without a
 * header row (the columns were guessed from the content) a header row is put above the first item, naming every
 * column of the items as the overrides say: structuring then reads the columns from it.
 */
export function applyColumnOverrides(grid: Grid, plan: Plan, overrides: ColumnOverrides): Grid | null {
  if (overrides.size === 0) return grid;
  const headerIndex = findHeaderRow(grid, plan);
  if (headerIndex < 0) return withHeaderRow(grid, plan, overrides);
  const header = grid.rows[headerIndex];
  const headerKey = header.cells.map(fold).join("\u0000");
  const relabel = new Map<number, string>();
  for (const [col, meaning] of overrides) {
    relabel.set(col, CANONICAL_HEADER[meaning](columnLetter(col)));
    // The column that had this meaning before loses it, unless the user chose for it too.
    if (meaning === "extra") continue;
    const previous = plan.columnPositions[meaning];
    if (previous !== undefined && previous !== col && !overrides.has(previous)) relabel.set(previous, CANONICAL_HEADER.extra(columnLetter(previous)));
  }
  const rows = grid.rows.map((row) => (row.cells.map(fold).join("\u0000") === headerKey ? relabelRow(row, relabel) : row));
  return { rows, merges: grid.merges };
}

function relabelRow(row: GridRow, relabel: ReadonlyMap<number, string>): GridRow {
  const base = row.col ?? 1;
  const cells = [...row.cells];
  for (const [col, text] of relabel) {
    const i = col - base;
    if (i < 0) continue;
    while (cells.length <= i) cells.push("");
    cells[i] = text;
  }
  return { ...row, cells };
}

function cellAt(row: GridRow, col: number): string {
  return row.cells[col - (row.col ?? 1)] ?? "";
}

/** "A", "B", … "AA" of a 1-based column. */
export function columnLetter(col: number): string {
  return columnLetters(col - 1);
}

function withHeaderRow(grid: Grid, plan: Plan, overrides: ColumnOverrides): Grid | null {
  const first = plan.items[0]?.source.rows[0];
  const at = grid.rows.findIndex((r) => r.row === first);
  if (first === undefined || at < 0) return null;
  const meanings = meaningsAfter(plan, itemColumns(grid, plan), overrides);
  const base = Math.min(...meanings.keys());
  const cells = Array.from({ length: Math.max(...meanings.keys()) - base + 1 }, (_, i) => {
    const meaning = meanings.get(base + i);
    return meaning ? CANONICAL_HEADER[meaning](columnLetter(base + i)) : "";
  });
  // The header takes the first item's row number: it is not a source row of its own, and items keep theirs.
  const header: GridRow = { cells, row: first, col: base };
  return { rows: [...grid.rows.slice(0, at), header, ...grid.rows.slice(at)], merges: grid.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)) };
}
