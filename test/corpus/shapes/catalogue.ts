import { withCentredCells } from "../centredCells";
import { withConsentNotes } from "../consentNotes";
import { withSpacedSignOff } from "../spacedSignOff";
import { withTabbedSignOff } from "../tabbedSignOff";
import { withDistrictBodies } from "../districtBodies";
import { withNounResults } from "../nounResults";
import { withLowerResults } from "../lowerResults";
import { withAmountsByYear } from "../amountsByYear";
import { withBareExtras, withExtras } from "../extraColumns";
import { withRemarkRows } from "../remarkRows";
import { withCellLists } from "../cellLists";
import { withReorderedColumns } from "../reorderedColumns";
import { withSpanDeadlines } from "../spanDeadlines";
import { withUnnumberedSections } from "../unnumberedSections";
import { withProgrammeTotals } from "../programmeTotals";
import { withScheduleDeadlines } from "../scheduleDeadlines";
import { DOCX_PDF_SHAPES, WRITER_SAVED_SHAPES, WRITER_TEXT_SHAPE, EDGE_DOCX_PDF_SHAPES, MERGED_EXECUTORS_DOCX_PDF_SHAPE, MERGED_EXECUTORS_STREAM_SHAPE, NARROW_DOCX_PDF_SHAPES, TIGHT_DOCX_PDF_SHAPES, PROGRAMME_DOCX_PDF_SHAPES, TABLE_PER_SECTION_DOCX_PDF_SHAPES } from "./docxPdfShapes";
import { BROWSER_PRINT_SHAPES } from "./browserPrintShapes";
import { GRID_SHAPES } from "./gridShapes";
import { LIBRE_OFFICE_SHAPES, pdfToStreamText, pdfToText } from "./libreOfficeShapes";
import { LABELLED_SHAPES } from "./labelledShapes";
import { LINE_SHAPES } from "./lineShapes";
import { narrowColumn, planPdf, PDF_SHAPES } from "./pdfShapes";
import { withRunsOfExecutors } from "../mergedExecutors";
import { MERGED_EXECUTORS_PDFJS_SHAPE, PDFJS_COPY_SHAPES } from "./pdfjsCopy";
import { PIPE_SHAPES } from "./pipeShapes";
import { SCHEDULE_SHAPES } from "./scheduleShapes";
import { SCHEDULE_PRINT_SHAPES } from "./schedulePrintShapes";
import type { Shape } from "./shape";
import { inColumnA, workbookBytes, XLSX_SHAPES } from "./xlsxShapes";

const BASE_SHAPES: readonly Shape[] = [
  ...GRID_SHAPES,
  ...PIPE_SHAPES,
  ...LINE_SHAPES,
  ...XLSX_SHAPES,
  ...SCHEDULE_SHAPES,
  ...SCHEDULE_PRINT_SHAPES,
  ...PDF_SHAPES,
  {
    name: "pdf-pdftotext-layout",
    about: "the ruled PDF through pdftotext -layout",
    needs: ["pdftotext"],
    // Cells at the top: the text readers of the layout do not yet read rows whose number is beside a middle line.
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await planPdf(plan, r, true, { aligned: false, numbered: true }), true) }),
  },
  {
    name: "pdf-merged-executors-pdftotext-layout",
    about: "the PDF whose executors' cell is merged down over items that share it (pdf-merged-executors) through pdftotext -layout: no rules, the text once",
    needs: ["pdftotext"],
    truth: (plan) => withRunsOfExecutors(plan),
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await planPdf(plan, r, true, { numbered: true, mergeExecutors: true }), true) }),
  },
  {
    name: "pdf-pdftotext-raw",
    about: "the ruled PDF through pdftotext (no layout): a row read baseline by baseline, near columns joined in a line",
    needs: ["pdftotext"],
    // Cells at the top, as for the layout text above: rows whose number is beside a middle line are not read yet.
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await planPdf(plan, r, true, { aligned: false, numbered: true }), false) }),
  },
  {
    name: "pdf-pdftotext-stream",
    about: "the ruled PDF's text in drawing order (pdftotext -raw), as a browser's PDF viewer copies it",
    needs: ["pdftotext"],
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToStreamText(await planPdf(plan, r, true, { aligned: false, numbered: true })) }),
  },
  {
    name: "pdf-narrow-pdftotext-raw",
    about: "the ruled PDF with a narrow column through pdftotext (no layout): its lines and its neighbour's interleaved, joined where close",
    needs: ["pdftotext"],
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await planPdf(plan, r, true, { aligned: false, numbered: true, narrow: narrowColumn(r) }), false) }),
  },
  ...LIBRE_OFFICE_SHAPES,
  ...DOCX_PDF_SHAPES,
  WRITER_TEXT_SHAPE,
  ...WRITER_SAVED_SHAPES,
];

