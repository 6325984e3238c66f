import { type PDFPage, rgb } from "pdf-lib";
import { type LaidRow, pageNumbering, paginate, wrapText } from "../layoutTable";
import type { Rng } from "../rng";
import type { Key, TruthItem, TruthPlan } from "../truthPlan";
import { pdfToText } from "./libreOfficeShapes";
import { corpusPdf, drawTitle, LEADING, PAD, PAGE, SIZE } from "./pdfShapes";
import { toSchedule } from "./scheduleShapes";
import type { Shape } from "./shape";

/** Narrow grid columns, as officials set them: a quarter or an abbreviated month and a mark fit, nothing more. */
const GRID_WIDTH = { quarter: 38, month: 28 } as const;
/** Shares of the text columns in what the grid leaves of the page's width. */
const SHARE: Readonly<Record<Exclude<Key, "deadline">, number>> = { number: 0.07, name: 0.4, responsible: 0.27, result: 0.26 };

/** Sub-captions of the grid, line by line: quarters on two lines («I» over «кв.») or one, months abbreviated. */
const QUARTER_CAPTIONS: readonly (readonly string[][])[] = [
  [["I", "кв."], ["II", "кв."], ["III", "кв."], ["IV", "кв."]],
  [["I кв."], ["II кв."], ["III кв."], ["IV кв."]],
  [["I", "квартал"], ["II", "квартал"], ["III", "квартал"], ["IV", "квартал"]],
];
const MONTH_CAPTIONS: readonly (readonly string[][])[] = [
  ["янв.", "фев.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."].map((m) => [m]),
  ["янв", "февр", "март", "апр", "май", "июнь", "июль", "авг", "сент", "окт", "нояб", "дек"].map((m) => [m]),
];
const MARKS = ["х", "x", "+", "V", "✓", "●", "1"];
/** The marks the embedded font has a glyph for (it has no ✓). */
const DRAWABLE_MARKS = MARKS.filter((m) => m !== "✓");

/**
 * A план-график printed to PDF as officials print one from Word or Excel: the text columns, and in place of the
 * deadline column a grid of narrow month or quarter columns under one caption merged over them that names the year
 * («Срок исполнения (2027 год)»); captions and single marks centred in their cells. `ruled`: every cell bordered (the
 * caption's merged cell with no border inside it); otherwise no lines at all.
 */
