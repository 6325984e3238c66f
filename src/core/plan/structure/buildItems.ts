import type { ColumnLayout } from "../columns/detectHeader";
import { deadlineEndColumn, joinDeadlineSpan } from "../columns/deadlineEnd";
import { type Deadline, type ExplicitDate, findExplicitDates, type Period, parseDeadline } from "../deadline";
import { type Party, parseResponsible } from "../responsible";
import type { ItemNote, PlanItem, SubEvent } from "../types";
import type { RawItem } from "./assembleRows";
import { enumeratePoints, firstPoint } from "./enumeratePoints";
import { joinParts } from "../../text/joinParts";
import { glueBrokenWords, type GluedWord, joinsBrokenWord } from "../../text/joinBrokenWord";
import { brokenWordNote } from "../lines/brokenWords";
import { numberWithRemark, sectionMarker } from "./numbering";

/** Texts of an item per logical column, joined across the rows that made it. */
export interface ItemTexts {
  readonly number: string | null;
  readonly name: string;
  readonly responsible: string;
  readonly deadline: string;
  /** The item row's own deadline cell, before sub-event rows. */
  readonly ownDeadline: string;
  readonly result: string;
  readonly section: string | null;
  readonly subEventsText: string;
  readonly extra: Record<string, string>;
  /** Words a row break cut with no hyphen, joined whole (joinRowParts). */
  readonly glued: readonly GluedWord[];
}

/**
 * What the texts of every item of a plan are read with, found once per plan: per item, finding them again (a set of
 * the known columns built, the extra columns' headers looked up) was a tenth of structuring a 10,000-item plan.
 */
export interface ItemColumns {
  readonly layout: ColumnLayout;
  /** The column ending the deadline's span (deadlineEndColumn), or undefined. */
  readonly deadlineEnd: number | undefined;
  /** Columns read into an item's own fields; the text of any other column is an extra. */
  readonly known: ReadonlySet<number>;
  /** The header of each extra column; one missing is named by its place («Столбец 7»). */
  readonly extraHeaders: ReadonlyMap<number, string>;
}

/** The extra column that keeps remarks printed in the number cells (numberWithRemark). */
export const NUMBER_REMARK = "Примечание к номеру";

/** The extra column of a section's first item that keeps a note typed right under the section's heading. */
export const SECTION_REMARK = "Примечание к разделу";

/** A remark row's text on one line: its lines and spaces run together. */
const oneSpaced = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The remark columns, in the order the plan lists them before the table's own extra columns. */
export const REMARK_COLUMNS = [SECTION_REMARK, NUMBER_REMARK] as const;

export function itemColumns(layout: ColumnLayout): ItemColumns {
  const extraHeaders = new Map<number, string>();
  for (const e of layout.extra) if (!extraHeaders.has(e.index)) extraHeaders.set(e.index, e.header);
  return { layout, deadlineEnd: deadlineEndColumn(layout), known: new Set([...Object.values(layout.index), ...(layout.derived ?? [])]), extraHeaders };
}

