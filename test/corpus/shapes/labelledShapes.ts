import type { PDFPage } from "pdf-lib";
import { makeDocx, p as para } from "../../io/docx/makeDocx";
import { documentXml } from "../../io/docx/makeDocx";
import { labelledLines, labelledTruth } from "../labelledText";
import { blocksLines, blocksTruth, mixedLines, mixedTruth } from "../labelledVariants";
import { wildLines, wildTruth } from "../labelledWild";
import { pageNumbering, wrapText } from "../layoutTable";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { corpusPdf, LEADING, PAGE, SIZE } from "./pdfShapes";
import type { Shape } from "./shape";
import { inColumnA, workbookBytes } from "./xlsxShapes";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The lines as Word paragraphs, a blank line an empty paragraph (as an official parts paragraphs with Enter). */
function labelledDocx(lines: readonly string[]): Promise<Uint8Array> {
  return makeDocx({ document: documentXml(lines.map((l) => (l === "" ? "<w:p/>" : para(escapeXml(l)))).join("")) });
}

/** The paragraphs printed on portrait A4 pages, wrapped by the font's widths, a page number at each page's foot. */
async function labelledPdf(source: readonly string[], r: Rng): Promise<Uint8Array> {
  const { pdf, font } = await corpusPdf();
  const measure = (s: string) => font.widthOfTextAtSize(s, SIZE);
  const page = { width: PAGE.height, height: PAGE.width };
  const lines = source.flatMap((l) => (l === "" ? [""] : wrapText(l, page.width - 2 * PAGE.margin, measure)));
  const perPage = Math.floor((page.height - 2 * PAGE.margin) / LEADING);
  const numberOf = pageNumbering(r);
  for (let from = 0, n = 1; from < lines.length; from += perPage, n++) {
    const current: PDFPage = pdf.addPage([page.width, page.height]);
    lines.slice(from, from + perPage).forEach((l, k) => {
      if (l) current.drawText(l, { x: PAGE.margin, y: page.height - PAGE.margin - k * LEADING, size: SIZE, font });
    });
    const label = numberOf(n);
    current.drawText(label, { x: (page.width - measure(label)) / 2, y: PAGE.margin / 2, size: SIZE, font });
  }
  return pdf.save();
}

/** A labelled plan's lines drawn as a text file, a Word document of paragraphs, column A of a sheet and a PDF. */
function labelledShapes(prefix: string, about: string, truth: (plan: TruthPlan) => TruthPlan, lines: (plan: TruthPlan) => string[], forms: readonly string[]): Shape[] {
  const all: Shape[] = [
    { name: `${prefix}-text`, about, truth, draw: (plan) => ({ ext: ".txt", data: `${lines(plan).join("\n")}\n` }) },
    { name: `${prefix}-docx`, about: `${about}, in a Word document`, truth, draw: async (plan) => ({ ext: ".docx", data: await labelledDocx(lines(plan)) }) },
    { name: `${prefix}-column-a`, about: `${about}, lines pasted into column A`, truth, draw: async (plan) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(lines(plan).join("\n"))) }) },
    { name: `${prefix}-pdf`, about: `${about}, printed to PDF (wrapped lines, page numbers)`, truth, draw: async (plan, r) => ({ ext: ".pdf", data: await labelledPdf(lines(plan), r) }) },
  ];
  return all.filter((s) => forms.some((f) => s.name === `${prefix}-${f}`));
}

/**
 * Plans typed as numbered paragraphs with labelled fields instead of a table (labelledText.ts): as a text file, as
 * a Word document of paragraphs, its lines pasted into column A of a sheet, and printed to PDF. Then the variants of
 * labelledVariants.ts: items with no number opened by the name's label, a bullet or a blank line; and one plan's
 * items labelled in several wordings, a field left out here and there, two fields on one line.
 */
export const LABELLED_SHAPES: readonly Shape[] = [
  { name: "labelled-text", about: "numbered paragraphs with labelled fields («Срок: …», «Ответственный — …»), no table", truth: labelledTruth, draw: (plan) => ({ ext: ".txt", data: `${labelledLines(plan).join("\n")}\n` }) },
  { name: "labelled-docx", about: "the labelled paragraphs in a Word document, no table", truth: labelledTruth, draw: async (plan) => ({ ext: ".docx", data: await labelledDocx(labelledLines(plan)) }) },
  { name: "labelled-column-a", about: "the labelled paragraphs' lines pasted into column A", truth: labelledTruth, draw: async (plan) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(labelledLines(plan).join("\n"))) }) },
  { name: "labelled-pdf", about: "the labelled paragraphs printed to PDF (wrapped lines, page numbers)", truth: labelledTruth, draw: async (plan, r) => ({ ext: ".pdf", data: await labelledPdf(labelledLines(plan), r) }) },
  ...labelledShapes("labelled-blocks", "labelled items with no number, opened by «Мероприятие: …», a bullet or the name alone", blocksTruth, blocksLines, ["text", "docx", "column-a", "pdf"]),
  ...labelledShapes("labelled-mixed", "numbered labelled paragraphs worded several ways in one plan, a field left out, two on a line", mixedTruth, mixedLines, ["text"]),
  ...labelledShapes("labelled-wild", "labelled items typed in a hurry: lower-case labels after a dash, no blank lines, a name broken with a capital, fields in any order, on two lines or missing", wildTruth, wildLines, ["text", "column-a"]),
];
