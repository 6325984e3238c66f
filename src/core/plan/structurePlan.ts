import type { Block, GridRow, SourceDocument, TextBlock } from "../grid";
import type { Issue } from "../issues/issue";
import { PLAN_KEYS, type PlanKey } from "./columns/columnCatalogue";
import { type ColumnLayout, detectHeader, isPlanLayout } from "./columns/detectHeader";
import { inferLayout } from "./columns/inferLayout";
import { namesOtherTable } from "./columns/otherTableHeader";
import { recoverLabelled } from "./labelled/recoverLabelled";
import { type Line as LooseLine, recoverLineTable } from "./lines/recoverFromLines";
import { readingMemo } from "./lines/assignColumns";
import { numberOf } from "./lines/segmentRows";
import { isSplitSignOff, isWrappedSignOff } from "./lines/signOffLine";
import { joinParts } from "../text/joinParts";
import { alignedSheetBlocks, isSplitLineGrid } from "../table/rejoinSplitLines";
import { columnLinesText, isSplitAtEverySpace, spacedSheetText } from "../table/spacedSheetText";
import { isNotAPlanHeader, namesTargetTable } from "./columns/matchHeader";
import { type Period, periodFromTitle, withDeadlinesRemembered } from "./deadline";
import { findAbbreviationDefinitions } from "./responsible";
import { collectTables, type LogicalTable, type Segment } from "./tables/collectTables";
import { applyCountedMarks, applySchedule, isSchedulePlan, scheduleOf, withSchedule } from "./schedule";
import { assembleRows, type RawSum } from "./structure/assembleRows";
import { beatsReading, type ReadingTally } from "./structure/betterReading";
import { buildItem, cellParsers, itemColumns, itemTexts, REMARK_COLUMNS } from "./structure/buildItems";
import { findContinuationSuspects } from "./structure/findContinuationSuspects";
import { holdsPlan } from "./structure/holdsPlan";
import { planTitle, type Line } from "./structure/planTitle";
import { markCutOff } from "./structure/markCutOff";
import { qualifyNumbers } from "./structure/qualifyNumbers";
import { isPhoneAlone, isRepeatedHeader, nonEmptyCells, readsAsSignatureRow } from "./structure/rowShapes";
import { isPageFurniture } from "../table/pageFurniture";
import { spanOfDeadlines } from "./structure/spanOfDeadlines";
import type { DroppedRow, Plan, PlanColumns, PlanItem, PlanTotal, StructureResult } from "./types";

export interface StructureOptions {
  /** The plan period when the user knows it better than the title does. */
  readonly period?: Period | null;
  /**
   * Reads text as a text document (the hosts pass src/io/text/readTextDocument, which the core cannot import): a sheet
   * whose cells are a layout text's lines split at every space, its runs of spaces kept as empty cells, is read again
   * as that text. Without it such a sheet is read as loose lines only.
   */
  readonly readText?: (text: string) => readonly Block[];
}

/**
 * Reads a document as a plan: finds the plan table among the document's tables by its columns, recovers sections,
 * items, continuations and sub-events, and keeps everything else (title, signatures, other tables, furniture) as
 * metadata or dropped rows with a reason. Pure and deterministic.
 */
export function structurePlan(doc: SourceDocument, opts: StructureOptions = {}): StructureResult {
  // Its readings parse the same cells and lines again and again: each deadline text is read once per document.
  return withDeadlinesRemembered(() => structureDocument(doc, opts));
}

