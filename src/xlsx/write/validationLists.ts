import type { DataValidation, Workbook, Worksheet } from "exceljs";
import { cellAddress, columnLetters, NUMBER_FORMATS, type ValidationListSpec } from "../../core/sheet/sheetSpec";
import { quoteSheet } from "./cellValue";
import type { SharedStrings } from "./sharedStrings";
import type { SheetBody } from "./sheetBody";
import { SheetDataWriter } from "./sheetDataWriter";
import type { StyleSheet } from "./styleSheet";

/** Excel's limit for a list typed into the validation itself ("a,b,c"). */
const MAX_INLINE_LIST = 255;

/**
 * Dropdown lists. A short list without commas goes into the validation itself; a longer one, or one whose items
 * contain commas (which an inline list cannot escape), goes into a hidden sheet the validation refers to.
 * Paste bypasses any dropdown, so the core re-validates the data anyway (DESIGN §8); a wrong entry only warns.
 */
export class ValidationLists {
  private readonly columns: (readonly string[])[] = [];

  constructor(readonly listSheetName: string) {}

  /**
   * `byRange`: the area is given to exceljs as one range (what it would squeeze the cells into anyway, without
   * visiting them one by one); only for areas that overlap no other on the sheet, where a later list wins cell by cell.
   */
  apply(ws: Worksheet, spec: ValidationListSpec, byRange = false): void {
    if (spec.list.length === 0) return;
    const validation: DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [this.formula(spec.list)],
      showErrorMessage: true,
      errorStyle: "warning",
    };
    if (byRange) {
      const a = spec.area;
      const address = a.top === a.bottom && a.left === a.right ? cellAddress(a.top, a.left) : `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
      (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(address, validation);
      return;
    }
    for (let r = spec.area.top; r <= spec.area.bottom; r++) {
      for (let c = spec.area.left; c <= spec.area.right; c++) ws.getCell(r + 1, c + 1).dataValidation = validation;
    }
  }

  /** Adds the hidden sheet of long lists, when one was needed, and returns its cells; call after the other sheets. */
  finish(wb: Workbook, styles: StyleSheet, strings: SharedStrings): SheetBody | undefined {
    if (this.columns.length === 0) return undefined;
    wb.addWorksheet(this.listSheetName, { state: "hidden" });
    const style = styles.id({ numFmt: NUMBER_FORMATS.text });
    const letters = this.columns.map((_, c) => columnLetters(c));
    const height = Math.max(...this.columns.map((items) => items.length));
    const cells = new SheetDataWriter(strings);
    for (let r = 0; r < height; r++) {
      cells.openRow(r, undefined);
      this.columns.forEach((items, c) => r < items.length && cells.cell(letters[c], r, style, items[r]));
      cells.closeRow();
    }
    return { sheetData: cells.finish(), dimension: `A1:${letters[letters.length - 1]}${height}`, links: [] };
  }

  private formula(list: readonly string[]): string {
    const inline = list.join(",");
    if (inline.length <= MAX_INLINE_LIST && !list.some((i) => i.includes(","))) return `"${inline.replace(/"/g, '""')}"`;
    this.columns.push(list);
    const col = cellAddress(0, this.columns.length - 1).replace(/\d+$/, "");
    return `${quoteSheet(this.listSheetName)}!$${col}$1:$${col}$${list.length}`;
  }
}