export function itemTexts(raw: RawItem, columns: ItemColumns): ItemTexts {
  const { layout, deadlineEnd, known } = columns;
  const glued: GluedWord[] = [];
  const join = (parts: readonly string[], opts?: { sentences?: boolean }) => joinRowParts(parts, glued, opts);
  const at = (key: keyof ColumnLayout["index"]): string[] => {
    const idx = layout.index[key];
    return idx === undefined ? [] : (raw.parts.get(idx) ?? []);
  };
  // The end of a span printed in a column of its own stays among the extra columns too: nothing of the source is lost.
  const spanEnd = deadlineEnd === undefined ? "" : joinParts(raw.parts.get(deadlineEnd) ?? []);
  // Text that continued into the number column is part of the name: nothing is lost.
  const numberOverflow = at("number").slice(raw.number === null ? 0 : 1);
  const extra: Record<string, string> = {};
  // A remark printed in the number cell after the number («(в ред. от 14.03.2033)») is neither: a column of its own;
  // so is one a legal reference system prints in a row of its own under the item.
  const remark = raw.number === null ? null : numberWithRemark(at("number")[0] ?? "");
  const remarks = [...(remark ? [remark.remark] : []), ...raw.remarks.map(oneSpaced)];
  if (raw.sectionRemarks.length) extra[SECTION_REMARK] = raw.sectionRemarks.map(oneSpaced).join(" ");
  if (remarks.length) extra[NUMBER_REMARK] = remarks.join(" ");
  const extraColumns: number[] = [];
  for (const idx of raw.parts.keys()) if (!known.has(idx)) extraColumns.push(idx);
  for (const idx of extraColumns.sort((a, b) => a - b)) {
    const header = columns.extraHeaders.get(idx) ?? `Столбец ${idx + 1}`;
    extra[header] = join([extra[header] ?? "", ...raw.parts.get(idx)!]);
  }
  const ownDeadline = at("deadline")[0] ?? "";
  const subDates = raw.subRows.map((s) => s.cells.get(layout.index.deadline ?? -1) ?? "").filter(Boolean);
  const deadlineParts = at("deadline");
  const ownIsDate = subDates.length > 0 && findExplicitDates(ownDeadline).length > 0;
  return {
    number: raw.number,
    name: join([...at("name"), ...numberOverflow]),
    responsible: join(at("responsible")),
    // A series of dated events: the item spans them all.
    deadline: ownIsDate ? [...deadlineParts, ...subDates].join("\n") : joinDeadlineSpan(joinParts(deadlineParts), spanEnd),
    ownDeadline,
    result: join(at("result")),
    section: at("section").length ? sectionFromColumn(joinParts(at("section"))) : raw.section,
    subEventsText: joinParts(at("subEvents")),
    extra,
    glued,
  };
}

/**
 * A cell's pieces from the rows that made one item, joined (joinParts), and a word that a row break cut with no
 * hyphen joined whole: Writer breaks a long word at a narrow column's edge, and where that line is a page's last the
 * rest opens the next page («муниципаль» / «ного бюджета»), in a row of its own. With no edge to measure, only a rest
 * that no word is joins (joinsBrokenWord); each word so joined goes into `glued`, for the item's notes.
 */
function joinRowParts(parts: readonly string[], glued: GluedWord[], opts?: { sentences?: boolean }): string {
  const joined = glueBrokenWords(parts, (i, word) => joinsBrokenWord(word, parts[i]));
  glued.push(...joined.glued);
  return joinParts(joined.parts, opts);
}

/**
 * Parsers of one structuring run, remembering their answers: plans repeat the same responsible cells and deadlines
 * ("Отдел кадров", "В течение года") on many rows. Results are never mutated, so sharing them is safe.
 */
export interface CellParsers {
  readonly deadline: (text: string) => Deadline;
  readonly parties: (text: string) => readonly Party[];
  /** The explicit dates of a deadline text (findExplicitDates), asked of every item for its sub-events. */
  readonly dates: (text: string) => readonly ExplicitDate[];
}

export function cellParsers(period: Period | null): CellParsers {
  const deadlines = new Map<string, Deadline>();
  const parties = new Map<string, readonly Party[]>();
  const dates = new Map<string, readonly ExplicitDate[]>();
  const remember = <T>(cache: Map<string, T>, make: (t: string) => T) => (t: string): T => {
    let v = cache.get(t);
    if (v === undefined) cache.set(t, (v = make(t)));
    return v;
  };
  return {
    deadline: remember(deadlines, (t) => parseDeadline(t, { period })),
    parties: remember(parties, (t) => (t ? parseResponsible(t) : [])),
    dates: remember(dates, findExplicitDates),
  };
}

