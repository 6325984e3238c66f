import { loadPdfjs, PDF_OPEN_OPTIONS } from "../../../src/io/pdf/loadPdfjs";
import { MERGED_EXECUTORS_DOCX_PDF_SHAPE, writerPdf } from "./docxPdfShapes";
import { libreOfficePdf } from "./libreOfficeShapes";
import type { Shape } from "./shape";

/**
 * A PDF's text as Firefox's PDF viewer copies it when the user selects the whole table with the mouse: the viewer is
 * pdf.js, whose text layer holds the runs the PDF draws, in drawing order, and breaks the line only after a run that
 * pdf.js marks as ending its line (`hasEOL`, a <br> in the layer). Runs it does not mark are joined as they are, with
 * no space unless the PDF drew one, so two cells of one baseline, or a caption's last line and the next caption, may
 * touch («результатначало», «2 Формирование банка»). The same library the product reads PDF files with; on the
 * official fixtures' Writer PDFs it gives pdftotext -raw's lines but where it joins them (test/corpus/README.md).
 */
export async function pdfjsCopyText(pdf: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), ...PDF_OPEN_OPTIONS }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      pages.push(items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
      page.cleanup();
    }
    // Each page is a block of its own in the viewer: its text ends its line.
    return pages.map((text) => text.replace(/\n?$/, "\n")).join("");
  } finally {
    await doc.destroy();
  }
}

export const PDFJS_COPY_SHAPES: readonly Shape[] = [
  {
    // The pdf-lib PDFs draw a row baseline by baseline, so pdf.js copies them as pdftotext -raw gives them
    // (pdf-pdftotext-stream): only Writer's prints, drawn cell by cell, differ.
    name: "lo-docx-pdfjs-copy",
    about: "the .docx printed by Writer, selected and copied in Firefox's viewer (pdf.js)",
    needs: ["soffice-writer"],
    slow: true,
    draw: async (plan) => ({ ext: ".txt", data: await pdfjsCopyText(await writerPdf(plan)) }),
  },
  {
    // Calc's print: one-line cells first, wrapped cells after, as pdftotext -raw gives it but where pdf.js joins runs.
    name: "lo-xlsx-pdfjs-copy",
    about: "the sheet printed by Calc, selected and copied in Firefox's viewer (pdf.js)",
    needs: ["soffice"],
    slow: true,
    draw: async (plan) => ({ ext: ".txt", data: await pdfjsCopyText(await libreOfficePdf(plan)) }),
  },
];

/**
 * Writer's print of the table whose executors' cell is merged down (lo-docx-pdf-merged-executors) copied in Firefox's
 * viewer: as in drawing order (lo-docx-pdftotext-stream-merged-executors), the merged text comes with the first row it
 * spans and the rows under it give no executors' lines.
 */
export const MERGED_EXECUTORS_PDFJS_SHAPE: Shape = {
  ...MERGED_EXECUTORS_DOCX_PDF_SHAPE,
  name: "lo-docx-pdfjs-copy-merged-executors",
  about: "that PDF copied in Firefox's viewer (pdf.js): the merged executors' text in the first row it spans only",
  draw: async (plan) => ({ ext: ".txt", data: await pdfjsCopyText(await writerPdf(plan, true, false, true)) }),
};