function structureDocument(doc: SourceDocument, opts: StructureOptions): StructureResult {
  if (doc.blocks.length === 0) return { ok: false, failure: { reason: "empty" } };
  const memo = readingMemo();
  const result = structureTables(doc, opts);
  if (isSplitLines(doc)) {
    // Lines cut at spaces into cells (a PDF's text pasted into Excel): its "columns" are pieces of lines. The lines,
    // joined back, are read as aligned text and as loose lines; the reading of the cells competes with them.
    // Split at every space with the runs kept, the cells give the text back with its layout (spacedSheetText), and
    // the text reader reads it; split at some spaces, the pieces are put back where the layout most likely had them.
    // Split at every space, a cell is a word: neither the cells nor the pieces' places tell columns, and they compete
    // only where nothing else reads as a plan.
    // Each line holds every cell of its baseline, joined back by single spaces: no cut of it undoes pdftotext's glue.
    const lines = documentLines(doc, "rows");
    const recovered = recoverLineTable(lines, { baselines: false, memo })?.blocks ?? null;
    const sheetRows = doc.blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows : []));
    const everySpace = isSplitAtEverySpace(sheetRows);
    const text = opts.readText ? spacedSheetText(sheetRows) : null;
    const layout = text !== null && opts.readText ? [opts.readText(text)] : everySpace ? [] : [alignedSheetBlocks(sheetRows)];
    const readings = [...layout, ...(recovered ? [recovered] : [])].map((blocks) => structureTables({ ...doc, blocks }, opts));
    const contenders = everySpace && readings.some((r) => r.ok) ? readings : [result, ...readings];
    return contenders.reduce((best, r) => (found(r) > found(best) ? r : best));
  }
  const cellsOrLines = readCellsOrLines(doc, opts, result, memo);
  // A layout text's lines pasted whole into a column (pdftotext -layout, a fixed-width report) keep its columns in
  // their runs of spaces, which the loose lines fold: read as the text it is, it stands where it finds as much.
  const pasted = opts.readText ? columnLinesText(sheetRowsOf(doc)) : null;
  if (pasted === null || !opts.readText) return cellsOrLines;
  const layout = structureTables({ ...doc, blocks: opts.readText(pasted) }, opts);
  return found(layout) >= found(cellsOrLines) ? layout : cellsOrLines;
}

/** The rows of a document's sheets, where every table of it is a sheet. */
function sheetRowsOf(doc: SourceDocument): GridRow[] {
  const tables = doc.blocks.filter((b) => b.kind === "table");
  return tables.length > 0 && tables.every((b) => b.format === "sheet") ? tables.flatMap((b) => b.grid.rows) : [];
}