/** The shapes that draw a plan's extra columns and the column numbers under the header as they draw the rest. */
const WITH_EXTRAS = ["html", "docx", "lo-docx-txt", "lo-docx-rtf", "word-tabbed-text", "xlsx-cells", "pdf-ruled", "pdf-plain", "pdf-pdftotext-layout", "space-aligned", "cell-per-line-bar", "interleaved", "lo-docx-pdftotext-raw", "lo-docx-pdftotext-stream"];

/**
 * The same shapes drawing plans with one or two uncatalogued columns (funding, notes, a mark of completion, a target)
 * and a row of column numbers under the header, repeated with it on every page.
 */
const EXTRAS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_EXTRAS.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-extras`,
  about: `${s.about}; extra columns, column numbers under the header`,
  truth: (plan, r) => withExtras(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The shapes that draw section titles with no number over items numbered straight through (centred where they can);
 * the ruled PDF's and Writer's PDF's texts without layout too, where pdftotext runs a title into a row's flow.
 */
const WITH_UNNUMBERED = ["html", "docx", "lo-docx-txt", "lo-docx-rtf", "word-tabbed-text", "xlsx-cells", "pdf-ruled", "pdf-plain", "pdf-pdftotext-layout", "space-aligned", "interleaved", "cell-per-line-bar", "pdf-pdftotext-raw", "lo-docx-pdftotext-raw"];

/** The same shapes drawing plans whose sections are titles alone and whose items run 1, 2, … through the plan. */
const UNNUMBERED_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_UNNUMBERED.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-unnumbered`,
  about: `${s.about}; section titles without numbers, items numbered straight through`,
  truth: (plan, r) => withUnnumberedSections(s.truth ? s.truth(plan, r) : plan),
}));

/** The shapes that draw a deadline in two columns, start and end (merged captions and cells where they can merge). */
const WITH_SPAN = ["html", "docx", "lo-docx-txt", "lo-docx-rtf", "word-tabbed-text", "xlsx-cells", "pdf-ruled", "pdf-plain", "pdf-pdftotext-layout", "space-aligned", "interleaved", "xlsx-column-a", "cell-per-line-bar"];

