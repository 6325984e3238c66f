import type { Rng } from "../rng";
import { withNarrowColumns } from "../narrowColumns";
import type { TruthPlan } from "../truthPlan";
import { pdfToStreamText, pdfToText, printToPdf, writerSaved, writerText } from "./libreOfficeShapes";
import { planDocx } from "./planDocx";
import type { Shape } from "./shape";
import { withTightRows } from "../tightRows";
import { EXTRA_KINDS, type ExtraKind, withExtras } from "../extraColumns";
import { withSpanDeadlines } from "../spanDeadlines";
import { inColumnA, workbookBytes } from "./xlsxShapes";
import { withRunsOfExecutors } from "../mergedExecutors";

const cache = new Map<string, Uint8Array>();

/**
 * The plan as a Word table (planDocx: the header row repeated on every page, sections merged across the table)
 * printed to PDF by LibreOffice Writer, as officials print their plans; one conversion per plan, shared by the
 * shapes below.
 */
export async function writerPdf(plan: TruthPlan, aligned = true, toEdge = false, mergeExecutors = false, tablePerSection = false): Promise<Uint8Array> {
  // The same seed draws many variants of one plan (extra columns, numbered straight through, centred cells…): the key is
  // the whole plan, so no variant prints another's PDF (a key of a few fields gave the unnumbered shape the numbered PDF).
  const key = `${aligned} ${toEdge} ${mergeExecutors} ${tablePerSection} ${JSON.stringify(plan)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pdf = printToPdf(await planDocx(plan, { aligned, toEdge, mergeExecutors, numbered: tablePerSection || undefined, tablePerSection }), ".docx");
  cache.set(key, pdf);
  return pdf;
}

const viaWriter = (plan: TruthPlan, _r: Rng) => writerPdf(plan);
// The reader of pdftotext's text without layout does not yet read rows whose number is beside a middle line: cells at the top.
const viaWriterTop = (plan: TruthPlan, _r: Rng) => writerPdf(plan, false);

export const DOCX_PDF_SHAPES: readonly Shape[] = [
  { name: "lo-docx-pdf", about: "Word table printed to PDF by LibreOffice Writer", needs: ["soffice-writer"], slow: true, draw: async (plan, r) => ({ ext: ".pdf", data: await viaWriter(plan, r) }) },
  { name: "lo-docx-pdftotext-layout", about: "that PDF through pdftotext -layout", needs: ["soffice-writer", "pdftotext"], slow: true, draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await viaWriter(plan, r), true) }) },
  { name: "lo-docx-pdftotext-raw", about: "that PDF through pdftotext (no layout)", needs: ["soffice-writer", "pdftotext"], slow: true, draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await viaWriterTop(plan, r), false) }) },
  {
    name: "lo-docx-pdftotext-stream",
    about: "that PDF's text in drawing order (pdftotext -raw), as a browser's PDF viewer copies it",
    needs: ["soffice-writer", "pdftotext"],
    slow: true,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToStreamText(await viaWriter(plan, r)) }),
  },
];

/**
 * The Word table saved as plain text by Writer: cells one after another, each cell's paragraphs a line, an empty cell
 * an empty line, no mark between cells or rows (the header's sub-captions and column numbers one per line too).
 */
export const WRITER_TEXT_SHAPE: Shape = {
  name: "lo-docx-txt",
  about: "Word table saved as text by LibreOffice Writer: a line per cell paragraph, an empty line per empty cell",
  needs: ["soffice-writer"],
  slow: true,
  draw: async (plan) => ({ ext: ".txt", data: writerText(await planDocx(plan, { aligned: true })) }),
};

/**
 * The Word table saved by Writer as RTF (the format legal systems' «Сохранить в Word» and older offices send: cells'
 * paragraphs, sections merged across by \clmgf/\clmrg or one wide cell, Cyrillic as \uN), as .odt (Writer's own) and as
 * Word 97–2003 (.doc: the binary format most archived plans are in).
 */
export const WRITER_SAVED_SHAPES: readonly Shape[] = [
  { name: "lo-docx-rtf", about: "Word table saved as RTF by LibreOffice Writer", needs: ["soffice-writer"], slow: true, draw: async (plan) => ({ ext: ".rtf", data: writerSaved(await planDocx(plan, { aligned: true }), "rtf") }) },
  {
    name: "lo-docx-rtf-merged-executors",
    about: "that RTF with the executors' cell merged down (\\clvmgf / \\clvmrg) over consecutive items that share it",
    needs: ["soffice-writer"],
    slow: true,
    truth: (plan) => withRunsOfExecutors(plan),
    draw: async (plan) => ({ ext: ".rtf", data: writerSaved(await planDocx(plan, { aligned: true, mergeExecutors: true }), "rtf") }),
  },
  { name: "lo-docx-odt", about: "Word table saved by LibreOffice Writer in its own format (.odt)", needs: ["soffice-writer"], slow: true, draw: async (plan) => ({ ext: ".odt", data: writerSaved(await planDocx(plan, { aligned: true }), "odt") }) },
  {
    name: "lo-docx-odt-merged-executors",
    about: "that .odt with the executors' cell spanning rows (table:number-rows-spanned) over consecutive items that share it",
    needs: ["soffice-writer"],
    slow: true,
    truth: (plan) => withRunsOfExecutors(plan),
    draw: async (plan) => ({ ext: ".odt", data: writerSaved(await planDocx(plan, { aligned: true, mergeExecutors: true }), "odt") }),
  },
  { name: "lo-docx-doc", about: "Word table saved by LibreOffice Writer as Word 97–2003 (.doc), as older offices keep and send plans", needs: ["soffice-writer"], slow: true, draw: async (plan) => ({ ext: ".doc", data: writerSaved(await planDocx(plan, { aligned: true }), "doc") }) },
  {
    name: "lo-docx-doc-merged-executors",
    about: "that .doc with the executors' cell merged down (the row's cell descriptions: vertMerge) over consecutive items that share it",
    needs: ["soffice-writer"],
    slow: true,
    truth: (plan) => withRunsOfExecutors(plan),
    draw: async (plan) => ({ ext: ".doc", data: writerSaved(await planDocx(plan, { aligned: true, mergeExecutors: true }), "doc") }),
  },
];

/**
 * The Word table whose executors' cell is merged down (vertical merge) over consecutive items of a section that share
 * it, centred over them, printed by Writer: the text once, the row borders drawn across every other column.
 */
export const MERGED_EXECUTORS_DOCX_PDF_SHAPE: Shape = {
  name: "lo-docx-pdf-merged-executors",
  about: "Word table printed to PDF by Writer; the executors' cell merged down over consecutive items that share it",
  needs: ["soffice-writer"],
  slow: true,
  truth: (plan) => withRunsOfExecutors(plan),
  draw: async (plan) => ({ ext: ".pdf", data: await writerPdf(plan, true, false, true) }),
};

/**
 * That PDF's text in drawing order (pdftotext -raw, as a browser's viewer copies it; ozyorsky-2033's print): Writer
 * draws the merged cell with the first row it spans, so the rows under it give no executors' lines at all.
 */
export const MERGED_EXECUTORS_STREAM_SHAPE: Shape = {
  ...MERGED_EXECUTORS_DOCX_PDF_SHAPE,
  name: "lo-docx-pdftotext-stream-merged-executors",
  about: "that PDF's text in drawing order (pdftotext -raw): the merged executors' text in the first row it spans only",
  needs: ["soffice-writer", "pdftotext"],
  draw: async (plan) => ({ ext: ".txt", data: pdfToStreamText(await writerPdf(plan, true, false, true)) }),
};

/**
 * The same shapes drawing a narrow extra column with a long two-word caption and a narrow deadline: Writer breaks their
 * long words, the header's too, at the column's edge with no hyphen.
 */
export const NARROW_DOCX_PDF_SHAPES: readonly Shape[] = DOCX_PDF_SHAPES.map((s) => ({
  ...s,
  name: `${s.name}-narrow`,
  about: `${s.about}; a narrow extra column and deadline, words broken at their edge without a hyphen`,
  truth: (plan) => withNarrowColumns(plan),
}));

/**
 * The Word table with its columns sized to their text (Arial 9 pt, narrow cell margins), printed by Writer: its layout
 * text has cells one space apart, its text without -layout cells glued on one baseline.
 */
export const EDGE_DOCX_PDF_SHAPES: readonly Shape[] = [
  { name: "lo-docx-pdf-edge", about: "Word table sized to its text printed to PDF by Writer", needs: ["soffice-writer"], slow: true, draw: async (plan) => ({ ext: ".pdf", data: await writerPdf(plan, true, true) }) },
  {
    name: "lo-docx-pdftotext-layout-edge",
    about: "that PDF through pdftotext -layout",
    needs: ["soffice-writer", "pdftotext"],
    slow: true,
    draw: async (plan) => ({ ext: ".txt", data: pdfToText(await writerPdf(plan, true, true), true) }),
  },
  {
    name: "lo-docx-pdftotext-raw-edge",
    about: "that PDF (cells at the top) through pdftotext (no layout)",
    needs: ["soffice-writer", "pdftotext"],
    slow: true,
    draw: async (plan) => ({ ext: ".txt", data: pdfToText(await writerPdf(plan, false, true), false) }),
  },
];

/**
 * The Word table typed as the official fixtures are (tightRows.ts: Times 12 pt, cells padded 2 pt × 4 pt), printed by
 * Writer with cells at the top: through pdftotext without -layout some rows come baseline by baseline across their
 * cells and others column block by column block on one page, as zaozerny-2028 and belorechensky-2028 read; and those
 * lines pasted into column A.
 */
const viaWriterTight = (plan: TruthPlan) => writerPdf(plan, false);
export const TIGHT_DOCX_PDF_SHAPES: readonly Shape[] = [
  { name: "lo-docx-pdf-tight", about: "Word table typed as the fixtures are (Times 12 pt, tight cells) printed to PDF by Writer", needs: ["soffice-writer"], slow: true, truth: withTightRows, draw: async (plan) => ({ ext: ".pdf", data: await viaWriterTight(plan) }) },
  {
    name: "lo-docx-pdftotext-raw-tight",
    about: "that PDF through pdftotext (no layout): some rows baseline by baseline, others column block by column block",
    needs: ["soffice-writer", "pdftotext"],
    slow: true,
    truth: withTightRows,
    draw: async (plan) => ({ ext: ".txt", data: pdfToText(await viaWriterTight(plan), false) }),
  },
  {
    name: "lo-docx-pdftotext-raw-column-a-tight",
    about: "that text's lines pasted into column A",
    needs: ["soffice-writer", "pdftotext"],
    slow: true,
    truth: withTightRows,
    draw: async (plan) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(pdfToText(await viaWriterTight(plan), false))) }),
  },
];

/** A programme's funding columns: its source (the corpus's extra of that name) and its sum in thousands, «–» where none. */
const FUNDING: readonly ExtraKind[] = [
  EXTRA_KINDS.find((k) => k.headers.includes("Источник финансирования"))!,
  {
    headers: ["Объём финансирования, тыс. руб.", "Объём финансирования (тыс. рублей)"],
    filled: 0.95,
    value: (r) => (r.chance(0.3) ? "–" : `${r.int(0, 1) ? `${r.int(1, 9)} ` : ""}${r.int(100, 999)},${r.int(0, 9)}`),
  },
];

/**
 * A municipal programme's plan as Writer prints it (gornozavodsky-2031): the deadline in two columns under a caption
 * merged over them, every other caption merged down over the two header rows, one or two funding columns, the column
 * numbers under the header, and all three rows repeated on every page (w:tblHeader). A caption merged down that is
 * taller than the two rows it spans (a narrow column's wrapped words) sets the rows' height on the first page only:
 * on later pages Writer clips it, its last lines printed on the column numbers' line.
 */
export const PROGRAMME_DOCX_PDF_SHAPES: readonly Shape[] = DOCX_PDF_SHAPES.filter((s) => s.name === "lo-docx-pdf" || s.name === "lo-docx-pdftotext-layout").map((s) => ({
  ...s,
  name: `${s.name}-programme`,
  about: `${s.about}; a programme's plan: the deadline in two columns, funding columns, column numbers, a three-row header repeated`,
  truth: (plan) => withExtras(withSpanDeadlines(plan), FUNDING, 0xf0d5),
}));

/** The Word document typed as one table per section (headings as paragraphs between tables) printed by Writer. */
export const TABLE_PER_SECTION_DOCX_PDF_SHAPES: readonly Shape[] = [
  {
    name: "lo-docx-pdf-table-per-section",
    about: "Word document typed as one table per section, printed to PDF by Writer",
    needs: ["soffice-writer"],
    slow: true,
    draw: async (plan) => ({ ext: ".pdf", data: await writerPdf(plan, true, false, false, true) }),
  },
  {
    name: "lo-docx-pdftotext-layout-table-per-section",
    about: "that PDF through pdftotext -layout",
    needs: ["soffice-writer", "pdftotext"],
    slow: true,
    draw: async (plan) => ({ ext: ".txt", data: pdfToText(await writerPdf(plan, true, false, false, true), true) }),
  },
];