/** The document's tables as their cells say, or, where they hold no plan item, its lines read every way. */
function readCellsOrLines(doc: SourceDocument, opts: StructureOptions, result: StructureResult, memo: ReturnType<typeof readingMemo>): StructureResult {
  if (result.ok && result.plan.items.length > 0 && !CELLS_FROM_LINES.has(result.plan.meta.format)) return result;
  // No table names plan columns, or the one that does holds no item (a header read from text that lost its cells,
  // as a PDF copied without layout gives): a plan without cells still has its numbering. «Таблица не найдена» is
  // the answer only when the lines hold no numbered items either.
  // Cells a reader built from whole lines may be right or wrong: the lines are read both ways, and the reading that
  // finds more items with a deadline or an executor wins (one that keeps fewer items pays for those: beatsReading);
  // on a tie the cells' own lines, which keep where the source parted its cells, win over their rows joined.
  // A one-cell-per-line reading competes with the lines' readings when its items mostly name neither a deadline nor
  // an executor (it took stray blank-line runs for cells, as a PDF's raw text spaces its header cells and column
  // numbers), or when the lines hold more rows: a PDF's raw text parts a table's cells by blank lines too, and where
  // a row's cells are not all parted so (a section heading run into the row's number, a page break) the cells reader
  // loses every row after it, while the items it keeps are found. With as many rows, its cells stand.
  const cells = result.ok && result.plan.items.length > 0 ? result.plan : null;
  const strongCells = cells !== null && 2 * found(result) >= cells.items.length;
  let best: ({ plan: Plan } & ReadingTally) | null = cells ? { plan: cells, items: cells.items.length, found: found(result), whole: whole(result) } : null;
  // A table of cells joined from whole lines may be no table of cells at all (a PDF's text without layout parts
  // its columns' flows by blank lines): its source lines, one by one, are a third reading, its paragraphs cut at the
  // numbers; and the same lines as they are a fourth, where a paragraph is a flow of several cells side by side,
  // baseline by baseline (pdftotext without layout runs cells that stand close into one flow), that no joining keeps,
  // and where a cell's piece that runs to its column's edge is glued to the next cell's (gluedLines).
  const modes: LinesMode[] = doc.blocks.some((b) => b.kind === "table" && b.sourceLines) ? ["cells", "rows", "source", "lines"] : ["cells", "rows"];
  // Lines under a header that names the plan's columns, with numbered rows, are a plan even where no reading finds a
  // row's deadline or executor (the rows' cells were read into the wrong columns): its items are kept, not «no table».
  let headed: Plan | null = null;
  // Fields labelled hold no cells side by side, and no line of theirs glues two cells' pieces (gluedLines).
  const labelled = recoverLabelled(documentLines(doc, "rows"));
  // A mode that gives the lines an earlier one gave (a sheet's rows, whose cells are no lines) reads nothing new.
  const read: string[] = [];
  for (const mode of modes) {
    const lines = documentLines(doc, mode);
    const key = JSON.stringify(lines);
    if (read.includes(key)) continue;
    read.push(key);
    const recovered = recoverLineTable(lines, { baselines: labelled === null && givesBaselines(doc, mode), memo });
    if (!recovered) continue;
    const again = structureTables({ ...doc, blocks: recovered.blocks }, opts);
    // The source's lines one by one stand against strong cells by what they find where pdftotext glued two cells'
    // pieces on a line (the reading cut some): the cells' paragraphs then hold several columns each, and those still
    // name some executor, so items whole (a deadline read and an executor named) count as well. Where no line was
    // glued, the lines are only the paragraphs unjoined: pieces of cells interleaved line by line, or a row's cells
    // given after the signature, read no better one by one, and they compete as the other readings do.
    const byLines = mode === "lines" && recovered.gluedCut;
    if (!again.ok || (strongCells && !byLines && again.plan.items.length <= cells.items.length)) continue;
    const tally = { items: again.plan.items.length, found: found(again), whole: whole(again) };
    // The first reading that stands must hold a plan by what its items are, not by the count alone (holdsPlan): an
    // order's or a protocol's numbered paragraphs name a person here and there, an English form's lines any words.
    const stands = best !== null || holdsPlan(again.plan);
    if (stands && beatsReading(tally, best, byLines)) best = { plan: again.plan, ...tally };
    else if (!headed && again.plan.items.length > 0 && recovered.namedColumns >= 3) headed = again.plan;
  }
  // Numbered paragraphs whose fields are labelled («Срок: …», «Ответственный — …») say where each text goes: their
  // reading stands where it finds as much as the readings that guess columns from what the lines hold.
  const byLabels = labelled ? structureTables({ ...doc, blocks: labelled }, opts) : null;
  if (byLabels?.ok && byLabels.plan.items.length > 0 && found(byLabels) >= (best?.found ?? 0)) return byLabels;
  const plan = best?.plan ?? headed;
  return plan ? { ok: true, plan } : result;
}

/** How much of a plan a reading recovered: items with a deadline read or an executor named. */
function found(result: StructureResult): number {
  return result.ok ? result.plan.items.filter((it) => it.deadline.kind !== "unparsed" || it.responsible.parties.length > 0).length : -1;
}

/** Items a reading recovered whole: a deadline read and an executor named. */
function whole(result: StructureResult): number {
  return result.ok ? result.plan.items.filter((it) => it.deadline.kind !== "unparsed" && it.responsible.parties.length > 0).length : -1;
}

/** The document is a sheet whose rows are lines cut at spaces (rejoinSplitLines). */
function isSplitLines(doc: SourceDocument): boolean {
  const sheets = doc.blocks.filter((b) => b.kind === "table");
  return sheets.length > 0 && sheets.every((b) => b.format === "sheet") && isSplitLineGrid(sheets.flatMap((b) => b.grid.rows));
}

