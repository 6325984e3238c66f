import type { PDFPage } from "pdf-lib";
import { makeDocx, p as para } from "../../io/docx/makeDocx";
import { documentXml } from "../../io/docx/makeDocx";
import { labelledLines, labelledTruth } from "../labelledText";
import { pageNumbering, wrapText } from "../layoutTable";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { corpusPdf, LEADING, PAGE, SIZE } from "./pdfShapes";
import type { Shape } from "./shape";
import { inColumnA, workbookBytes } from "./xlsxShapes";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The lines as Word paragraphs, a blank line an empty paragraph (as an official parts paragraphs with Enter). */
function labelledDocx(plan: TruthPlan): Promise<Uint8Array> {
  return makeDocx({ document: documentXml(labelledLines(plan).map((l) => (l === "" ? "<w:p/>" : para(escapeXml(l)))).join("")) });
}

/** The paragraphs printed on portrait A4 pages, wrapped by the font's widths, a page number at each page's foot. */
async function labelledPdf(plan: TruthPlan, r: Rng): Promise<Uint8Array> {
  const { pdf, font } = await corpusPdf();
  const measure = (s: string) => font.widthOfTextAtSize(s, SIZE);
  const page = { width: PAGE.height, height: PAGE.width };
  const lines = labelledLines(plan).flatMap((l) => (l === "" ? [""] : wrapText(l, page.width - 2 * PAGE.margin, measure)));
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

/**
 * Plans typed as numbered paragraphs with labelled fields instead of a table (labelledText.ts): as a text file, as
 * a Word document of paragraphs, its lines pasted into column A of a sheet, and printed to PDF.
 */
export const LABELLED_SHAPES: readonly Shape[] = [
  { name: "labelled-text", about: "numbered paragraphs with labelled fields («Срок: …», «Ответственный — …»), no table", truth: labelledTruth, draw: (plan) => ({ ext: ".txt", data: `${labelledLines(plan).join("\n")}\n` }) },
  { name: "labelled-docx", about: "the labelled paragraphs in a Word document, no table", truth: labelledTruth, draw: async (plan) => ({ ext: ".docx", data: await labelledDocx(plan) }) },
  { name: "labelled-column-a", about: "the labelled paragraphs' lines pasted into column A", truth: labelledTruth, draw: async (plan) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(labelledLines(plan).join("\n"))) }) },
  { name: "labelled-pdf", about: "the labelled paragraphs printed to PDF (wrapped lines, page numbers)", truth: labelledTruth, draw: async (plan, r) => ({ ext: ".pdf", data: await labelledPdf(plan, r) }) },
];