export async function schedulePdf(plan: TruthPlan, r: Rng, ruled: boolean): Promise<Uint8Array> {
  const { pdf, font } = await corpusPdf();
  const measure = (s: string) => font.widthOfTextAtSize(s, SIZE);
  const items = plan.sections.flatMap((s) => s.items);
  const unit = items[0]?.marks?.unit ?? "month";
  const captions = r.pick(unit === "quarter" ? QUARTER_CAPTIONS : MONTH_CAPTIONS);
  const mark = r.pick(DRAWABLE_MARKS);
  const yearTitle = r.pick([`${plan.year} год`, `Срок исполнения (${plan.year} год)`, `Сроки исполнения, ${plan.year} г.`, `${plan.year}`]);
  const keys = plan.order.filter((k): k is Exclude<Key, "deadline"> => k !== "deadline");
  const gridAt = plan.order.indexOf("deadline");
  const gridW = GRID_WIDTH[unit] * captions.length;
  const rest = PAGE.width - 2 * PAGE.margin - gridW;
  const shares = keys.reduce((a, k) => a + SHARE[k], 0);
  // Columns left to right: text columns by key, grid columns by ordinal (1-based).
  type Col = { key: Exclude<Key, "deadline"> } | { grid: number };
  const cols: Col[] = [...keys.slice(0, gridAt).map((key) => ({ key })), ...captions.map((_, i) => ({ grid: i + 1 })), ...keys.slice(gridAt).map((key) => ({ key }))];
  const ws = cols.map((c) => ("key" in c ? Math.floor((rest * SHARE[c.key]) / shares) : GRID_WIDTH[unit]));
  const xs = ws.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [PAGE.margin]);
  const gridFrom = gridAt;
  const gridTo = gridAt + captions.length - 1;

  // The header: the text columns' names over both levels; over the grid, the year caption then the sub-captions.
  const topLines = wrapText(yearTitle, gridW - 2 * PAD, measure);
  const subLines = Math.max(...captions.map((c) => c.length));
  const headerCols = cols.map((c) => ("key" in c ? wrapText(plan.headers[c.key], ws[cols.indexOf(c)] - 2 * PAD, measure) : []));
  const headerHeight = Math.max(topLines.length + subLines, ...headerCols.map((c) => c.length));
  const value = (it: TruthItem, k: Exclude<Key, "deadline">) => ({ number: it.number, name: it.name, responsible: it.responsible, result: it.result })[k];
  const laid: LaidRow[] = [{ row: { kind: "header", cells: [] }, columns: headerCols, height: headerHeight }];
  for (const s of plan.sections) {
    const title = wrapText(s.label, gridW + rest - 2 * PAD, measure);
    laid.push({ row: { kind: "section", text: s.label }, columns: [title], height: title.length });
    for (const it of s.items) {
      const columns = cols.map((c, j) => ("key" in c ? wrapText(value(it, c.key), ws[j] - 2 * PAD, measure) : it.marks!.columns.includes(c.grid) ? [mark] : []));
      laid.push({ row: { kind: "item", item: it, cells: [] }, columns, height: Math.max(...columns.map((c) => c.length)) });
    }
  }
  const usable = Math.floor((PAGE.height - 2 * PAGE.margin - 30) / LEADING);
  const pages = paginate(laid, usable - (ruled ? 4 : 0), usable - plan.titleBlock.length - 7);
  const numberOf = pageNumbering(r);
  const write = (page: PDFPage, text: string, x: number, y: number) => page.drawText(text, { x, y, size: SIZE, font });
  const centred = (page: PDFPage, text: string, j0: number, j1: number, y: number) => write(page, text, (xs[j0] + xs[j1 + 1] - measure(text)) / 2, y);
  const line = (page: PDFPage, x0: number, y0: number, x1: number, y1: number) => page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.5, color: rgb(0, 0, 0) });
  const right = xs[xs.length - 1];

  pages.forEach((placed, p) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    let y = p === 0 ? drawTitle(page, plan, write, measure) : PAGE.height - PAGE.margin;
    const tableTop = y + LEADING - 2;
    for (const { laid: row, from, to } of placed) {
      const rowTop = y + LEADING - 2;
      if (row.row.kind === "header") {
        headerCols.forEach((c, j) => c.forEach((text, k) => write(page, text, xs[j] + PAD, y - k * LEADING)));
        topLines.forEach((text, k) => centred(page, text, gridFrom, gridTo, y - k * LEADING));
        captions.forEach((c, i) => c.forEach((text, k) => centred(page, text, gridFrom + i, gridFrom + i, y - (topLines.length + k) * LEADING)));
        y -= row.height * LEADING;
        if (ruled) {
          const bottom = y + LEADING - 3;
          const split = rowTop - topLines.length * LEADING - 1;
          line(page, xs[gridFrom], split, xs[gridTo + 1], split);
          xs.forEach((x, j) => line(page, x, j > gridFrom && j <= gridTo ? split : rowTop, x, bottom));
          line(page, PAGE.margin, bottom, right, bottom);
          y -= 1;
        }
        continue;
      }
      for (let k = from; k < to; k++) {
        if (row.row.kind === "section") write(page, row.columns[0][k] ?? "", PAGE.margin + PAD, y);
        else
          row.columns.forEach((c, j) => {
            if (!c[k]) return;
            if ("grid" in cols[j]) centred(page, c[k], j, j, y);
            else write(page, c[k], xs[j] + PAD, y);
          });
        y -= LEADING;
      }
      if (ruled) {
        const bottom = y + LEADING - 3;
        for (const x of row.row.kind === "section" ? [PAGE.margin, right] : xs) line(page, x, rowTop, x, bottom);
        line(page, PAGE.margin, bottom, right, bottom);
        y -= 1;
      }
    }
    if (ruled) line(page, PAGE.margin, tableTop, right, tableTop);
    if (p === pages.length - 1) {
      y -= LEADING;
      for (const l of plan.signatures) {
        write(page, l, PAGE.margin, y);
        y -= LEADING * 1.5;
      }
    }
    const label = numberOf(p + 1);
    write(page, label, (PAGE.width - measure(label)) / 2, PAGE.margin / 2);
  });
  return pdf.save();
}

export const SCHEDULE_PRINT_SHAPES: readonly Shape[] = [
  { name: "schedule-pdf-ruled", about: "план-график printed to PDF, every grid cell bordered", truth: toSchedule, draw: async (plan, r) => ({ ext: ".pdf", data: await schedulePdf(plan, r, true) }) },
  { name: "schedule-pdf-plain", about: "план-график printed to PDF, no lines", truth: toSchedule, draw: async (plan, r) => ({ ext: ".pdf", data: await schedulePdf(plan, r, false) }) },
  {
    name: "schedule-pdftotext-layout",
    about: "the ruled план-график PDF through pdftotext -layout",
    needs: ["pdftotext"],
    truth: toSchedule,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await schedulePdf(plan, r, true), true) }),
  },
  {
    name: "schedule-pdftotext-raw",
    about: "the ruled план-график PDF through pdftotext without -layout (the marks lose their columns)",
    needs: ["pdftotext"],
    truth: toSchedule,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await schedulePdf(plan, r, true), false) }),
  },
];