/** The same shapes drawing plans whose deadline is printed as its start and its end in two columns. */
const SPAN_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_SPAN.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-span`,
  about: `${s.about}; the deadline in two columns, start and end`,
  truth: (plan, r) => withSpanDeadlines(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The shapes that place text where a cell's vertical alignment shows (the pdf-lib PDFs and their texts, the mouse copy
 * and its lines in column A, the .docx printed by Writer and its texts), and the ruled PDF's raw text pasted into
 * column A.
 */
const WITH_CENTRED = ["pdf-ruled", "pdf-plain", "pdf-pdftotext-layout", "pdf-pdftotext-raw", "interleaved", "xlsx-column-a", "lo-docx-pdf", "lo-docx-pdftotext-layout", "lo-docx-pdftotext-raw", "lo-docx-pdftotext-stream"];
const RAW_IN_COLUMN_A: Shape = {
  name: "pdf-pdftotext-raw-column-a",
  about: "the ruled PDF through pdftotext (no layout), its lines pasted into column A",
  needs: ["pdftotext"],
  draw: async (plan, r) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(String((await shapeNamed("pdf-pdftotext-raw").draw(plan, r)).data))) }),
};

const LAYOUT_IN_COLUMN_A: Shape = {
  name: "pdf-pdftotext-layout-column-a",
  about: "the ruled PDF through pdftotext -layout, its lines pasted whole into column A (runs of spaces kept)",
  needs: ["pdftotext"],
  draw: async (plan, r) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(String((await shapeNamed("pdf-pdftotext-layout").draw(plan, r)).data))) }),
};

/** The same shapes drawing plans numbered 1, 2, 3 with no dot and no sections, every cell centred vertically in its row. */
const CENTRED_SHAPES: readonly Shape[] = [...BASE_SHAPES.filter((s) => WITH_CENTRED.includes(s.name)), RAW_IN_COLUMN_A].map((s) => ({
  ...s,
  name: `${s.name}-centred`,
  about: `${s.about}; items numbered 1, 2, 3 without a dot, cells centred vertically`,
  truth: (plan, r) => withCentredCells(s.truth ? s.truth(plan, r) : plan),
}));

/** The shapes that merge header cells, drawing a plan's funding by year under one merged caption. */
const WITH_AMOUNTS = ["html", "docx", "lo-docx-txt", "word-tabbed-text", "xlsx-cells", "pdf-ruled", "pdf-pdftotext-layout", "pdf-pdftotext-raw", "pdf-pdftotext-stream", "lo-docx-pdf", "lo-docx-pdftotext-layout", "lo-docx-pdftotext-raw", "lo-docx-pdftotext-stream"];

/** The same shapes drawing plans with two or three columns of sums by year under a caption merged over them, a two-row header. */
const AMOUNTS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_AMOUNTS.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-amounts`,
  about: `${s.about}; funding by year under a merged caption (a two-row header), column numbers under it`,
  truth: (plan, r) => withAmountsByYear(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The ruled PDF with its columns sized to their text (`toEdge`: Word's autofit, or borders dragged up to the text), so
 * that lines fill their column to its edge: in its layout text two cells often stand one space apart or touch, and
 * without -layout the pieces of two cells on one baseline are one line.
 */
const EDGE_SHAPES: readonly Shape[] = [
  { name: "pdf-ruled-edge", about: "PDF file, ruling lines, columns as wide as their text", draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, true, { numbered: true, toEdge: true }) }) },
  { name: "pdf-plain-edge", about: "PDF file, no lines, columns as wide as their text", draw: async (plan, r) => ({ ext: ".pdf", data: await planPdf(plan, r, false, { numbered: true, toEdge: true }) }) },
  {
    name: "pdf-pdftotext-layout-edge",
    about: "that PDF through pdftotext -layout: cells one space apart or touching",
    needs: ["pdftotext"],
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await planPdf(plan, r, true, { aligned: false, numbered: true, toEdge: true }), true) }),
  },
  {
    name: "pdf-pdftotext-raw-edge",
    about: "that PDF through pdftotext (no layout): cells on one baseline glued into one line",
    needs: ["pdftotext"],
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await planPdf(plan, r, true, { aligned: false, numbered: true, toEdge: true }), false) }),
  },
  {
    name: "pdf-pdftotext-stream-edge",
    about: "that PDF's text in drawing order (pdftotext -raw): a row's lines baseline by baseline",
    needs: ["pdftotext"],
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToStreamText(await planPdf(plan, r, true, { aligned: false, numbered: true, toEdge: true })) }),
  },
];

/**
 * The shapes that read a table without its cells (and HTML, to check the drawing), drawing plans with the deadline or
 * the executors last and, mostly, an empty column after them with no column numbers, as officials print plans that
 * leave room for the report.
 */
