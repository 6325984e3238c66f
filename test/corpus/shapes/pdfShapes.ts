import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "fs";
import * as path from "path";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { columnWidths, drawnColumns, drawnRows, fitted, layRows, pageNumbering, paginate, type Placed, widthsFilledToEdge, type Widths } from "../layoutTable";
import { withRunsOfExecutors } from "../mergedExecutors";
import { makeRng, type Rng } from "../rng";
import type { Key, TruthPlan } from "../truthPlan";
import type { Shape } from "./shape";

const FONT_FILE = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts", "LiberationSans-Regular.ttf");
/** Landscape A4 in points. */
export const PAGE = { width: 842, height: 595, margin: 40 };
export const SIZE = 9;
export const LEADING = 11;
export const PAD = 3;
const WIDTHS: Widths = { number: 40, name: 270, responsible: 180, deadline: 120, result: 150, extra: 110 };

let fontBytes: Buffer | null = null;

/** A new PDF with the corpus's font embedded (Liberation Sans from pdfjs-dist: Cyrillic, metric-compatible with Arial). */
export async function corpusPdf(): Promise<{ pdf: PDFDocument; font: PDFFont }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  fontBytes ??= readFileSync(FONT_FILE);
  return { pdf, font: await pdf.embedFont(fontBytes, { subset: true }) };
}

/** The first page's title block (at the right) and the plan's title (centred): the y under them. */
export function drawTitle(page: PDFPage, plan: TruthPlan, write: (page: PDFPage, text: string, x: number, y: number) => unknown, measure: (s: string) => number, sheet = PAGE): number {
  let y = sheet.height - sheet.margin;
  for (const l of plan.titleBlock) {
    write(page, l, sheet.width - sheet.margin - 230, y);
    y -= LEADING;
  }
  y -= LEADING;
  write(page, plan.title, Math.max(sheet.margin, (sheet.width - measure(plan.title)) / 2), y);
  return y - 2 * LEADING;
}

/**
 * A plan printed to PDF: text placed line by line at positions, cells wrapped by the font's widths, the header at
 * the top of every page, rows cut across pages, a page number at the foot; with ruling lines (a Word table) or
 * without (a report laid out with spaces). A row's cells sit at the top, in the middle or at the bottom of the row,
 * for the whole table or row by row (a row cut by a page break is printed from the top on both pages); with
 * `aligned: false` always at the top, unless the plan says its cells are centred. `mergeExecutors`: the executors'
 * cells of consecutive whole items of a page that name the same executors are one cell merged down over them, its text
 * printed once, centred over their rows, with no border under it between them (rowspan, Word's vertical merge).
 */
