/**
 * Makes the files of test/fixtures/plans/official from each plan's hand-written expectations, the way officials
 * make them: a Word table (.docx) printed to PDF by LibreOffice Writer, that PDF's text from `pdftotext` with and
 * without -layout and in drawing order, as Firefox's viewer (pdf.js) copies it, the .docx saved as text by Writer, its lines pasted into column A of a workbook, the plan as a sheet (.xlsx), and a web page's text
 * with one cell per line. The files are committed (CI may lack LibreOffice); run again with
 * `npm run build:cli && node build/scripts/makeOfficialFixtures.js` after changing a plan.
 */
import { writeFileSync } from "fs";
import { DRAWN_OFFICIAL_NAMES, officialFile, officialFixture } from "../test/corpus/officialFixtures";
import { writerPdf } from "../test/corpus/shapes/docxPdfShapes";
import { pdfToStreamText, pdfToText, toolMissing, writerText } from "../test/corpus/shapes/libreOfficeShapes";
import { oneCellPerLine } from "../test/corpus/shapes/lineShapes";
import { pdfjsCopyText } from "../test/corpus/shapes/pdfjsCopy";
import { planDocx } from "../test/corpus/shapes/planDocx";
import { withTitleAndSignatures } from "../test/corpus/shapes/shape";
import { printableWorkbook, workbookBytes } from "../test/corpus/shapes/xlsxShapes";

async function main(): Promise<void> {
  for (const tool of ["soffice-writer", "pdftotext"] as const) {
    const why = toolMissing(tool);
    if (why) throw new Error(`${why}: the PDF fixtures need it`);
  }
  // Only the drawn ones: the hand-typed fixtures (sosnovsky, lesnoy, kedrovy) keep the files their authors printed.
  for (const name of DRAWN_OFFICIAL_NAMES) {
    const { plan } = officialFixture(name);
    const put = (suffix: string, data: string | Uint8Array) => {
      writeFileSync(officialFile(`${name}${suffix}`), data);
      console.log(`${name}${suffix}`);
    };
    const docx = await planDocx(plan);
    put(".docx", docx);
    put(".writer.txt", writerText(docx));
    put(".xlsx", await printableWorkbook(plan));
    const pdf = await writerPdf(plan);
    put(".pdf", pdf);
    put(".layout.txt", pdfToText(pdf, true));
    const raw = pdfToText(pdf, false);
    put(".raw.txt", raw);
    put(".stream.txt", pdfToStreamText(pdf));
    put(".pdfjs.txt", await pdfjsCopyText(pdf));
    put(".column-a.xlsx", await workbookBytes(raw.split("\n").map((l) => [l.replace(/\f/g, "").trimEnd() || null])));
    put(".web.txt", withTitleAndSignatures(plan, oneCellPerLine(plan, " |")));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
