import { documentXml, makeDocx, p, tbl, tc, tr } from "../../io/docx/makeDocx";
import { wrapText } from "../layoutTable";
import type { NonPlan } from "../nonPlans";
import { tableOnly } from "../nonPlans";
import { corpusPdf, LEADING, PAGE, SIZE } from "./pdfShapes";
import { writerSaved } from "./libreOfficeShapes";
import type { Drawn, Tool } from "./shape";
import { workbookBytes } from "./xlsxShapes";

/** A way a non-plan document reaches the user (nonPlans.ts), as a plan's Shape draws a plan. */
export interface NonPlanShape {
  readonly name: string;
  readonly draw: (doc: NonPlan) => Promise<Drawn> | Drawn;
  /** Only documents that are a table and nothing else (a CSV). */
  readonly tablesOnly?: boolean;
  readonly needs?: readonly Tool[];
  readonly slow?: boolean;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** As Word saves it as plain text: a paragraph a line, a table's cells parted by tabs. */
function plainText(doc: NonPlan): string {
  return `${doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.rows.map((r) => r.join("\t")))).join("\n")}\n`;
}

/** Paragraphs and tables of a Word document. */
function docxBytes(doc: NonPlan): Promise<Uint8Array> {
  const body = doc.blocks.map((b) => (b.kind === "paragraph" ? (b.text ? p(escapeXml(b.text.replace(/\t+/g, " "))) : "<w:p/>") : tbl(...b.rows.map((r) => tr(...r.map((c) => tc(p(escapeXml(c)))))))));
  return makeDocx({ document: documentXml(body.join("")) });
}

/** Printed on portrait A4: paragraphs wrapped by the font's widths, a table's cells at fixed columns, no rules. */
async function pdfBytes(doc: NonPlan): Promise<Uint8Array> {
  const { pdf, font } = await corpusPdf();
  const measure = (s: string) => font.widthOfTextAtSize(s, SIZE);
  const page = { width: PAGE.height, height: PAGE.width };
  const usable = page.width - 2 * PAGE.margin;
  const placed: { x: number; text: string }[][] = doc.blocks.flatMap((b) => {
    if (b.kind === "paragraph") return b.text === "" ? [[]] : wrapText(b.text.replace(/\t+/g, "    "), usable, measure).map((t) => [{ x: 0, text: t }]);
    const width = usable / b.rows[0].length;
    return b.rows.flatMap((r) => {
      const cells = r.map((c) => wrapText(c, width - 6, measure));
      const height = Math.max(1, ...cells.map((c) => c.length));
      return Array.from({ length: height }, (_, k) => cells.flatMap((c, i) => (c[k] ? [{ x: i * width, text: c[k] }] : [])));
    });
  });
  const perPage = Math.floor((page.height - 2 * PAGE.margin) / LEADING);
  for (let from = 0; from < placed.length; from += perPage) {
    const current = pdf.addPage([page.width, page.height]);
    placed.slice(from, from + perPage).forEach((line, k) => {
      for (const piece of line) current.drawText(piece.text, { x: PAGE.margin + piece.x, y: page.height - PAGE.margin - k * LEADING, size: SIZE, font });
    });
  }
  return pdf.save();
}

/** A table saved as CSV by Excel in a Russian locale: «;» between cells, quotes where a cell needs them. */
function csvText(doc: NonPlan): string {
  const quote = (c: string) => (/[;"\n]/u.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows.map((r) => r.map(quote).join(";")) : [])).join("\r\n")}\r\n`;
}

/** Its lines pasted into a sheet: a table's cells in cells, a paragraph in column A. */
function workbook(doc: NonPlan): Promise<Uint8Array> {
  return workbookBytes(doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [[b.text.replace(/\t+/g, " ") || null]] : b.rows.map((r) => [...r]))));
}

export const NON_PLAN_SHAPES: readonly NonPlanShape[] = [
  { name: "text", draw: (doc) => ({ ext: ".txt", data: plainText(doc) }) },
  { name: "docx", draw: async (doc) => ({ ext: ".docx", data: await docxBytes(doc) }) },
  { name: "xlsx", draw: async (doc) => ({ ext: ".xlsx", data: await workbook(doc) }) },
  { name: "pdf", draw: async (doc) => ({ ext: ".pdf", data: await pdfBytes(doc) }) },
  { name: "csv", tablesOnly: true, draw: (doc) => ({ ext: ".csv", data: csvText(doc) }) },
  { name: "doc", needs: ["soffice-writer"], slow: true, draw: async (doc) => ({ ext: ".doc", data: writerSaved(await docxBytes(doc), "doc") }) },
];

/** The shapes that can draw `doc`. */
export const nonPlanShapesFor = (doc: NonPlan): NonPlanShape[] => NON_PLAN_SHAPES.filter((s) => !s.tablesOnly || tableOnly(doc));
