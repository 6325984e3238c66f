import type { Grid, GridRow } from "../../grid";
import type { ColumnLayout } from "../columns/detectHeader";
import { findExplicitDates } from "../deadline";
import type { DroppedRow, ItemNote, Section } from "../types";
import { buildContext, classifyRow, isExtraColumn } from "./classifyRow";
import { joinParts } from "../../text/joinParts";
import { isAmendmentRemark, isNoteRemark } from "./numbering";
import { nonEmptyCells } from "./rowShapes";
import { withLevels } from "./sectionLevels";
import { isAmountCell } from "../../table/sumRows";

/** An item as rows were read: texts per source column, before any parsing. */
export interface RawItem {
  readonly number: string | null;
  readonly section: string | null;
  /** Texts per column index, one entry per row that contributed. */
  readonly parts: Map<number, string[]>;
  readonly rows: number[];
  /** Rows under the item that carry their own date (a seminar of a series): texts per column index. */
  readonly subRows: { readonly row: number; readonly cells: ReadonlyMap<number, string> }[];
  /** Whether the item's own deadline cell was filled before the sub-rows came. */
  hidden: boolean;
  /** PDF page of the item's first row, when the reader knew it. */
  readonly page?: number;
  /** What the reader was unsure of in the rows that made the item (GridRow.notes). */
  readonly notes: ItemNote[];
  /** Rows of their own under the item that name the act that amended it or note on it (isAmendmentRemark, isNoteRemark). */
  readonly remarks: string[];
  /** A note typed in a row of its own right under the item's section heading, before its first item: the section's. */
  readonly sectionRemarks: string[];
}

/** A row that adds up rows above it, or a group heading's sum: its amounts per column index. */
export interface RawSum {
  readonly row: number;
  readonly label: string;
  readonly values: Map<number, string>;
  /** The section whose sum it is (a group row «1.1»), or null for «Итого» rows. */
  readonly section: string | null;
}

export interface Assembled {
  readonly items: RawItem[];
  readonly sections: Section[];
  readonly dropped: DroppedRow[];
  readonly sums: RawSum[];
  /** Indexes of sections whose number is also an item's number are found later; rows kept for messages. */
  readonly sectionRows: Map<string, number>;
}

/**
 * Walks the body rows of the plan table once: drops furniture, opens sections and items, and attaches rows without
 * a number to what they continue. Every non-empty cell ends up somewhere.
 */
