import { columnWidths } from "./layoutHints";
import type { Area, SheetSpec } from "./sheetSpec";

/**
 * How a sheet goes on paper, decided once for both hosts: A4 in the spec's orientation, the print area over the
 * reader's columns, the header repeated, page numbers in the footer, and a scale that keeps text readable.
 *
 * Fitting every column to one page width is what spreadsheets offer, but a wide sheet then prints at 3 pt. So the
 * sheet is fitted to the width only when the shrink keeps the body at its minimum size or above; otherwise it prints
 * at the smallest readable scale and runs on to further pages across, as a paper register would.
 */
export type PrintScaling = { readonly kind: "fitToWidth" } | { readonly kind: "scale"; readonly percent: number };

export interface PrintLayout {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  /** The printed area, 0-based inclusive; undefined = everything the sheet holds. */
  readonly area?: Area;
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly scaling: PrintScaling;
  /** Left/right and top/bottom margins in inches (both hosts' unit for margins is convertible from it). */
  readonly margins: { readonly sides: number; readonly top: number; readonly bottom: number; readonly footer: number };
  /** Centred page footer in the spreadsheet header/footer code: &P this page, &N pages. */
  readonly footer: string;
}

/** The size the hosts write body text at; a smaller print is the page scale times this. */
export const BODY_FONT_PT = 11;
/** Nothing prints smaller than this unless the spec asks for more. */
export const MIN_PRINT_PT = 8;
export const PAGE_FOOTER = { ru: "Страница &P из &N", en: "Page &P of &N" } as const;

const MARGINS = { sides: 0.5, top: 0.6, bottom: 0.7, footer: 0.3 } as const;
const A4_PT = { short: 595, long: 842 } as const;
// Column widths are counted in the default font's digits, and a host without Calibri (LibreOffice substituting
// DejaVu Sans, whose digits are a quarter wider) makes every column about a third wider on paper (measured by
// test/print): decide with that reserve, so that the sheet is readable wherever it is printed.
const WIDTH_RESERVE = 1.3;
const SCALE_STEP = 5; // percent: scales as a person would pick them

/** Points a column of `chars` characters takes at 100 % (Excel: 7-pixel digits plus 5 pixels of padding). */
export function columnPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** The page layout of a spec with a print part; undefined when the spec says nothing about printing. */
export function printLayout(spec: SheetSpec): PrintLayout | undefined {
  const p = spec.print;
  if (!p) return undefined;
  const widths = columnWidths(spec);
  const first = p.columns?.first ?? 0;
  const last = Math.min(p.columns?.last ?? widths.length - 1, widths.length - 1);
  const natural = widths.slice(first, last + 1).reduce((sum, w) => sum + columnPoints(w), 0) * WIDTH_RESERVE;
  const pageWidth = (p.orientation === "landscape" ? A4_PT.long : A4_PT.short) - 2 * MARGINS.sides * 72;
  const minShrink = (p.minFontPt ?? MIN_PRINT_PT) / BODY_FONT_PT;
  const fits = p.fitToWidth && (natural <= 0 || pageWidth / natural >= minShrink);
  return {
    orientation: p.orientation,
    paper: "A4",
    ...(p.columns ? { area: { top: 0, left: first, bottom: Math.max(0, spec.rows.length - 1), right: last } } : {}),
    ...(p.repeatRows ? { repeatRows: p.repeatRows } : {}),
    scaling: fits ? { kind: "fitToWidth" } : { kind: "scale", percent: p.fitToWidth ? Math.ceil((minShrink * 100) / SCALE_STEP) * SCALE_STEP : 100 },
    margins: MARGINS,
    footer: p.footer ?? PAGE_FOOTER.ru,
  };
}