export function buildItem(raw: RawItem, texts: ItemTexts, layout: ColumnLayout, sheet: string | null, parsers: CellParsers): PlanItem {
  const parse = parsers.deadline;
  return {
    number: texts.number,
    section: texts.section,
    name: texts.name,
    responsible: { text: texts.responsible, parties: parsers.parties(texts.responsible) },
    deadline: parse(texts.deadline),
    result: texts.result,
    // The add-in's own sheet lists sub-events in their column; everything else finds them in rows and dates.
    subEvents: texts.subEventsText
      ? subEventsFromColumn(texts, raw, parse)
      : [...subEventsFromRows(raw, texts, layout, parsers), ...subEventsFromDates(raw, texts, parsers)],
    extra: texts.extra,
    source: { sheet, rows: raw.rows, ...(raw.page !== undefined ? { page: raw.page } : {}) },
    ...withNotes([...raw.notes, ...texts.glued.map((g) => ({ code: "column_uncertain" as const, text: brokenWordNote(g) }))]),
  };
}

const withNotes = (notes: readonly ItemNote[]): { notes?: ItemNote[] } => (notes.length > 0 ? { notes: [...notes] } : {});

/** Rows under the item with their own dates (seed 002's 2.1 and 6.2). */
function subEventsFromRows(raw: RawItem, texts: ItemTexts, layout: ColumnLayout, parsers: CellParsers): SubEvent[] {
  if (raw.subRows.length === 0) return [];
  const parse = parsers.deadline;
  const col = (key: keyof ColumnLayout["index"]) => layout.index[key] ?? -1;
  const events: SubEvent[] = [];
  const own = parsers.dates(texts.ownDeadline).length > 0 ? 1 : 0;
  // Rows with only a date take their titles from the list in the item's name, when the counts agree.
  const untitled = raw.subRows.every((s) => !s.cells.get(col("name")));
  const points = untitled ? enumeratePoints(texts.name) : [];
  const paired = points.length === raw.subRows.length + own;
  if (own) {
    events.push({ text: paired ? points[0] : (firstPoint(texts.name) ?? texts.name), deadline: parse(texts.ownDeadline), rows: [raw.rows[0]] });
  }
  raw.subRows.forEach((s, i) => {
    const date = s.cells.get(col("deadline")) ?? "";
    const text = s.cells.get(col("name")) ?? (paired ? points[i + own] : date);
    events.push({
      text,
      deadline: parse(date),
      ...(s.cells.get(col("result")) ? { result: s.cells.get(col("result"))! } : {}),
      ...(s.cells.get(col("responsible")) ? { responsible: s.cells.get(col("responsible"))! } : {}),
      rows: [s.row],
    });
  });
  return events;
}

/** Several dates in one deadline cell (seed 002's 7.6 and 7.10): one event per date, titled by the list in the name. */
function subEventsFromDates(raw: RawItem, texts: ItemTexts, parsers: CellParsers): SubEvent[] {
  if (raw.subRows.length > 0) return [];
  const parse = parsers.deadline;
  const dates = parsers.dates(texts.deadline);
  if (dates.length < 2) return [];
  const points = enumeratePoints(texts.name);
  const parties = parsers.parties(texts.responsible);
  return dates.map((d, i) => ({
    text: points.length === dates.length ? points[i] : texts.deadline.slice(d.index, d.index + d.length),
    deadline: parse(texts.deadline.slice(d.index, d.index + d.length)),
    ...(parties.length === dates.length ? { responsible: parties[i].text } : {}),
    rows: raw.rows,
  }));
}

/** The add-in's own structured sheet lists sub-events in one column, a line each: "08.02.2022 — Семинар …". */
function subEventsFromColumn(texts: ItemTexts, raw: RawItem, parse: (t: string) => Deadline): SubEvent[] {
  return texts.subEventsText.split("\n").filter(Boolean).map((line) => {
    const [date, ...rest] = line.split(" — ");
    return { text: rest.join(" — ") || date, deadline: parse(rest.length ? date : ""), rows: raw.rows };
  });
}

/**
 * A section column holds "1. Выявление …": the item belongs to section "1". The column says the text is a section,
 * so its leading number is taken whatever the title's case: a section row read from a loose line can have a title in
 * lower case («II. квартал …»), and the plan sheet written from it must read back to the same section.
 */
function sectionFromColumn(text: string): string {
  return sectionMarker(text)?.number ?? SECTION_NUMBER.exec(text.trim())?.[1] ?? text;
}

const SECTION_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6})[.)]\s+\S/u;