/**
 * How a table's rows become lines: each row's filled cells joined by spaces (a line split at spaces into cells, as
 * Excel pastes it: "rows"); where the reader built its cells from whole lines (one cell per line), each cell's lines
 * again, in their order ("cells"), the source's own lines the reader joined into cells, as paragraphs cut at the
 * numbers ("source"), or one by one, as the source gave them ("lines").
 */
type LinesMode = "cells" | "rows" | "source" | "lines";

/**
 * Whether the lines `mode` gives are to be searched for two cells' pieces pdftotext glued on one baseline: the source's
 * lines one by one ("lines"), or a sheet's rows, each a line pasted. A table whose cells a reader built from those
 * lines gives them again one by one in "lines": its cells' lines read the reader's cells again, its paragraphs and rows
 * join many baselines, and none of them is searched twice. Cells each ended by a delimiter (« |», a web page's table
 * copied as text) are no baselines either: the delimiter says where each cell ends, and no line holds two cells.
 */
function givesBaselines(doc: SourceDocument, mode: LinesMode): boolean {
  return mode === "lines" || !doc.blocks.some((b) => b.kind === "table" && (b.sourceLines || CELLS_FROM_LINES.has(b.format)));
}

/** Every line of a document: text lines as they are, table rows as `mode` says. */
function documentLines(doc: SourceDocument, mode: LinesMode): LooseLine[] {
  const filled = (cells: readonly string[]) => cells.map((c) => c.trim()).filter(Boolean);
  return doc.blocks.flatMap((b) => {
    if (b.kind === "text") return [{ row: b.row, text: b.text, ...(b.pageStart ? { pageStart: true } : {}) }];
    if (mode === "source" && b.sourceLines) return paragraphsCutAtNumbers(b.sourceLines);
    if (mode === "lines" && b.sourceLines) return b.sourceLines.map((l) => ({ row: l.row, text: l.text, ...(l.pageStart ? { pageStart: true } : {}) }));
    return b.grid.rows.flatMap((r) => {
      // A cell's first line is parted from the cell before it, as the source parted them.
      if (mode !== "rows" && CELLS_FROM_LINES.has(b.format)) return filled(r.cells).flatMap((c) => filled(c.split("\n")).map((text, k) => ({ row: r.row, text, ...(k === 0 ? { parted: true } : {}) })));
      const text = filled(r.cells).join(" ");
      return text ? [{ row: r.row, text }] : [];
    });
  });
}

/**
 * The source's lines as the paragraphs a blank line parts, each joined into one line as the cells reader joins them,
 * but cut before a line that opens with a number: a paragraph holds one cell, and no cell holds a row's number after
 * its first line (pdftotext runs a section's heading and the first number under it into one paragraph).
 */
function paragraphsCutAtNumbers(lines: readonly TextBlock[]): LooseLine[] {
  const out: { row: number; texts: string[]; parted: boolean }[] = [];
  lines.forEach((l, k) => {
    const gap = k === 0 || l.row - lines[k - 1].row > 1;
    if (gap || numberOf(l.text) !== null) out.push({ row: l.row, texts: [], parted: gap });
    out[out.length - 1].texts.push(l.text);
  });
  return out.map((p) => ({ row: p.row, text: joinParts(p.texts, { sentences: false }), ...(p.parted ? { parted: true } : {}) }));
}

/** Readers whose cells are whole source lines (src/io/text/readCellLines.ts). */
const CELLS_FROM_LINES: ReadonlySet<string> = new Set(["cells"]);

