import type { Alignment, Border, Borders, Fill, Font } from "exceljs";
import type { StyleName } from "../../core/sheet/sheetSpec";

/** The parts of an exceljs style a named style sets; numFmt comes from the value, never from the style. */
export interface XlsxStyle {
  readonly font?: Partial<Font>;
  readonly fill?: Fill;
  readonly border?: Partial<Borders>;
  readonly alignment?: Partial<Alignment>;
}

const thin: Partial<Border> = { style: "thin", color: { argb: "FF8C8C8C" } };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });

/** Fill colours shared with conditional fills, so "good" looks the same whether set directly or by a rule. */
export const STATUS_FILLS = {
  good: "FFC6EFCE",
  bad: "FFFFC7CE",
  warn: "FFFFEB9C",
} as const;

/**
 * The one table of named styles for .xlsx output (the Office.js adapter has its own table with the same names).
 * Colours are Excel's built-in "Good / Bad / Neutral" and table-header tints, readable when printed in grey.
 */
export const CELL_STYLES: Readonly<Record<StyleName, XlsxStyle>> = {
  title: { font: { bold: true, size: 14 }, alignment: { vertical: "middle", wrapText: true } },
  subtitle: { font: { italic: true, size: 11, color: { argb: "FF595959" } } },
  header: {
    font: { bold: true },
    fill: solid("FFD9E1F2"),
    border: box,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  section: { font: { bold: true }, fill: solid("FFF2F2F2"), border: box, alignment: { vertical: "top", wrapText: true } },
  subtotal: { font: { bold: true }, border: { ...box, top: { style: "thin", color: { argb: "FF000000" } } } },
  total: { font: { bold: true }, fill: solid("FFEDEDED"), border: { ...box, top: { style: "double", color: { argb: "FF000000" } } } },
  good: { fill: solid(STATUS_FILLS.good), font: { color: { argb: "FF006100" } }, border: box },
  bad: { fill: solid(STATUS_FILLS.bad), font: { color: { argb: "FF9C0006" } }, border: box },
  warn: { fill: solid(STATUS_FILLS.warn), font: { color: { argb: "FF9C5700" } }, border: box },
  muted: { font: { color: { argb: "FF808080" }, italic: true } },
  wrap: { alignment: { vertical: "top", wrapText: true } },
};