export function assembleRows(grid: Grid, layout: ColumnLayout, first: number, last: number): Assembled {
  const ctx = buildContext(grid, layout, first);
  const items: RawItem[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRow[] = [];
  const sums: RawSum[] = [];
  // The sum row just read: rows under it holding amounts only («местный бюджет | 3 200,0») break its sum down.
  let lastSum: RawSum | null = null;
  const sectionRows = new Map<string, number>();
  const sectionParts: string[][] = [];
  const ranks: (number | null)[] = [];
  const direct: boolean[] = [];
  let current: RawItem | null = null;
  let lastWasSection = false;
  const deadlineCol = layout.index.deadline;

  // Whether the row before was a note (isNoteRemark) or its line: a one-cell row under it goes on with it.
  let noteGoesOn = false;
  // A note right under a section heading, before its first item («Примечание: мероприятия раздела финансируются …»):
  // the section's remark, not a line of its title. The section's first item carries it; a section with no item
  // takes it into its title after all, so that nothing is lost.
  let sectionNote: string[] = [];
  const titleTakesNote = () => {
    if (sectionNote.length === 0) return;
    continueTitle(sectionNote);
    sectionNote = [];
  };
  const continueTitle = (texts: readonly string[]) => {
    sectionParts[sectionParts.length - 1].push(...texts);
    const s = sections[sections.length - 1];
    sections[sections.length - 1] = { ...s, title: joinParts(sectionParts[sectionParts.length - 1]) };
  };

  for (let i = first; i <= last; i++) {
    const row = grid.rows[i];
    const cls = classifyRow(row, i, ctx);
    let noteNow = false;
    if (lastSum !== null && cls.kind === "follow" && breaksDownSum(row, layout)) {
      for (const c of nonEmptyCells(row)) lastSum.values.set(c.index, [lastSum.values.get(c.index), c.text].filter(Boolean).join("\n"));
      continue;
    }
    lastSum = null;
    if (cls.kind === "sum" || cls.kind === "section") titleTakesNote();
    if (cls.kind === "sum") {
      lastSum = { row: row.row, label: cls.label, values: new Map(cls.values), section: null };
      sums.push(lastSum);
      current = null;
      lastWasSection = false;
    } else if (cls.kind === "drop") {
      dropped.push({ row: row.row, reason: cls.reason, text: rowText(row) });
    } else if (cls.kind === "section") {
      sectionParts.push([cls.title]);
      sections.push({ number: cls.number, title: cls.title, row: row.row });
      if (cls.sums) sums.push({ row: row.row, label: cls.title, values: new Map(cls.sums), section: cls.number ?? cls.title });
      ranks.push(cls.rank ?? null);
      direct.push(lastWasSection);
      if (cls.number !== null && !sectionRows.has(cls.number)) sectionRows.set(cls.number, row.row);
      current = null;
      lastWasSection = true;
    } else if (cls.kind === "item" || (current === null && !lastWasSection)) {
      current = openItem(cls.kind === "item" ? cls.number : null, sections, row, grid, i);
      current.sectionRemarks.push(...sectionNote);
      sectionNote = [];
      items.push(current);
      lastWasSection = false;
    } else if (current === null && noteGoesOn && sectionNote.length > 0 && nonEmptyCells(row).length === 1) {
      sectionNote.push(joinParts([sectionNote.pop() ?? "", nonEmptyCells(row)[0].text]));
      noteNow = true;
    } else if (current === null && isAmendmentRow(row)) {
      sectionNote.push(nonEmptyCells(row)[0].text);
      noteNow = isNoteRemark(nonEmptyCells(row)[0].text);
    } else if (current === null) {
      // Text under a section title, before its first item: the title continues (a page break split it).
      titleTakesNote();
      continueTitle(nonEmptyCells(row).map((c) => c.text));
    } else if (noteGoesOn && nonEmptyCells(row).length === 1) {
      // A note's next line where text is laid out in lines (a PDF's, pdftotext's): the note goes on.
      current.remarks.push(joinParts([current.remarks.pop() ?? "", nonEmptyCells(row)[0].text]));
      current.rows.push(row.row);
      noteNow = true;
    } else if (isAmendmentRow(row)) {
      current.remarks.push(nonEmptyCells(row)[0].text);
      current.rows.push(row.row);
      noteNow = isNoteRemark(nonEmptyCells(row)[0].text);
    } else if (deadlineCol !== undefined && isSubEventRow(row, current, deadlineCol, layout)) {
      current.subRows.push({ row: row.row, cells: new Map(nonEmptyCells(row).map((c) => [c.index, c.text])) });
      current.rows.push(row.row);
    } else {
      appendRow(current, row);
    }
    noteGoesOn = noteNow;
  }
  titleTakesNote();
  return { items, sections: withLevels(sections, ranks, direct), dropped, sums, sectionRows };
}

/** A row whose one cell is an amendment's remark or a note on the item above (isAmendmentRemark, isNoteRemark). */
function isAmendmentRow(row: GridRow): boolean {
  const cells = nonEmptyCells(row);
  return cells.length === 1 && (isAmendmentRemark(cells[0].text) || isNoteRemark(cells[0].text));
}

/** A row without a label under a sum row whose cells are amounts or an extra column's words. */
function breaksDownSum(row: GridRow, layout: ColumnLayout): boolean {
  return nonEmptyCells(row).every((c) => isAmountCell(c.text) || isExtraColumn(c.index, layout));
}

function openItem(number: string | null, sections: readonly Section[], row: GridRow, grid: Grid, index: number): RawItem {
  const s = sections[sections.length - 1];
  const item: RawItem = { number, section: s ? (s.number ?? s.title) : null, parts: new Map(), rows: [], subRows: [], hidden: false, notes: [], remarks: [], sectionRemarks: [], ...(row.page !== undefined ? { page: row.page } : {}) };
  appendRow(item, withVerticalMerges(row, grid, index));
  return item;
}

function appendRow(item: RawItem, row: GridRow): void {
  item.rows.push(row.row);
  if (row.hidden) item.hidden = true;
  if (row.notes) item.notes.push(...row.notes);
  for (const c of nonEmptyCells(row)) {
    const list = item.parts.get(c.index);
    if (list) list.push(c.text);
    else item.parts.set(c.index, [c.text]);
  }
}

/**
 * A row without a number is a sub-event (a seminar of a series, seed 002's 2.1 and 6.2) when it brings its own
 * date while the item already has a deadline; otherwise it continues the item (text cut by a page break).
 */
function isSubEventRow(row: GridRow, item: RawItem, deadlineCol: number, layout: ColumnLayout): boolean {
  const deadline = (row.cells[deadlineCol] ?? "").trim();
  if (deadline === "" || findExplicitDates(deadline).length === 0) return false;
  const itemDeadline = item.parts.get(deadlineCol);
  if (!itemDeadline || itemDeadline.length === 0) return false;
  if (/^(по|до|-|–|—)\s/i.test(deadline) || /[-–—]\s*$/.test(itemDeadline[itemDeadline.length - 1])) return false;
  const nameCol = layout.index.name;
  const name = nameCol !== undefined ? (row.cells[nameCol] ?? "").trim() : "";
  return !/^\p{Ll}/u.test(name);
}

/** Cells covered by a vertical merge (one responsible for several items) take the merged text. */
function withVerticalMerges(row: GridRow, grid: Grid, index: number): GridRow {
  const covering = grid.merges.filter((m) => m.top < index && m.bottom >= index);
  if (covering.length === 0) return row;
  const cells = [...row.cells];
  for (const m of covering) {
    for (let c = m.left; c <= m.right; c++) {
      if ((cells[c] ?? "").trim() === "" && c === m.left) cells[c] = grid.rows[m.top].cells[m.left] ?? "";
    }
  }
  return { ...row, cells };
}

function rowText(row: GridRow): string {
  return nonEmptyCells(row).map((c) => c.text).join(" | ");
}