export async function planPdf(
  plan: TruthPlan,
  r: Rng,
  ruled: boolean,
  opts: { aligned?: boolean; numbered?: boolean; sectionsInOneCell?: boolean; narrow?: Narrow; toEdge?: boolean; mergeExecutors?: boolean } = {},
): Promise<Uint8Array> {
  const { pdf, font } = await corpusPdf();
  // Laying out text with fontkit costs about a millisecond a call: wrapping measures words once and adds them up.
  const wordWidths = new Map<string, number>();
  const word = (w: string) => wordWidths.get(w) ?? wordWidths.set(w, font.widthOfTextAtSize(w, SIZE)).get(w)!;
  const space = word(" ");
  const measure = (s: string) => s.split(" ").reduce((sum, w, i) => sum + (i ? space : 0) + (w ? word(w) : 0), 0);
  const widths: Widths = fitted(plan, opts.narrow ? { ...WIDTHS, [opts.narrow.key]: opts.narrow.width } : WIDTHS);
  const rows = drawnRows(plan, { numbered: opts.numbered, merges: true });
  const padded: Widths = Object.fromEntries([...plan.order, ...(plan.extras ? ["extra" as const] : [])].map((k) => [k, (widths[k] ?? 0) - 2 * PAD])) as unknown as Widths;
  const inner = opts.toEdge ? widthsFilledToEdge(plan, rows, padded, measure, () => r.pick(EDGE_SHARES)) : padded;
  const ws = columnWidths(plan, inner).map((w) => w + 2 * PAD);
  const laid = layRows(plan, rows, inner, 2 * PAD, measure, opts.narrow !== undefined);
  const usable = Math.floor((PAGE.height - 2 * PAGE.margin - 30) / LEADING);
  const titleLines = plan.titleBlock.length + 3;
  const pages = paginate(laid, usable - (ruled ? 4 : 0), usable - titleLines - 4);
  const numberOf = pageNumbering(r);
  // A plan whose author centred every cell (centredCells.ts) is printed so by every PDF shape, the texts included.
  const alignment = plan.centredCells ? () => "middle" as const : opts.aligned === false ? () => "top" as const : cellAlignment(r, ruled);
  const left = PAGE.margin;
  const write = (page: PDFPage, text: string, x: number, y: number) => page.drawText(text, { x, y, size: SIZE, font });
  const executors = drawnColumns(plan).indexOf("responsible");
  const openUnder = ws.map((_, i) => i === executors);
  pages.forEach((placed, p) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    let y = p === 0 ? drawTitle(page, plan, write, measure) : PAGE.height - PAGE.margin;
    const top = y + LEADING - 2;
    const runs = opts.mergeExecutors && executors >= 0 ? executorRuns(placed, executors) : placed.map(() => null);
    let runTop = 0;
    for (const [at, { laid: row, from, to }] of placed.entries()) {
      const rowTop = y + LEADING - 2;
      const run = runs[at];
      if (run?.first === at) runTop = rowTop;
      const whole = from === 0 && to === row.height && row.row.kind === "item";
      const align = alignment();
      const offsetOf = (lines: number) => (align === "middle" ? (row.height - lines) / 2 : align === "bottom" ? row.height - lines : 0);
      for (let k = from; k < to; k++) {
        if (row.row.kind === "section" && row.row.numbered) {
          if (row.columns[0][k]) write(page, row.columns[0][k], left + PAD, y);
          if (row.columns[1][k]) write(page, row.columns[1][k], left + ws[0] + PAD, y);
        } else if (row.row.kind === "section") {
          // Centred, a title runs across the column edges under it, as a merged cell's text does.
          const text = row.columns[0][k] ?? "";
          write(page, text, plan.centredSections ? left + (ws.reduce((a, b) => a + b, 0) - measure(text)) / 2 : left + PAD, y);
        }
        else {
          let x = left;
          row.columns.forEach((c, j) => {
            // Lines below the cell's own move down by its offset in the row (a whole row on one page only).
            const shift = whole ? offsetOf(c.length) : 0;
            if (c[k] && !(run && j === executors)) write(page, c[k], x + PAD, y - shift * LEADING);
            x += ws[j];
          });
        }
        y -= LEADING;
      }
      if (ruled) {
        const bottom = y + LEADING - 3;
        // A header cell merged down into the row under it has no border between the two rows.
        hLine(page, left, rowTop, ws, row.row.kind === "header" ? row.row.up : run && at > run.first ? openUnder : undefined);
        // A section merged across the table (or, numbered, over all columns but the №) has no inner borders; typed in
        // one cell of a sheet, it overflows the empty cells beside it and their borders are printed through its text.
        const total = ws.reduce((a, b) => a + b, 0);
        const merged = row.row.kind === "section" && !opts.sectionsInOneCell;
        vLines(page, left, rowTop, bottom, !merged ? mergedWidths(ws, row.row.kind === "section" ? undefined : row.row.spans) : row.row.kind === "section" && row.row.numbered ? [ws[0], total - ws[0]] : [total]);
        hLine(page, left, bottom, ws, row.row.kind === "header" ? row.row.down : run && at < run.last ? openUnder : undefined);
        y -= 1;
      }
      if (run?.last === at) {
        // The merged cell's text once, centred over the rows it spans (the first row's lines: all name the same).
        const lines = placed[run.first].laid.columns[executors];
        const runBottom = y + LEADING - 2;
        const textTop = runTop - (runTop - runBottom - lines.length * LEADING) / 2;
        const x = left + ws.slice(0, executors).reduce((a, b) => a + b, 0) + PAD;
        lines.forEach((l, k) => l && write(page, l, x, textTop - LEADING + 2 - k * LEADING));
      }
    }
    if (ruled) hLine(page, left, top, ws);
    if (p === pages.length - 1) {
      y -= LEADING;
      for (const l of signatureLines(plan, left, left + ws.reduce((a, b) => a + b, 0), measure)) {
        write(page, l.text, l.x, y);
        y -= l.under ? LEADING : LEADING * 1.5;
      }
    }
    const label = numberOf(p + 1);
    write(page, label, (PAGE.width - measure(label)) / 2, PAGE.margin / 2);
  });
  return pdf.save();
}

/**
 * The signatures as printed under the table, from `left`: each a line of its own, or (half the plans, drawn from a
 * stream of their own so that the other draws stay what they were) the head's position on one line and the name alone
 * on the next, set right to the table's edge as Word's right tab puts it — under the last column's cells, where a
 * reader of the layout may take it for their next line (`under`: the line the next one belongs with).
 */
function signatureLines(plan: TruthPlan, left: number, right: number, measure: (s: string) => number): { text: string; x: number; under?: boolean }[] {
  const [head, ...rest] = plan.signatures;
  const [position, name] = (head ?? "").split(/\s*_{3,}\s*/);
  const apart = name !== undefined && makeRng(plan.seed ^ 0x5162).chance(0.5);
  const lines = apart ? [{ text: position, x: left, under: true }, { text: name, x: right - PAD - measure(name) }] : head === undefined ? [] : [{ text: head, x: left }];
  return [...lines, ...rest.map((text) => ({ text, x: left }))];
}