function structureTables(doc: SourceDocument, opts: StructureOptions): StructureResult {
  const segments = collectTables(doc);
  const tables = segments.flatMap((s, i) => (s.kind === "table" ? [{ index: i, table: s.table, layout: headerOf(s.table) }] : []));
  if (tables.length === 0) return { ok: false, failure: { reason: "no_table" } };
  const plans = tables.filter((t) => t.layout && (isPlanLayout(t.layout) || isSchedulePlan(t.layout)));
  if (plans.length > 0) {
    const chosen = plans.reduce((a, b) => (score(b) > score(a) ? b : a));
    return { ok: true, plan: buildPlan(doc, segments, chosen.index, chosen.table, chosen.layout!, opts) };
  }
  // No header names plan columns: a plan pasted without its header is recognised by what its columns hold.
  const guessed = tables
    // A table under a staffing or vacancy table's header holds names, dates and organisations too: it is not guessed.
    .filter((t) => t.table.grid.rows.length >= 3 && !t.layout?.notAPlan && !t.table.grid.rows.slice(0, 3).some((r) => namesOtherTable(r.cells)))
    .map((t) => ({ ...t, layout: inferLayout(t.table.grid.rows) }))
    .filter((t) => t.layout !== null);
  if (guessed.length === 0) return { ok: false, failure: { reason: "no_plan_columns", tables: tables.length } };
  const chosen = guessed.reduce((a, b) => (score(b) > score(a) ? b : a));
  const plan = buildPlan(doc, segments, chosen.index, chosen.table, chosen.layout!, opts);
  const found = Object.entries(chosen.layout!.index).map(([k, i]) => `${k}: ${i + 1}`).join(", ");
  return { ok: true, plan: { ...plan, issues: [{ code: "header_guessed", severity: "info", sheet: doc.sheet, row: chosen.table.grid.rows[0].row, params: { columns: found } }, ...plan.issues] } };
}

function headerOf(table: LogicalTable): ColumnLayout | null {
  return withSchedule(detectHeader(table.grid.rows, table.grid.merges), table.grid.rows);
}

function score(t: { table: LogicalTable; layout: ColumnLayout | null }): number {
  return (t.layout?.score ?? 0) * 1e6 + t.table.grid.rows.length;
}

