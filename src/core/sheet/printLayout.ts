import { columnWidths, headerWidths } from "./layoutHints";
import type { Area, SheetSpec } from "./sheetSpec";

/**
 * How a sheet goes on paper, decided once for both hosts: A4 in the spec's orientation, the print area over the
 * reader's columns, the header repeated, page numbers in the footer, and a scale that keeps text readable.
 *
 * Fitting every column to one page width is what spreadsheets offer, but a wide sheet then prints at 3 pt. So the
 * sheet is fitted to the width only when the shrink keeps the body at its minimum size or above. A sheet a little
 * too wide (a report of eight columns, whose last one would spill onto a second page across, almost empty) is made
 * to fit: turned to landscape where that suffices, else its wrapping text columns are narrowed (their text wraps
 * onto more lines) down to a floor. Only a sheet too wide even so prints at the smallest readable scale and runs on
 * to further pages across, as a paper register would.
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
  /** Column widths in characters when printing needs them narrower than columnWidths(spec); hosts write these. */
  readonly widths?: readonly number[];
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
// A wrapping column is narrowed no further than this (or its header's longest word): about two short words a line.
const MIN_WRAP_CHARS = 14;
// Narrowed columns are sized with this much to spare: LibreOffice's fit to width shrank the first narrowed
// indicator sheet below 8 pt when sized exactly (test/print); wrapped rows grow taller, never smaller.
const NARROW_RESERVE = 1.15;

const POINTS_PER_CHAR = 7 * 0.75;

/** Points a column of `chars` characters takes at 100 % (Excel: 7-pixel digits plus 5 pixels of padding). */
export function columnPoints(chars: number): number {
  return chars * POINTS_PER_CHAR + 5 * 0.75;
}

/**
 * The page layout of a spec with a print part; undefined when the spec says nothing about printing. `headers`:
 * headerWidths(spec), where the caller has it already.
 */
export function printLayout(spec: SheetSpec, headers: readonly (number | undefined)[] = headerWidths(spec)): PrintLayout | undefined {
  const p = spec.print;
  if (!p) return undefined;
  const widths = columnWidths(spec, headers);
  const first = p.columns?.first ?? 0;
  const last = Math.min(p.columns?.last ?? widths.length - 1, widths.length - 1);
  const minShrink = (p.minFontPt ?? MIN_PRINT_PT) / BODY_FONT_PT;
  // The widest the printed columns may be at 100 % for a fit to one page wide to keep the text readable.
  const allowed = (o: Orientation) => ((o === "landscape" ? A4_PT.long : A4_PT.short) - 2 * MARGINS.sides * 72) / (minShrink * WIDTH_RESERVE);
  const fit = p.fitToWidth ? fitting(spec, widths, headers, first, last, allowed) : null;
  const orientation = fit?.orientation ?? p.orientation;
  return {
    orientation,
    paper: "A4",
    ...(p.columns ? { area: { top: 0, left: first, bottom: Math.max(0, spec.rows.length - 1), right: last } } : {}),
    ...(p.repeatRows ? { repeatRows: p.repeatRows } : {}),
    scaling: fit ? { kind: "fitToWidth" } : { kind: "scale", percent: p.fitToWidth ? acrossScale(naturalPoints(widths, first, last), orientation, minShrink) : 100 },
    margins: MARGINS,
    footer: p.footer ?? PAGE_FOOTER.ru,
    ...(fit?.widths ? { widths: fit.widths } : {}),
  };
}

type Orientation = PrintLayout["orientation"];

/** Points the printed columns take at 100 %, with the reserve for a host's wider substitute font. */
function naturalPoints(widths: readonly number[], first: number, last: number): number {
  return widths.slice(first, last + 1).reduce((sum, w) => sum + columnPoints(w), 0) * WIDTH_RESERVE;
}

/**
 * The scale of a sheet too wide for one page at a readable size: the smallest readable one, raised where that would
 * leave the last page across holding a sliver of columns, so that it is at least half full and the text larger.
 */
function acrossScale(natural: number, orientation: Orientation, minShrink: number): number {
  const page = (orientation === "landscape" ? A4_PT.long : A4_PT.short) - 2 * MARGINS.sides * 72;
  const least = Math.ceil((minShrink * 100) / SCALE_STEP) * SCALE_STEP;
  const pages = (natural * least) / 100 / page;
  const whole = Math.ceil(pages);
  if (whole <= 1 || pages - (whole - 1) >= 0.5) return least;
  return Math.min(100, Math.ceil(((least * (whole - 0.5)) / pages) / SCALE_STEP) * SCALE_STEP);
}

/**
 * How the printed columns fit one page wide at a readable size, trying in order: as they are in the spec's
 * orientation, as they are in landscape, narrowed in the spec's orientation, narrowed in landscape. Null when
 * none does.
 */
function fitting(
  spec: SheetSpec,
  widths: readonly number[],
  headers: readonly (number | undefined)[],
  first: number,
  last: number,
  allowed: (o: Orientation) => number,
): { orientation: Orientation; widths?: number[] } | null {
  const points = (ws: readonly number[]) => ws.slice(first, last + 1).reduce((sum, w) => sum + columnPoints(w), 0);
  const tries: Orientation[] = spec.print!.orientation === "landscape" ? ["landscape"] : ["portrait", "landscape"];
  for (const o of tries) if (points(widths) <= allowed(o)) return { orientation: o };
  const floors = columnWidths({ ...spec, columns: widths.map(() => ({ width: MIN_WRAP_CHARS })) }, headers);
  for (const o of tries) {
    const narrowed = narrow(spec, widths, floors, first, last, (points(widths) - allowed(o) / NARROW_RESERVE) / POINTS_PER_CHAR);
    if (narrowed) return { orientation: o, widths: narrowed };
  }
  return null;
}

/**
 * Takes `excess` characters off the printed wrapping columns, each in proportion to what it has above its floor
 * (wide text columns give most); null when they cannot give that much.
 */
function narrow(spec: SheetSpec, widths: readonly number[], floors: readonly number[], first: number, last: number, excess: number): number[] | null {
  const slack = widths.map((w, c) => (c >= first && c <= last && spec.columns?.[c]?.wrap ? Math.max(0, w - floors[c]) : 0));
  const total = slack.reduce((a, b) => a + b, 0);
  if (total < excess || total === 0) return null;
  return widths.map((w, c) => (slack[c] ? w - Math.ceil((slack[c] * excess) / total) : w));
}