/**
 * For each placed row of a page, the run of rows one merged executors' cell spans (its first and last place), or null:
 * two or more consecutive items, each whole on the page, naming the same executors.
 */
function executorRuns(placed: readonly Placed[], executors: number): ({ first: number; last: number } | null)[] {
  const key = (p: Placed) => (p.laid.row.kind === "item" && p.from === 0 && p.to === p.laid.height && p.laid.row.cells[executors] ? p.laid.row.cells[executors] : null);
  const out: ({ first: number; last: number } | null)[] = placed.map(() => null);
  for (let a = 0; a < placed.length; ) {
    let b = a + 1;
    while (key(placed[a]) !== null && b < placed.length && key(placed[b]) === key(placed[a])) b++;
    if (b - a > 1) for (let i = a; i < b; i++) out[i] = { first: a, last: b - 1 };
    a = b;
  }
  return out;
}

/**
 * The percentiles of a column's line widths that a table sized to its text (`toEdge`) takes for the column's width:
 * the widest line, or a line that many longer ones wrap past.
 */
export const EDGE_SHARES = [0.6, 0.8, 0.9, 1];

/** A column drawn narrower than its words (a Word table squeezed onto the page): long words are broken at its edge. */
interface Narrow {
  readonly key: Key;
  readonly width: number;
}

/**
 * The name column (its longest words, «общеобразовательных», «персонифицированной», are about 97 points at 9 points)
 * or the executors' column («образовательных», «Территориальная», about 74), narrow enough to break some of them.
 */
export function narrowColumn(r: Rng): Narrow {
  return r.pick<Narrow>([
    { key: "name", width: r.int(80, 95) },
    { key: "responsible", width: r.int(70, 82) },
  ]);
}

type CellAlign = "top" | "middle" | "bottom";

/**
 * The author's vertical alignment of cells: one for the table (top, middle or bottom) or, in a ruled table, one per
 * row. Without borders or space between rows, rows aligned each their own way cannot be told apart by anyone (a
 * top-aligned row with the first lines of a bottom-aligned row under it looks as whole as the two rows).
 */
function cellAlignment(r: Rng, ruled: boolean): () => CellAlign {
  const table = r.pick<CellAlign | "per row">(["top", "middle", "bottom", "per row"]);
  return table === "per row" && ruled ? () => r.pick<CellAlign>(["top", "middle", "bottom"]) : () => (table === "per row" ? "middle" : table);
}

/** `open`: the columns under which no line is drawn (cells merged down across it). */
function hLine(page: PDFPage, left: number, y: number, ws: readonly number[], open?: readonly boolean[]) {
  if (!open?.some(Boolean)) {
    page.drawLine({ start: { x: left, y }, end: { x: left + ws.reduce((a, b) => a + b, 0), y }, thickness: 0.5, color: rgb(0, 0, 0) });
    return;
  }
  let x = left;
  ws.forEach((w, i) => {
    if (!open[i]) page.drawLine({ start: { x, y }, end: { x: x + w, y }, thickness: 0.5, color: rgb(0, 0, 0) });
    x += w;
  });
}

/** The widths of a row's cells where some are merged across columns (`spans`, as layoutTable.ts draws them). */
const mergedWidths = (ws: readonly number[], spans?: readonly number[]): readonly number[] =>
  spans ? ws.flatMap((_, i) => (spans[i] === 0 ? [] : [ws.slice(i, i + spans[i]).reduce((a, b) => a + b, 0)])) : ws;

function vLines(page: PDFPage, left: number, top: number, bottom: number, ws: readonly number[]) {
  let x = left;
  for (const w of [0, ...ws]) {
    x += w;
    page.drawLine({ start: { x, y: top }, end: { x, y: bottom }, thickness: 0.5, color: rgb(0, 0, 0) });
  }
}

export const PDF_SHAPES: readonly Shape[] = [
  { name: "pdf-ruled", about: "PDF file, text at positions, ruling lines", draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, true, { numbered: true }) }) },
  {
    name: "pdf-ruled-overflow",
    about: "PDF file, ruling lines drawn through section titles",
    draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, true, { sectionsInOneCell: true }) }),
  },
  {
    name: "pdf-merged-executors",
    about: "PDF file, ruling lines, the executors' cell merged down over consecutive items that share it, its text centred over them",
    truth: (plan) => withRunsOfExecutors(plan),
    draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, true, { numbered: true, mergeExecutors: true }) }),
  },
  { name: "pdf-plain", about: "PDF file, text at positions, no lines", draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, false, { numbered: true }) }) },
  {
    name: "pdf-narrow",
    about: "PDF file, a narrow column whose long words are broken at its edge without a hyphen (as Writer prints them)",
    draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, r.chance(0.5), { numbered: true, narrow: narrowColumn(r) }) }),
  },
];
