import { type Block, type Grid, hasTypedCells, type SourceDocument } from "../grid";
import { type UnreadPart, unreadParts, withContinuations } from "../table/continuedTables";
import { findHeader, type HeaderSpec } from "../table/findHeader";
import type { HeaderCatalogue } from "../table/uncelledHeader";
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
  /** The cells came typed from a spreadsheet (hasTypedCells): only there is a number kept as text remarked. */
  readonly typedCells: boolean;
}

const COUNT_POPULATION: readonly StaffingColumn[] = ["teachers", "admin", "staffTotal"];

interface HeaderGuess {
  readonly columns: Map<StaffingColumn, number>;
  readonly percentColumns: Map<StaffingColumn, number>;
  readonly labels: Map<StaffingColumn, string>;
  readonly kind: TableKind | null;
}

function readHeader(labels: readonly string[]): HeaderGuess {
  const columns = new Map<StaffingColumn, number>();
  const guess = { columns, percentColumns: new Map<StaffingColumn, number>(), labels: new Map<StaffingColumn, string>() };
  labels.forEach((label, c) => {
    const m = matchStaffingHeader(label);
    if (!m || m.key === "number") return;
    const target = m.percent ? guess.percentColumns : guess.columns;
    if (target.has(m.key)) return;
    target.set(m.key, c);
    if (!m.percent) guess.labels.set(m.key, oneLine(label));
  });
  return { ...guess, kind: kindOf(columns) };
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

function score(guess: HeaderGuess): number {
  return guess.columns.size + guess.percentColumns.size;
}

/**
 * How the table kernel reads staffing headers. Two rows make a header only when together they say more than either
 * alone (a title above a header does not); a second header row holds labels only, so a row with a number or a date
 * in it is data (numbers inside labels such as «до 35 лет» excepted).
 */
const STAFFING_HEADER: HeaderSpec<HeaderGuess> = {
  read: (labels) => {
    const guess = readHeader(labels);
    return guess.kind ? guess : null;
  },
  score,
  twoRows: {
    mayContinue: (lower) => lower.cells.some((c) => c.trim() !== "") && lower.cells.every((c) => !/\d/.test(c) || /до 35|35 лет|3 год/.test(c)),
    combine: (upper, lower) => (lower === "" ? upper : matchStaffingHeader(lower) ? lower : `${upper} ${lower}`),
    better: (two, _upper, _lower, [upper, lower]) => score(two) > Math.max(score(readHeader(upper.cells)), score(readHeader(lower.cells))),
  },
};

/** How many staffing columns a header row names, where it names a kind of staffing table; 0 where it does not. */
export function staffingHeaderScore(labels: readonly string[]): number {
  const guess = readHeader(labels);
  return guess.kind ? score(guess) : 0;
}

/** The kind of staffing table a header row names (persons, counts by organisation, a staff schedule), or null. */
export function staffingHeaderKind(labels: readonly string[]): TableKind | null {
  return readHeader(labels).kind;
}

/** How the kernel hears a staffing table's header in lines that lost their cells (uncelledHeader). */
export const STAFFING_CAPTIONS: HeaderCatalogue = { keyOf: (caption) => matchStaffingHeader(caption)?.key ?? null, reads: (captions) => staffingHeaderKind(captions) !== null };

/**
 * The staffing table of one grid, or null when none of its first rows reads as a staffing header; `typedCells`: the
 * grid is a spreadsheet's (hasTypedCells).
 */
export function findTableInGrid(doc: SourceDocument, grid: Grid, typedCells: boolean, textLines: readonly string[] = []): StaffingTable | null {
  const found = findHeader(grid, STAFFING_HEADER);
  if (!found || !found.guess.kind) return null;
  const { columns, percentColumns, labels, kind } = found.guess;
  const above = grid.rows.slice(0, found.row).map((row) => oneLine(row.cells.filter((c) => c.trim() !== "").join(" "))).filter(Boolean);
  return { kind, doc, grid, firstDataRow: found.firstDataRow, columns, percentColumns, labels, context: [...textLines, ...above], typedCells };
}

/**
 * Every staffing table of a document (one per table block; text lines before a block are its context); the parts a
 * page break cut off a table with no header of their own are its rows (withContinuations).
 */
export function findStaffingTables(doc: SourceDocument): StaffingTable[] {
  return readStaffingTables(doc).tables;
}

const staffingHeaderOf = (grid: Grid) => findHeader(grid, STAFFING_HEADER);

/** The staffing tables of a document, and the parts of them left unread (unreadParts), to be told. */
export function readStaffingTables(doc: SourceDocument): { tables: StaffingTable[]; unread: UnreadPart[] } {
  const joined = withContinuations(doc.blocks, staffingHeaderOf, { headings: true });
  return { tables: tablesIn(doc, joined), unread: unreadParts(joined, staffingHeaderOf) };
}

function tablesIn(doc: SourceDocument, joined: readonly Block[]): StaffingTable[] {
  const found: StaffingTable[] = [];
  const lines: string[] = [];
  for (const block of joined) {
    if (block.kind === "text") {
      lines.push(block.text);
      continue;
    }
    const table = findTableInGrid(doc, block.grid, hasTypedCells(block), lines);
    if (table) found.push(table);
  }
  return found;
}
