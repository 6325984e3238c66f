import { type Block, type Grid, hasTypedCells, type SourceDocument } from "../grid";
import { type UnreadPart, unreadParts, withContinuations } from "../table/continuedTables";
import { findHeader, type HeaderSpec } from "../table/findHeader";
import type { HeaderCatalogue } from "../table/uncelledHeader";
import { isNotVacancyHeader, matchVacancyHeader, type VacancyColumn } from "./vacancyColumns";

/** Where a vacancy table is in a document: its grid, header row, columns and the text lines above it. */
export interface VacancyTable {
  readonly grid: Grid;
  /** Index of the header row in grid.rows. */
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<VacancyColumn, number>>>;
  /** Lines above the header (in the grid, or text blocks before the table): titles with the date, the organisation. */
  readonly context: readonly string[];
  /** The cells came typed from a spreadsheet (hasTypedCells): only there is a number kept as text remarked. */
  readonly typedCells: boolean;
}

const COUNT_KEYS: readonly VacancyColumn[] = ["rates", "hours", "vacancies"];

/** Reads one row as a vacancy header; null when it is not one. */
export function vacancyHeader(cells: readonly string[]): Partial<Record<VacancyColumn, number>> | null {
  const columns: Partial<Record<VacancyColumn, number>> = {};
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i];
    if (text.trim() === "") continue;
    if (isNotVacancyHeader(text)) return null;
    const key = matchVacancyHeader(text);
    if (key && columns[key] === undefined) columns[key] = i;
  }
  const score = Object.keys(columns).length;
  const named = columns.position !== undefined || columns.org !== undefined;
  const counted = COUNT_KEYS.some((k) => columns[k] !== undefined);
  return named && counted && score >= 3 ? columns : null;
}

/** How the kernel hears a vacancy table's header in lines that lost their cells (uncelledHeader). */
export const VACANCY_CAPTIONS: HeaderCatalogue = { keyOf: matchVacancyHeader, reads: (captions) => vacancyHeader(captions) !== null };

/** How the table kernel reads vacancy headers: one row naming an organisation or position and a count. */
const VACANCY_HEADER: HeaderSpec<Partial<Record<VacancyColumn, number>>> = {
  read: vacancyHeader,
  score: (columns) => Object.keys(columns).length,
};

/**
 * Every vacancy table of a document (usually one), with the lines of text above each; the parts a page break cut off
 * a table with no header of their own are its rows (withContinuations).
 */
export function findVacancyTables(doc: SourceDocument): VacancyTable[] {
  return readVacancyTables(doc).tables;
}

const vacancyHeaderOf = (grid: Grid) => findHeader(grid, VACANCY_HEADER);

/** The vacancy tables of a document, and the parts of them left unread (unreadParts), to be told. */
export function readVacancyTables(doc: SourceDocument): { tables: VacancyTable[]; unread: UnreadPart[] } {
  const joined = withContinuations(doc.blocks, vacancyHeaderOf, { headings: true });
  return { tables: tablesIn(joined), unread: unreadParts(joined, vacancyHeaderOf) };
}

function tablesIn(joined: readonly Block[]): VacancyTable[] {
  const tables: VacancyTable[] = [];
  let textAbove: string[] = [];
  for (const block of joined) {
    if (block.kind === "text") {
      textAbove.push(block.text);
      continue;
    }
    const found = findHeader(block.grid, VACANCY_HEADER);
    if (found) {
      const above = block.grid.rows.slice(0, found.row).flatMap((r) => r.cells.filter((c) => c.trim() !== ""));
      tables.push({ grid: block.grid, headerRow: found.row, columns: found.guess, context: [...textAbove, ...above], typedCells: hasTypedCells(block) });
    }
    textAbove = [];
  }
  return tables;
}
