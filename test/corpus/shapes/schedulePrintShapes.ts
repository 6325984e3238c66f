import { type PDFPage, rgb } from "pdf-lib";
import { type LaidRow, pageNumbering, paginate, wrapText } from "../layoutTable";
import type { Rng } from "../rng";
import type { Key, TruthItem, TruthPlan } from "../truthPlan";
import { pdfToText, printToPdf } from "./libreOfficeShapes";
import { corpusPdf, drawTitle, LEADING, PAD, PAGE, SIZE } from "./pdfShapes";
import { printableScheduleWorkbook, toSchedule, TWO_YEAR_CAPTIONS, YEAR_CAPTIONS } from "./scheduleShapes";
import type { Shape } from "./shape";
import { toTwoYearSchedule } from "../twoYearSchedule";

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

/** A grid over two years of months is printed on A3 (24 narrow columns leave an A4 page no room for the text). */
const A3 = { width: 1191, height: 842, margin: 40 };

/** A caption merged over the grid columns `from`…`to` (0-based over the grid). */
interface Span {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * The captions over the grid's periods, band by band: one year → the year's caption over the grid; two years → a
 * caption over both (or none), then each year's caption over its own periods.
 */
function captionBands(year: number, years: number, perYear: number, r: Rng): Span[][] {
  const yearTitle = r.pick([`${year} год`, `Срок исполнения (${year} год)`, `Сроки исполнения, ${year} г.`, `${year}`]);
  if (years === 1) return [[{ from: 0, to: perYear - 1, text: yearTitle }]];
  const top = r.pick(TWO_YEAR_CAPTIONS);
  const caption = r.pick(YEAR_CAPTIONS);
  const yearBand = Array.from({ length: years }, (_, k) => ({ from: k * perYear, to: (k + 1) * perYear - 1, text: caption(year + k) }));
  return [...(top ? [[{ from: 0, to: years * perYear - 1, text: top }]] : []), yearBand];
}

/**
 * A план-график printed to PDF as officials print one from Word or Excel: the text columns, and in place of the
 * deadline column a grid of narrow month or quarter columns under captions merged over them that name the year
 * («Срок исполнения (2027 год)»), or over two years each year's caption over its own periods; captions and single
 * marks centred in their cells. `ruled`: every cell bordered (a merged caption's cell with no border inside it);
 * otherwise no lines at all.
 */
export async function schedulePdf(plan: TruthPlan, r: Rng, ruled: boolean): Promise<Uint8Array> {
  const { pdf, font } = await corpusPdf();
  const measure = (s: string) => font.widthOfTextAtSize(s, SIZE);
  const items = plan.sections.flatMap((s) => s.items);
  const unit = items[0]?.marks?.unit ?? "month";
  const years = items[0]?.marks?.years ?? 1;
  const perYear = r.pick(unit === "quarter" ? QUARTER_CAPTIONS : MONTH_CAPTIONS);
  const captions = Array.from({ length: years }, () => perYear).flat();
  const mark = r.pick(DRAWABLE_MARKS);
  const bands = captionBands(plan.year, years, perYear.length, r);
  const sheet = years > 1 && unit === "month" ? A3 : PAGE;
  const keys = plan.order.filter((k): k is Exclude<Key, "deadline"> => k !== "deadline");
  const gridAt = plan.order.indexOf("deadline");
  const gridW = GRID_WIDTH[unit] * captions.length;
  const rest = sheet.width - 2 * sheet.margin - gridW;
  const shares = keys.reduce((a, k) => a + SHARE[k], 0);
  // Columns left to right: text columns by key, grid columns by ordinal (1-based).
  type Col = { key: Exclude<Key, "deadline"> } | { grid: number };
  const cols: Col[] = [...keys.slice(0, gridAt).map((key) => ({ key })), ...captions.map((_, i) => ({ grid: i + 1 })), ...keys.slice(gridAt).map((key) => ({ key }))];
  const ws = cols.map((c) => ("key" in c ? Math.floor((rest * SHARE[c.key]) / shares) : GRID_WIDTH[unit]));
  const xs = ws.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [sheet.margin]);
  const gridFrom = gridAt;
  const gridTo = gridAt + captions.length - 1;

