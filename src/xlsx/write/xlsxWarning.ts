/**
 * Something writeXlsx changed to make the file valid for Excel, reported through WriteXlsxOptions.onWarning:
 * - cell_text_too_long: a text over 32,767 characters was cut; the rest is in the cell's note (detail: its length);
 * - merge_skipped: a merge crossing the table object or another merge was left out (detail: none);
 * - table_without_rows: a table area with a header only gets no table object (Excel needs a data row).
 */
export type XlsxWarningCode = "cell_text_too_long" | "merge_skipped" | "table_without_rows";

export interface XlsxWarning {
  readonly code: XlsxWarningCode;
  readonly sheet: string;
  /** "B4" or "A1:C9". */
  readonly cell?: string;
  readonly detail?: string;
}