function buildPlan(doc: SourceDocument, segments: readonly Segment[], planIndex: number, table: LogicalTable, layout: ColumnLayout, opts: StructureOptions): Plan {
  const dropped: DroppedRow[] = [];
  const titleLines: Line[] = [];
  const signatureLines: Line[] = [];
  // A page's number or a browser's head and foot above or under the table is furniture, not the title or the signing.
  const keepEndMatter = (line: Line, into: Line[]) => {
    const furniture = isPageFurniture(line.text);
    if (!furniture) into.push(line);
    dropped.push({ row: line.row, reason: furniture ? "page_furniture" : into === titleLines ? "title" : "signature", text: line.text });
  };
  const otherTables: Plan["meta"]["otherTables"][number][] = [];
  const keepSegment = (s: Segment, into: Line[]) => {
    if (s.kind === "text") keepEndMatter(s.block, into);
    else {
      otherTables.push(describeOtherTable(s.table));
      for (const r of s.table.grid.rows) if (nonEmptyCells(r).length) dropped.push({ row: r.row, reason: "other_table", text: rowText(r) });
    }
  };
  segments.slice(0, planIndex).forEach((s) => keepSegment(s, titleLines));
  for (const f of table.furniture) dropped.push({ row: f.row, reason: "page_furniture", text: f.text });

  const rows = table.grid.rows;
  for (let i = 0; i < layout.headerRow; i++) {
    const text = rowText(rows[i]);
    if (text) keepEndMatter({ row: rows[i].row, text }, titleLines);
  }
  const firstBody = layout.headerRow + (layout.headerRows ?? 1);
  const last = signatureStart(rows, firstBody, layout.headers) - 1;
  for (let i = last + 1; i < rows.length; i++) {
    const text = rowText(rows[i]);
    if (text) keepEndMatter({ row: rows[i].row, text }, signatureLines);
  }
  // The text after the table comes after the table's own last rows, as the source has it: a sign-off pushed right by
  // tabs in Word's plain text is a row of the table's text (two cells), «Исполнитель: …» under it a paragraph.
  segments.slice(planIndex + 1).forEach((s) => keepSegment(s, signatureLines));

  const assembled = assembleRows(table.grid, layout, firstBody, last);
  for (const d of assembled.dropped) dropped.push(d); // not push(...): 300,000 dropped rows overflow the stack
  const columns = itemColumns(layout);
  const texts = assembled.items.map((raw) => itemTexts(raw, columns));
  const title = planTitle(titleLines);
  const preText = titleLines.map((l) => l.text).join("\n");
  let period = opts.period ?? (title ? periodFromTitle(title) : null) ?? (preText ? periodFromTitle(preText) : null);
  const build = (p: Period | null) => {
    const parsers = cellParsers(p);
    return assembled.items.map((raw, i) => buildItem(raw, texts[i], layout, doc.sheet, parsers));
  };
  let items = build(period);
  if (!period) {
    // No period in the title: the span of the dated deadlines is the plan's period; yearless dates then read again.
    period = spanOfDeadlines(items.map((it) => it.deadline));
    if (period) items = build(period);
  }
  items = qualifyNumbers(applyCountedMarks(applySchedule(items, scheduleOf(layout), period), planColumns(layout).extra, period), assembled.sections);
  const paged = isPaged(dropped, items);
  items = markCutOff(items, { columns: planColumns(layout), signed: signatureLines.length > 0, paged });

  const issues: Issue[] = [
    ...findContinuationSuspects(texts, assembled.items.map((r) => r.rows), doc.sheet, table.format, paged),
    ...numberConflicts(items, assembled.sectionRows, doc.sheet),
    ...assembled.items.filter((r) => r.hidden).map((r): Issue => ({ code: "hidden_row", severity: "info", sheet: doc.sheet, row: r.rows[0], item: r.number })),
  ];
  const cellText = [...titleLines, ...signatureLines].map((l) => l.text).join("\n") + "\n" + texts.map((t) => t.name + "\n" + t.responsible).join("\n");
  const named = planColumns(layout);
  return {
    title,
    period,
    columns: { ...named, extra: [...REMARK_COLUMNS.filter((key) => items.some((it) => key in it.extra)), ...named.extra] },
    columnPositions: columnPositions(layout, rows),
    sections: assembled.sections,
    items,
    dropped: dropped.sort((a, b) => a.row - b.row),
    issues,
    meta: {
      file: doc.name,
      sheet: doc.sheet,
      format: table.format,
      titleBlock: titleLines.map((l) => l.text),
      signatureBlock: signatureLines.map((l) => l.text),
      abbreviations: Object.fromEntries(findAbbreviationDefinitions(cellText)),
      otherTables,
      totals: assembled.sums.map((t) => planTotal(t, layout)),
    },
  };
}

function planTotal(sum: RawSum, layout: ColumnLayout): PlanTotal {
  const names = layout.names ?? layout.headers;
  const values = Object.fromEntries([...sum.values].map(([i, text]) => [(names[i] ?? "").replace(/\s+/g, " ").trim() || `${i + 1}`, text]));
  return { row: sum.row, label: sum.label, values, ...(sum.section !== null ? { section: sum.section } : {}) };
}

/** The table ran over pages: a header or running head repeated, or rows on a second page. */
function isPaged(dropped: readonly DroppedRow[], items: readonly PlanItem[]): boolean {
  return dropped.some((d) => d.reason === "repeated_header" || d.reason === "page_furniture") || items.some((it) => (it.source.page ?? 1) > 1);
}

/** Rows at the end of the table that sign it; the index of the first of them (or rows.length). */
function signatureStart(rows: readonly GridRow[], first: number, header: readonly string[]): number {
  let start = rows.length;
  for (let i = rows.length - 1; i >= first; i--) {
    const cells = nonEmptyCells(rows[i]);
    if (cells.length === 0) continue;
    // A header is repeated at a page's top only where the table goes on: the row under it is the table's (the end of
    // an item's executors cut by the page break, «И.Г. Лебедев»), and so is every row above.
    if (readsAsSignatureRow(rows[i]) && !underRepeatedHeader(rows, i, first, header)) start = i;
    // A footnote under the table («* по согласованию») goes with the signature below it, not into the last item.
    else if (start < rows.length && cells.length === 1 && isFootnote(cells[0].text)) start = i;
    // The executor's phone on a line of its own under «Исп. …»: it signs where a signature row stands above it.
    else if (cells.length === 1 && isPhoneAlone(cells[0].text)) continue;
    // The head's position on a row of its own over the rest of the sign-off (its end and the name, or the name alone)
    // in the signature rows under it: a text laid out in columns puts the name set right into another column.
    else if (start < rows.length && cells.length === 1 && signOffOverRows(cells[0].text, rows[start])) start = i;
    else break;
  }
  return start;
}

