import type { SourceDocument } from "../../core/grid";
import { readPositionedText, type PositionedWord, type RulingLine } from "../../core/table/positioned";
import { cleanText } from "../../core/text/normalize";
import { InputError } from "../inputError";
import { loadPdfjs, PDF_OPEN_OPTIONS } from "./loadPdfjs";
import type { PdfPage } from "./pdfjsApi";
import { characterOffsets } from "./glyphWidths";
import { rulingLines } from "./rulingLines";

/**
 * A PDF file → a SourceDocument: the text layer of every page with positions (pdfjs-dist), ruling lines from the
 * drawing operators, then the positioned-text kernel. No Node API: the task pane runs the same code.
 * A PDF without text (a scan) is an InputError saying it needs OCR; a file pdfjs cannot open is "bad_pdf".
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  let pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (err) {
    // A host that cannot load the PDF library (an old browser, a sandbox without ES modules) cannot read PDF files.
    throw new InputError("bad_pdf", String((err as Error)?.message ?? err));
  }
  // pdfjs takes the buffer over (transfers it to its worker): it gets a copy, the caller's bytes stay.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...PDF_OPEN_OPTIONS });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    throw new InputError("bad_pdf", String((err as Error)?.message ?? err));
  }
  try {
    const words: PositionedWord[] = [];
    const rules: RulingLine[] = [];
    // Drawing operators cost as much again as the text: a document whose first pages draw no lines has none. A plan's
    // table may start on its second page, under a long title page (which draws no lines), so one page says too little.
    let ruled = true;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      words.push(...(await pageWords(page, n)));
      if (ruled) {
        const lines = await rulingLines(page, n, pdfjs.OPS);
        rules.push(...lines);
        ruled = n < PAGES_TO_RULES || rules.length >= 2;
      }
      page.cleanup();
    }
    if (words.length === 0) throw new InputError("needs_ocr");
    return { name, sheet: null, blocks: readPositionedText(words, rules, "pdf") };
  } finally {
    await doc.destroy();
  }
}

/** Pages read for ruling lines before a document that drew none on them is taken to have none. */
const PAGES_TO_RULES = 3;

/**
 * Text runs → words in page coordinates (top-left origin). pdfjs gives a run's width, not its letters': a word's
 * place inside a run is its share of the letters' usual widths (glyphWidths), close enough to put it in its column; the words of a run are
 * marked as such, so that an estimated space never parts them into two phrases.
 */
async function pageWords(page: PdfPage, n: number): Promise<PositionedWord[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const words: PositionedWord[] = [];
  let run = 0;
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [, , c, d, e, f] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    const [x, baseline] = viewport.convertToViewportPoint(e, f);
    const at = characterOffsets(item.str);
    for (const m of item.str.matchAll(/\S+/g)) {
      const text = cleanText(m[0]);
      const [from, to] = [at[m.index!], at[m.index! + m[0].length]];
      if (text !== "") words.push({ text, x: x + from * item.width, y: baseline - 0.8 * size, width: (to - from) * item.width, height: size, page: n, run });
    }
    run++;
  }
  return words;
}
