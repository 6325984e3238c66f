import type { Grid, GridRow, SourceDocument } from "../grid";
import { oneLine } from "../text/normalize";
import { COUNT_COLUMNS, matchStaffingHeader, PERSON_COLUMNS, type StaffingColumn } from "./staffingColumns";

export type TableKind = "persons" | "aggregated" | "schedule";

/** A staffing table found in a document: where its header is and which column holds what. */
export interface StaffingTable {
  readonly kind: TableKind;
  readonly doc: SourceDocument;
  readonly grid: Grid;
  /** Index (into grid.rows) of the first data row. */
  readonly firstDataRow: number;
  /** Column index of each recognised key; the first column naming a key wins. */
  readonly columns: ReadonlyMap<StaffingColumn, number>;
  /** Columns stating percentages of a count ("с высшим образованием, %"): checked, not summed. */
  readonly percentColumns: ReadonlyMap<StaffingColumn, number>;
  /** Header text of each recognised column, for messages. */
  readonly labels: ReadonlyMap<StaffingColumn, string>;
  /** Lines above the header (title, "по состоянию на …"). */
  readonly context: readonly string[];
}

/** How far down a header may be: a title block and a few notes sit above it. */
const HEADER_SEARCH_ROWS = 40;
const COUNT_POPULATION: readonly StaffingColumn[] = ["teachers", "admin", "staffTotal"];

interface HeaderGuess {
  readonly columns: Map<StaffingColumn, number>;
  readonly percentColumns: Map<StaffingColumn, number>;
  readonly labels: Map<StaffingColumn, string>;
}

function readHeader(labels: readonly string[]): HeaderGuess {
  const guess: HeaderGuess = { columns: new Map(), percentColumns: new Map(), labels: new Map() };
  labels.forEach((label, c) => {
    const m = matchStaffingHeader(label);
    if (!m || m.key === "number") return;
    const target = m.percent ? guess.percentColumns : guess.columns;
    if (target.has(m.key)) return;
    target.set(m.key, c);
    if (!m.percent) guess.labels.set(m.key, oneLine(label));
  });
  return guess;
}

/** The labels of a two-row header: the upper cell (spread over its merge) followed by the lower one. */
function twoRowLabels(grid: Grid, r: number): string[] {
  const top = [...grid.rows[r].cells];
  for (const m of grid.merges) {
    if (m.top > r || m.bottom < r) continue;
    for (let c = m.left + 1; c <= m.right; c++) top[c] = grid.rows[m.top].cells[m.left] ?? "";
  }
  const sub = grid.rows[r + 1]?.cells ?? [];
  const width = Math.max(top.length, sub.length);
  return Array.from({ length: width }, (_, c) => {
    const lower = (sub[c] ?? "").trim();
    const upper = (top[c] ?? "").trim();
    if (lower === "") return upper;
    return matchStaffingHeader(lower) ? lower : `${upper} ${lower}`;
  });
}

function kindOf(columns: ReadonlyMap<StaffingColumn, number>): TableKind | null {
  const persons = PERSON_COLUMNS.filter((k) => columns.has(k)).length;
  const counts = COUNT_COLUMNS.filter((k) => columns.has(k)).length;
  const hasOrg = columns.has("org") || columns.has("type");
  if (persons >= 2 && persons >= counts && (hasOrg || columns.has("fio"))) return "persons";
  if (COUNT_POPULATION.some((k) => columns.has(k)) && counts >= 2 && hasOrg) return "aggregated";
  if (columns.has("positions") && (columns.has("occupied") || columns.has("vacancies"))) return "schedule";
  return null;
}

/** A row of column numbers under the header ("1 2 3 4 …"): skipped. */
function isColumnNumbers(row: GridRow | undefined): boolean {
  if (!row) return false;
  const filled = row.cells.map((c) => (c ?? "").trim()).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c, i) => c === String(i + 1) || c === `${i + 1}.`);
}

/** A second header row holds labels only: a row with a number or a date in it is data. */
function mayBeHeaderContinuation(row: GridRow | undefined): boolean {
  return row !== undefined && !isColumnNumbers(row) && row.cells.some((c) => c.trim() !== "") && row.cells.every((c) => !/\d/.test(c) || /до 35|35 лет|3 год/.test(c));
}

function score(guess: HeaderGuess): number {
  return guess.columns.size + guess.percentColumns.size;
}

/** The staffing table of one grid, or null when no row above HEADER_SEARCH_ROWS reads as a staffing header. */
export function findTableInGrid(doc: SourceDocument, grid: Grid, textLines: readonly string[] = []): StaffingTable | null {
  let best: { r: number; rows: number; guess: HeaderGuess; kind: TableKind } | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const single = grid.rows.slice(0, limit + 1).map((row) => readHeader(row.cells));
  for (let r = 0; r < limit; r++) {
    const candidates: [number, HeaderGuess][] = [[1, single[r]]];
    if (mayBeHeaderContinuation(grid.rows[r + 1])) {
      // Two rows make a header only when together they say more than either alone (a title above a header does not).
      const two = readHeader(twoRowLabels(grid, r));
      if (score(two) > Math.max(score(single[r]), score(single[r + 1] ?? single[r]))) candidates.push([2, two]);
    }
    for (const [rows, guess] of candidates) {
      const kind = kindOf(guess.columns);
      if (kind && (!best || score(guess) > score(best.guess))) best = { r, rows, guess, kind };
    }
  }
  if (!best) return null;
  let first = best.r + best.rows;
  if (isColumnNumbers(grid.rows[first])) first += 1;
  const above = grid.rows.slice(0, best.r).map((row) => oneLine(row.cells.filter((c) => c.trim() !== "").join(" "))).filter(Boolean);
  return { kind: best.kind, doc, grid, firstDataRow: first, ...best.guess, context: [...textLines, ...above] };
}

/** Every staffing table of a document (one per table block; text lines before a block are its context). */
export function findStaffingTables(doc: SourceDocument): StaffingTable[] {
  const found: StaffingTable[] = [];
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "text") {
      lines.push(block.text);
      continue;
    }
    const table = findTableInGrid(doc, block.grid, lines);
    if (table) found.push(table);
  }
  return found;
}
