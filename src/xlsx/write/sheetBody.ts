import { escapeXml } from "../charts/escapeXml";

/** An in-workbook link of a cell, in the form Excel writes: a location, no relationship. */
export interface CellLink {
  readonly ref: string;
  readonly location: string;
}

/** The table object over a sheet's area, its column names being the header cells' texts. */
export interface TablePart {
  readonly name: string;
  readonly ref: string;
  readonly columns: readonly string[];
}

/**
 * What writeSheet renders itself for a sheet, spliced into the worksheet part exceljs writes around it (views,
 * columns, merges, lists, notes, print setup). The cells are most of a large workbook, and exceljs builds an
 * object per cell and an XML node per attribute, which made writing a summary many times slower than reading it.
 */
export interface SheetBody {
  /** The <sheetData> element, as stored (SheetDataWriter), in chunks. */
  readonly sheetData: readonly Uint8Array[];
  /** "A1:O10005", for <dimension>. */
  readonly dimension: string;
  readonly links: readonly CellLink[];
  readonly table?: TablePart;
}

export function hyperlinksXml(links: readonly CellLink[]): string {
  if (links.length === 0) return "";
  return `<hyperlinks>${links.map((l) => `<hyperlink ref="${l.ref}" location="${escapeXml(l.location)}"/>`).join("")}</hyperlinks>`;
}

/**
 * The table part: header row with filter buttons, no totals row, banded rows. The header row count and the
 * buttons are spelled out, although Excel takes them as given, because exceljs reads their absence as "none".
 */
export function tableXml(id: number, table: TablePart): string {
  const name = escapeXml(table.name);
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${table.ref}" totalsRowShown="0" headerRowCount="1">` +
    `<autoFilter ref="${table.ref}">${table.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join("")}</autoFilter><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