/** Whether a position's line over a signature row reads as the head's sign-off over two lines (signOffLine). */
function signOffOverRows(position: string, row: GridRow): boolean {
  const rest = nonEmptyCells(row)
    .map((c) => c.text)
    .join(" ");
  return isWrappedSignOff(position, rest) || isSplitSignOff(position, rest);
}

/** «* по согласованию», «** …», «Примечание: …»: a note under a table that its marks refer to. */
function isFootnote(text: string): boolean {
  return /^(?:\*{1,3}\s*\S|примечани[ея]\s*[:.])/iu.test(text.trim());
}

function underRepeatedHeader(rows: readonly GridRow[], i: number, first: number, header: readonly string[]): boolean {
  let k = i - 1;
  while (k >= first && nonEmptyCells(rows[k]).length === 0) k--;
  return k >= first && isRepeatedHeader(rows[k], header);
}

function numberConflicts(items: readonly PlanItem[], sectionRows: ReadonlyMap<string, number>, sheet: string | null): Issue[] {
  return items
    // A one-level number under a numbered section belongs to the section's own list (I. → 1, 2): no conflict.
    .filter((it) => it.number !== null && !it.qualifiedNumber && sectionRows.has(it.number) && !(!it.number.includes(".") && it.section !== null && sectionRows.has(it.section)))
    .map((it) => ({
      code: "number_section_conflict",
      severity: "warning" as const,
      item: it.number,
      sheet,
      row: it.source.rows[0],
      column: "number",
      params: { number: it.number!, sectionRow: sectionRows.get(it.number!)! },
    }));
}

function planColumns(layout: ColumnLayout): PlanColumns {
  const header = (k: keyof ColumnLayout["index"]) => {
    const idx = layout.index[k];
    return idx === undefined ? null : ((layout.names ?? layout.headers)[idx] ?? "").replace(/\s+/g, " ").trim() || null;
  };
  return {
    number: header("number"),
    ...(layout.index.section !== undefined ? { section: header("section") } : {}),
    name: header("name"),
    responsible: header("responsible"),
    deadline: header("deadline"),
    result: header("result"),
    extra: layout.extra.map((e) => e.header),
  };
}

function columnPositions(layout: ColumnLayout, rows: readonly GridRow[]): Partial<Record<PlanKey, number>> {
  const base = rows[0]?.col ?? 1;
  const out: Partial<Record<PlanKey, number>> = {};
  for (const k of PLAN_KEYS) if (layout.index[k] !== undefined) out[k] = layout.index[k]! + base;
  return out;
}

function describeOtherTable(table: LogicalTable): Plan["meta"]["otherTables"][number] {
  const rows = table.grid.rows;
  const layout = detectHeader(rows, table.grid.merges);
  const approval = rows.slice(0, 3).some((r) => r.cells.some(isNotAPlanHeader));
  const planLike = !!layout && layout.index.name !== undefined && layout.index.result !== undefined;
  const kind = approval ? "approval" : planLike || rows.slice(0, 3).some((r) => namesTargetTable(r.cells)) ? "targets" : "other";
  return { firstRow: rows[0].row, lastRow: rows[rows.length - 1].row, kind, header: layout ? layout.headers : rows[0].cells };
}

function rowText(row: GridRow): string {
  return nonEmptyCells(row).map((c) => c.text).join(" | ");
}

export type { TextBlock };
