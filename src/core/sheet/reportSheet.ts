import type { CellSpec, ChartSpec, ConditionalFillSpec, NoteSpec, SheetSpec, ValidationListSpec } from "./sheetSpec";
import { text } from "./sheetSpec";
import type { Locale } from "../../i18n";
import { localizeTable, translator } from "../../i18n";
import { PAGE_FOOTER } from "./printLayout";

/**
 * The frame every report sheet shares: a title, a line saying when it was made and from what, a blank row, a
 * header row, the body; frozen under the header, A4 with the header repeated on every page, fit to width.
 */
export interface ReportSheetInput {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly string[];
  readonly body: readonly (readonly CellSpec[])[];
  readonly widths: readonly number[];
  readonly orientation?: "portrait" | "landscape";
  /** Extra rows after the body (totals, notes), not part of the table object. */
  readonly footer?: readonly (readonly CellSpec[])[];
  readonly tableName?: string;
  readonly charts?: (layout: ReportLayout) => readonly ChartSpec[];
  readonly conditionalFills?: (layout: ReportLayout) => readonly ConditionalFillSpec[];
  readonly validations?: (layout: ReportLayout) => readonly ValidationListSpec[];
  readonly notes?: readonly NoteSpec[];
  readonly freezeCols?: number;
  /** The language of the printed page footer; Russian when not given. */
  readonly locale?: Locale;
}

/** Rows of the frame (0-based), so that charts and links can point into the body. */
export interface ReportLayout {
  readonly headerRow: number;
  readonly firstBodyRow: number;
  readonly lastBodyRow: number;
  /** First free row after the body and footer: where charts go. */
  readonly afterRow: number;
}

export const REPORT_HEADER_ROW = 3;

export function reportSheet(input: ReportSheetInput): SheetSpec {
  const headerRow = REPORT_HEADER_ROW;
  const firstBodyRow = headerRow + 1;
  const lastBodyRow = headerRow + input.body.length;
  const footer = input.footer ?? [];
  const layout: ReportLayout = { headerRow, firstBodyRow, lastBodyRow, afterRow: lastBodyRow + footer.length + 2 };
  // The body's rows as they are, not copied: a spec is never changed once made, and a large plan's body is tens of
  // thousands of rows.
  const rows: (readonly CellSpec[])[] = [[text(input.title, "title")], [text(input.subtitle, "muted")], [], input.header.map((h) => text(h, "header"))];
  for (const r of input.body) rows.push(r);
  for (const r of footer) rows.push(r);
  const right = input.header.length - 1;
  return {
    name: input.name,
    rows,
    // Title and subtitle run across the table, so they wrap at its width rather than at the first column's.
    merges: right > 0 ? [{ top: 0, left: 0, bottom: 0, right }, { top: 1, left: 0, bottom: 1, right }] : [],
    columns: input.widths.map((width) => ({ width, wrap: width >= 20 })),
    ...(input.tableName && input.body.length > 0 ? { table: { name: input.tableName, area: { top: headerRow, left: 0, bottom: lastBodyRow, right } } } : {}),
    freeze: { rows: firstBodyRow, cols: input.freezeCols ?? 0 },
    print: { orientation: input.orientation ?? "portrait", fitToWidth: true, repeatRows: { first: headerRow, last: headerRow }, footer: localizeTable(PAGE_FOOTER, input.locale ?? "ru") },
    charts: input.charts?.(layout) ?? [],
    conditionalFills: input.conditionalFills?.(layout) ?? [],
    validations: input.validations?.(layout) ?? [],
    notes: input.notes ?? [],
  };
}

/** "Составлено 23.11.2026 · источник: plan.xlsx (План)". */
export function madeLine(madeOn: string, source: string, locale: Locale): string {
  const d = `${madeOn.slice(8, 10)}.${madeOn.slice(5, 7)}.${madeOn.slice(0, 4)}`;
  return translator(locale)("sheet.madeLine", { date: d, source });
}
