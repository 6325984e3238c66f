import type { Grid, GridRow } from "../../grid";
import { findHeader, HEADER_SCAN_ROWS, type HeaderSpec } from "../../table/findHeader";
import { type ColumnKey, PLAN_KEYS } from "./columnCatalogue";
import { endsDeadlineSpan, namesSpanEnds } from "./deadlineEnd";
import { isNotAPlanHeader, matchHeader, namesWeakly } from "./matchHeader";
import { namesOtherTable } from "./otherTableHeader";
import { sectionMarker } from "../structure/numbering";

/** Where each logical column is (0-based cell index), and the header texts of all columns. */
export interface ColumnLayout {
  /** Index of the header row in the grid, or -1 when the columns were recognised by content. */
  readonly headerRow: number;
  readonly index: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Header text of every cell of the header row (empty when guessed): pages repeat this row. */
  readonly headers: readonly string[];
  /** Rows the header takes (2 when a row of sub-headers, "начало | окончание", sits under it). */
  readonly headerRows?: number;
  /** Column names when they differ from `headers` (header and sub-header joined). */
  readonly names?: readonly string[];
  /** Columns the add-in itself derives from the deadline and the source («Вид срока», «Начало»…): read again, not kept. */
  readonly derived?: readonly number[];
  /** Columns that are none of the logical ones: kept as extra, never dropped. */
  readonly extra: readonly { readonly index: number; readonly header: string }[];
  /** Number of plan keys recognised: the table's score as a plan. */
  readonly score: number;
  readonly notAPlan: boolean;
}

/** A header row names a plan when it has a name column and a responsible or deadline column. */
export function isPlanLayout(layout: ColumnLayout): boolean {
  const has = (k: ColumnKey) => layout.index[k] !== undefined;
  return !layout.notAPlan && has("name") && (has("responsible") || has("deadline"));
}

/** Reads one row as a header. */
export function layoutFromHeader(row: GridRow, rowIndex: number): ColumnLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const extra: { index: number; header: string }[] = [];
  const derived: number[] = [];
  let notAPlan = false;
  const keys = spanEndsAsDeadline(row.cells, row.cells.map((text) => (text.trim() === "" ? null : matchHeader(text))));
  // A key goes to the first column that names it plainly, else to the first that names it at all.
  const owner = (key: ColumnKey): number => {
    const named = keys.flatMap((k, i) => (k === key ? [i] : []));
    return named.find((i) => !namesWeakly(row.cells[i], key)) ?? named[0];
  };
  row.cells.forEach((text, i) => {
    if (text.trim() === "") return;
    if (isNotAPlanHeader(text)) notAPlan = true;
    const key = keys[i];
    // «окончание» after «Срок … начало» ends the deadline's span (a catalogued column keeps its own key).
    if (key === "derived" && endsDeadlineSpan(row.cells, i, index.deadline)) extra.push({ index: i, header: text.trim() });
    else if (key === "derived") derived.push(i);
    else if (key && owner(key) === i) index[key] = i;
    else extra.push({ index: i, header: text.trim() });
  });
  // A header with no caption naming the task, whose other captions are a staffing or vacancy table's, is that table:
  // its «ФИО» and «Дата рождения» are no executor and deadline, nor its «Должность» a task (otherTableHeader).
  if (promoteNameColumn(index, extra) && namesOtherTable(row.cells)) notAPlan = true;
  const score = PLAN_KEYS.filter((k) => index[k] !== undefined).length;
  return { headerRow: rowIndex, index, headers: row.cells, extra, ...(derived.length > 0 ? { derived } : {}), score, notAPlan };
}

/**
 * «Начало» and «Окончание» are the add-in's own columns beside its «Срок», derived from it; in a plan with no deadline
 * column they are the deadline's start and end, printed apart (deadlineEnd.ts joins them): the start is the deadline
 * column and the end an extra one, and no cell of theirs is lost.
 */
function spanEndsAsDeadline(cells: readonly string[], keys: readonly (ColumnKey | null)[]): (ColumnKey | null)[] {
  if (keys.includes("deadline")) return [...keys];
  const derived = keys.flatMap((k, i) => (k === "derived" ? [i] : []));
  const pair = derived.findIndex((i, n) => n + 1 < derived.length && namesSpanEnds([cells[i], cells[derived[n + 1]]]));
  if (pair < 0) return [...keys];
  return keys.map((k, i) => (i === derived[pair] ? "deadline" : i === derived[pair + 1] ? null : k));
}

/** A plan whose name column has an unusual header ("Направление работы") still has one: the first extra column. */
function promoteNameColumn(index: Partial<Record<ColumnKey, number>>, extra: { index: number; header: string }[]): boolean {
  const known = ["responsible", "deadline", "result"].filter((k) => index[k as ColumnKey] !== undefined).length;
  if (index.name !== undefined || known < 2 || extra.length === 0) return false;
  const first = extra.shift()!;
  index.name = first.index;
  return true;
}

/**
 * How the table kernel reads plan headers: a row with at least two filled cells naming two plan columns; a row of
 * short captions right under the header, with nothing in the number column ("начало | окончание" under a merged
 * «Срок»), belongs to it, the text under an empty header cell taking the caption on its left.
 */
const PLAN_HEADER: HeaderSpec<ColumnLayout> = {
  read(labels) {
    if (labels.filter((c) => c.trim() !== "").length < 2) return null;
    const layout = layoutFromHeader({ cells: labels, row: 0 }, 0);
    return layout.score >= 2 ? layout : null;
  },
  score: (layout) => layout.score,
  twoRows: {
    mayContinue(lower, _upper, guess) {
      const numberCol = guess?.index.number;
      if (!guess || !isPlanLayout(guess) || numberCol === undefined || (lower.cells[numberCol] ?? "").trim() !== "") return false;
      const filled = lower.cells.map((c) => c.trim()).filter(Boolean);
      // A section heading centred over the table («I. Организационно-…», «Раздел 2. …») falls into the middle columns.
      if (filled.length > 0 && sectionMarker(filled[0])?.explicit) return false;
      return filled.length > 0 && !filled.some((c) => c.length > 40 || /\d/.test(c));
    },
    combine: (upper, lower, left) => [upper || (lower ? left : ""), lower].filter(Boolean).join(" "),
    // Sub-captions never make a plan header worse to read: the joined names are kept whenever the row qualifies.
    better: (two, upper) => upper !== null && two.score >= upper.score,
  },
};

/** The best header of a plan table among its first rows (one row or two), or null when none names plan columns. */
export function detectHeader(rows: readonly GridRow[], merges: Grid["merges"] = [], scanRows = HEADER_SCAN_ROWS): ColumnLayout | null {
  const found = findHeader({ rows, merges }, { ...PLAN_HEADER, scanRows });
  if (!found) return null;
  if (found.rows === 1) return { ...found.guess, headerRow: found.row, headers: rows[found.row].cells };
  return { ...found.guess, headerRow: found.row, headers: rows[found.row].cells, names: found.labels, headerRows: 2 };
}