const WITH_REORDERED = ["html", "interleaved", "xlsx-column-a", "pdf-pdftotext-raw", "pdf-pdftotext-stream", "lo-docx-pdftotext-raw", "lo-docx-pdftotext-stream"];
const REORDERED_SHAPES: readonly Shape[] = [...BASE_SHAPES.filter((s) => WITH_REORDERED.includes(s.name)), RAW_IN_COLUMN_A].map((s) => ({
  ...s,
  name: `${s.name}-reordered`,
  about: `${s.about}; the deadline or the executors last, an empty last column`,
  truth: (plan, r) => withReorderedColumns(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The shapes that read a table without its cells (and HTML, to check the drawing), drawing plans with «(по
 * согласованию)» after some bodies, as officials print executors outside their authority: the note a reader of such
 * text may take for an on-demand deadline or run into the next cell.
 */
const WITH_CONSENT = ["html", "interleaved", "xlsx-column-a", "cell-per-line-bar", "pdf-pdftotext-raw", "pdf-pdftotext-stream", "lo-docx-pdftotext-raw", "lo-docx-pdftotext-stream"];
const CONSENT_SHAPES: readonly Shape[] = [...BASE_SHAPES.filter((s) => WITH_CONSENT.includes(s.name)), RAW_IN_COLUMN_A].map((s) => ({
  ...s,
  name: `${s.name}-consent`,
  about: `${s.about}; «(по согласованию)» after some executors`,
  truth: (plan, r) => withConsentNotes(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The text in drawing order of the pdf-lib PDF and of Writer's print, drawing plans whose results are in lower case,
 * as officials write them: where the executors' cell's lines and the result's meet, both in lower case, only the
 * words tell them apart.
 */
const WITH_LOWER_RESULTS = ["pdf-pdftotext-stream", "lo-docx-pdftotext-stream"];
const LOWER_RESULTS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_LOWER_RESULTS.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-lower-results`,
  about: `${s.about}; results in lower case («аналитическая справка»)`,
  truth: (plan, r) => withLowerResults(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The text in drawing order of the pdf-lib PDF and of Writer's print, drawing plans whose executors are a district's
 * bodies named in full, one to a paragraph (districtBodies): the next body opens right after a line ending on a noun
 * («… администрации» / «района» / «Комитет по …»), where only the words say a party ended.
 */
const WITH_DISTRICT_BODIES = ["pdf-pdftotext-stream", "lo-docx-pdftotext-stream"];
const DISTRICT_BODIES_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_DISTRICT_BODIES.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-district-bodies`,
  about: `${s.about}; executors a district's bodies named in full, one to a paragraph («Отдел образования администрации района» / «Комитет по …»)`,
  truth: (plan, r) => withDistrictBodies(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * Writer's print through pdftotext without -layout, drawing plans signed by the head alone, position and name parted
 * by spaces (spacedSignOff): the later columns come as blocks after the last page's rows, and the sign-off between
 * them, with no blank to sign on or «Исполнитель: …» that says the rows ended.
 */
const WITH_SPACED_SIGN_OFF = ["lo-docx-pdftotext-raw"];
const SPACED_SIGN_OFF_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_SPACED_SIGN_OFF.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-spaced-sign-off`,
  about: `${s.about}; the head's sign-off alone, position and name parted by spaces`,
  truth: (plan, r) => withSpacedSignOff(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The same print drawing plans signed by the head alone, the name at a right tab stop on the page's right margin
 * (tabbedSignOff): pdftotext gives the name with the last column's flow, after the last page's later columns, the
 * position far before it among the first columns' lines.
 */
const TABBED_SIGN_OFF_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_SPACED_SIGN_OFF.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-tabbed-sign-off`,
  about: `${s.about}; the head's sign-off alone, the name at a right tab stop on the page's edge`,
  truth: (plan, r) => withTabbedSignOff(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The same two texts in drawing order, drawing a district's bodies named in full (districtBodies) over results that
 * open in lower case with a noun in the nominative (nounResults: «потребность рассчитана…»): right after a party
 * ending on a noun («… администрации» / «района»), only the words say the result opened.
 */
const NOUN_RESULTS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_DISTRICT_BODIES.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-noun-results`,
  about: `${s.about}; a district's bodies named in full over results opening with a noun in lower case («потребность рассчитана…»)`,
  truth: (plan, r) => withNounResults(withDistrictBodies(s.truth ? s.truth(plan, r) : plan)),
}));

/**
 * The shapes that keep a table's cells, and text shapes whose renderers draw a row that fills some cells only: a
 * programme's group rows (a number, a title, a sum) and rows of totals.
 */
const WITH_TOTALS = ["html", "docx", "lo-docx-txt", "word-tabbed-text", "xlsx-cells", "pdf-ruled", "lo-docx-pdf", "pdf-pdftotext-layout", "lo-docx-pdftotext-stream", "space-aligned", "cell-per-line-bar", "interleaved"];

/** The same shapes drawing a programme's plan: funding columns, group rows with their sums, «Итого» rows after each part and at the end. */
const TOTALS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_TOTALS.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-totals`,
  about: `${s.about}; a programme's funding, group rows with a sum, «Итого» rows`,
  truth: (plan, r) => withProgrammeTotals(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * Writer's print in drawing order (pdftotext -raw) and the interleaved copy, drawing plans whose deadlines follow
 * another body's schedule and name it (scheduleDeadlines: «по графику ИРО», «по плану работы МКУ «ИМЦ»»): the owner's
 * lines, wrapped in the narrow deadline column, read as an executor's; Writer's text gives them right before the
 * executors' cell, the interleaved copy among the other cells' lines.
 */
const WITH_SCHEDULE_DEADLINES = ["interleaved", "lo-docx-pdftotext-stream"];
const SCHEDULE_DEADLINES_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_SCHEDULE_DEADLINES.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-schedule-deadlines`,
  about: `${s.about}; deadlines by another body's schedule, its owner named («по графику ИРО»)`,
  truth: (plan, r) => withScheduleDeadlines(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * The shapes, with cells and without, that draw a plan with notes typed in rows of their own («Примечание: …» in one
 * cell over the row) under section headings and under items.
 */
const WITH_REMARKS = ["html", "docx", "xlsx-cells", "pdf-ruled", "pdf-pdftotext-layout", "interleaved", "pdf-pdftotext-raw", "pdf-pdftotext-stream"];
const REMARKS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_REMARKS.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-remarks`,
  about: `${s.about}; note rows under headings and items`,
  truth: (plan, r) => withRemarkRows(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * Shapes with cells and without, drawing plans whose names announce their parts as a list under marks and whose
 * results list documents (cellLists): text without cells gives each item as a line opening like a row or a cell.
 */
const WITH_CELL_LISTS = ["html", "docx", "xlsx-cells", "pdf-ruled", "pdf-plain", "pdf-pdftotext-layout", "space-aligned", "pipe-wrapped", "interleaved", "cell-per-line-bar", "xlsx-column-a", "pdf-pdftotext-raw", "pdf-pdftotext-stream", "lo-docx-pdftotext-stream"];
const CELL_LISTS_SHAPES: readonly Shape[] = BASE_SHAPES.filter((s) => WITH_CELL_LISTS.includes(s.name)).map((s) => ({
  ...s,
  name: `${s.name}-lists`,
  about: `${s.about}; lists typed in cells («мониторинга:» / «1) …;» / «2) …», «– справка;»)`,
  truth: (plan, r) => withCellLists(s.truth ? s.truth(plan, r) : plan),
}));

/**
 * Shapes with cells and without, drawing the extras shapes' plans with no column numbers under the header, as most
 * officials print a «дорожная карта» with a column of funding or notes: a reader without cells counts the columns by
 * the captions alone.
 */
const WITH_BARE_EXTRAS = ["html", "docx", "interleaved", "xlsx-column-a", "pdf-ruled", "pdf-pdftotext-layout", "lo-docx-pdf", "lo-docx-pdftotext-raw", "lo-docx-pdftotext-stream", "lo-docx-pdfjs-copy"];
const BARE_EXTRAS_SHAPES: readonly Shape[] = [...BASE_SHAPES, ...PDFJS_COPY_SHAPES]
  .filter((s) => WITH_BARE_EXTRAS.includes(s.name))
  .map((s) => ({
    ...s,
    name: `${s.name}-extras-bare`,
    about: `${s.about}; extra columns, no column numbers`,
    truth: (plan, r) => withBareExtras(s.truth ? s.truth(plan, r) : plan),
  }));

/** Every shape of the corpus, in the order of the table `npm run corpus` prints. */
export const SHAPES: readonly Shape[] = [
  ...BASE_SHAPES,
  ...EXTRAS_SHAPES,
  ...UNNUMBERED_SHAPES,
  ...SPAN_SHAPES,
  ...LABELLED_SHAPES,
  ...CENTRED_SHAPES,
  ...NARROW_DOCX_PDF_SHAPES,
  ...AMOUNTS_SHAPES,
  ...EDGE_SHAPES,
  ...EDGE_DOCX_PDF_SHAPES,
  ...REORDERED_SHAPES,
  ...PDFJS_COPY_SHAPES,
  ...TIGHT_DOCX_PDF_SHAPES,
  ...PROGRAMME_DOCX_PDF_SHAPES,
  ...CONSENT_SHAPES,
  ...TOTALS_SHAPES,
  ...LOWER_RESULTS_SHAPES,
  ...DISTRICT_BODIES_SHAPES,
  ...SPACED_SIGN_OFF_SHAPES,
  ...TABBED_SIGN_OFF_SHAPES,
  ...NOUN_RESULTS_SHAPES,
  ...SCHEDULE_DEADLINES_SHAPES,
  MERGED_EXECUTORS_DOCX_PDF_SHAPE,
  MERGED_EXECUTORS_STREAM_SHAPE,
  MERGED_EXECUTORS_PDFJS_SHAPE,
  ...TABLE_PER_SECTION_DOCX_PDF_SHAPES,
  ...BROWSER_PRINT_SHAPES,
  ...REMARKS_SHAPES,
  LAYOUT_IN_COLUMN_A,
  ...CELL_LISTS_SHAPES,
  ...BARE_EXTRAS_SHAPES,
];

export function shapeNamed(name: string): Shape {
  const s = SHAPES.find((x) => x.name === name);
  if (!s) throw new Error(`no shape ${name}; shapes: ${SHAPES.map((x) => x.name).join(", ")}`);
  return s;
}