  // The header: the text columns' names over every band; over the grid, the captions' bands then the sub-captions.
  const bandLines = bands.map((band) => band.map((span) => wrapText(span.text, (span.to - span.from + 1) * GRID_WIDTH[unit] - 2 * PAD, measure)));
  const bandHeights = bandLines.map((band) => Math.max(...band.map((l) => l.length)));
  const bandTops = bandHeights.reduce<number[]>((acc, h) => [...acc, acc[acc.length - 1] + h], [0]);
  const captionLines = bandTops[bands.length];
  const subLines = Math.max(...captions.map((c) => c.length));
  const headerCols = cols.map((c) => ("key" in c ? wrapText(plan.headers[c.key], ws[cols.indexOf(c)] - 2 * PAD, measure) : []));
  const headerHeight = Math.max(captionLines + subLines, ...headerCols.map((c) => c.length));
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
  const usable = Math.floor((sheet.height - 2 * sheet.margin - 30) / LEADING);
  const pages = paginate(laid, usable - (ruled ? 4 : 0), usable - plan.titleBlock.length - 7);
  const numberOf = pageNumbering(r);
  const write = (page: PDFPage, text: string, x: number, y: number) => page.drawText(text, { x, y, size: SIZE, font });
  const centred = (page: PDFPage, text: string, j0: number, j1: number, y: number) => write(page, text, (xs[j0] + xs[j1 + 1] - measure(text)) / 2, y);
  const line = (page: PDFPage, x0: number, y0: number, x1: number, y1: number) => page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.5, color: rgb(0, 0, 0) });
  const right = xs[xs.length - 1];
  // A border between two grid columns starts under the lowest band that has a caption merged across it.
  const borderBand = (c: number) => bands.reduce((deepest, band, b) => (band.some((s) => s.from < c && c <= s.to) ? b : deepest), -1);

  pages.forEach((placed, p) => {
    const page = pdf.addPage([sheet.width, sheet.height]);
    let y = p === 0 ? drawTitle(page, plan, write, measure, sheet) : sheet.height - sheet.margin;
    const tableTop = y + LEADING - 2;
    for (const { laid: row, from, to } of placed) {
      const rowTop = y + LEADING - 2;
      if (row.row.kind === "header") {
        headerCols.forEach((c, j) => c.forEach((text, k) => write(page, text, xs[j] + PAD, y - k * LEADING)));
        bands.forEach((band, b) => band.forEach((span, i) => bandLines[b][i].forEach((text, k) => centred(page, text, gridFrom + span.from, gridFrom + span.to, y - (bandTops[b] + k) * LEADING))));
        captions.forEach((c, i) => c.forEach((text, k) => centred(page, text, gridFrom + i, gridFrom + i, y - (captionLines + k) * LEADING)));
        y -= row.height * LEADING;
        if (ruled) {
          const bottom = y + LEADING - 3;
          const splits = bandTops.slice(1).map((lines) => rowTop - lines * LEADING - 1);
          for (const split of splits) line(page, xs[gridFrom], split, xs[gridTo + 1], split);
          xs.forEach((x, j) => {
            const b = j > gridFrom && j <= gridTo ? borderBand(j - gridFrom) : -1;
            line(page, x, b < 0 ? rowTop : splits[b], x, bottom);
          });
          line(page, sheet.margin, bottom, right, bottom);
          y -= 1;
        }
        continue;
      }
      for (let k = from; k < to; k++) {
        if (row.row.kind === "section") write(page, row.columns[0][k] ?? "", sheet.margin + PAD, y);
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
        for (const x of row.row.kind === "section" ? [sheet.margin, right] : xs) line(page, x, rowTop, x, bottom);
        line(page, sheet.margin, bottom, right, bottom);
        y -= 1;
      }
    }
    if (ruled) line(page, sheet.margin, tableTop, right, tableTop);
    if (p === pages.length - 1) {
      y -= LEADING;
      for (const l of plan.signatures) {
        write(page, l, sheet.margin, y);
        y -= LEADING * 1.5;
      }
    }
    const label = numberOf(p + 1);
    write(page, label, (sheet.width - measure(label)) / 2, sheet.margin / 2);
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
  { name: "schedule-2y-pdf-ruled", about: "план-график over two years printed to PDF (months on A3), every grid cell bordered", truth: toTwoYearSchedule, draw: async (plan, r) => ({ ext: ".pdf", data: await schedulePdf(plan, r, true) }) },
  { name: "schedule-2y-pdf-plain", about: "план-график over two years printed to PDF, no lines", truth: toTwoYearSchedule, draw: async (plan, r) => ({ ext: ".pdf", data: await schedulePdf(plan, r, false) }) },
  {
    name: "schedule-2y-lo-pdf",
    about: "the two-year план-график typed in a workbook and printed by Calc (uglegorsky-2035's way)",
    needs: ["soffice"],
    slow: true,
    truth: toTwoYearSchedule,
    draw: async (plan, r) => ({ ext: ".pdf", data: printToPdf(await printableScheduleWorkbook(plan, r), ".xlsx") }),
  },
  {
    name: "schedule-2y-lo-pdftotext-layout",
    about: "that Calc PDF through pdftotext -layout",
    needs: ["soffice", "pdftotext"],
    slow: true,
    truth: toTwoYearSchedule,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(printToPdf(await printableScheduleWorkbook(plan, r), ".xlsx"), true) }),
  },
  {
    name: "schedule-2y-pdftotext-layout",
    about: "the ruled two-year план-график PDF through pdftotext -layout",
    needs: ["pdftotext"],
    truth: toTwoYearSchedule,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await schedulePdf(plan, r, true), true) }),
  },
];
