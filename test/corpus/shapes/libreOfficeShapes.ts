import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { CHROMIUM } from "../../e2e/helpers/paths";
import { printableWorkbook } from "./xlsxShapes";
import type { Shape, Tool } from "./shape";

/** Whether a tool runs here; the reason when not, printed by the corpus instead of a score. */
export function toolMissing(tool: Tool): string | null {
  if (tool === "soffice-writer") return toolMissing("soffice") ?? writerMissing();
  const probe = spawnSync(tool === "chromium" ? CHROMIUM : tool, tool === "pdftotext" ? ["-v"] : ["--version"], { encoding: "utf8", timeout: 60_000 });
  return probe.error ? `${tool} не найден (${probe.error.message})` : null;
}

/**
 * LibreOffice without Writer (libreoffice-calc-nogui alone) runs but cannot open a .docx: Writer's library beside
 * the soffice program says it is there.
 */
function writerMissing(): string | null {
  const where = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  const program = where ? path.dirname(realpathSync(where)) : "";
  return program && existsSync(path.join(program, "libswlo.so")) ? null : "LibreOffice Writer не установлен (libreoffice-writer-nogui): .docx не печатается в PDF";
}

/**
 * A LibreOffice profile (and temporary directory) of this process's own: a user's running LibreOffice is not disturbed,
 * and two corpus runs at once do not collide (soffice fails on a profile another soffice holds). Removed at exit.
 */
let workspace: { profile: string; tmp: string } | null = null;
function loWorkspace(): { profile: string; tmp: string } {
  if (workspace) return workspace;
  const root = mkdtempSync(path.join(os.tmpdir(), "plankadry-corpus-lo-"));
  workspace = { profile: path.join(root, "profile"), tmp: path.join(root, "tmp") };
  mkdirSync(workspace.tmp);
  process.once("exit", () => rmSync(root, { recursive: true, force: true }));
  return workspace;
}
const cache = new Map<string, Uint8Array>();

/**
 * The plan as a printable sheet printed to PDF by LibreOffice (one conversion per plan, shared by the shapes below).
 * The Word document printed by Writer is docxPdfShapes.ts.
 */
export async function libreOfficePdf(plan: TruthPlan, sectionsInOneCell = false): Promise<Uint8Array> {
  // The whole plan is the key: variants of one seed (extra columns, sums by year…) each print their own sheet.
  const key = `${sectionsInOneCell} ${JSON.stringify(plan)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const sheet = await printableWorkbook(plan);
  const pdf = printToPdf(sectionsInOneCell ? await sectionsTypedInOneCell(sheet, plan) : sheet, ".xlsx");
  cache.set(key, pdf);
  return pdf;
}

/**
 * The printable sheet as many users type it: a section title in the row's first cell, not merged and not wrapped,
 * every cell of the row bordered. Calc prints the title over the empty cells beside it and their borders through it.
 */
async function sectionsTypedInOneCell(bytes: Uint8Array, plan: TruthPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const labels = new Set(plan.sections.map((s) => s.label));
  const width = plan.order.length;
  ws.eachRow((row) => {
    if (!labels.has(String(row.getCell(1).value ?? ""))) return;
    ws.unMergeCells(row.number, 1, row.number, width);
    for (let c = 1; c <= width; c++) row.getCell(c).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    row.getCell(1).alignment = { wrapText: false, vertical: "top" };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A document printed to PDF by LibreOffice (Calc for a sheet, Writer for a .docx), in a directory of its own. */
export function printToPdf(document: Uint8Array, ext: ".xlsx" | ".docx"): Uint8Array {
  return convertWithLibreOffice(document, ext, "pdf", "pdf");
}

/**
 * A Word document saved as plain text by Writer («Сохранить как → Текст»), as officials send a plan by mail or paste
 * it into a site's form: every paragraph a line, a table cell by cell, each cell's paragraphs on lines of their own and
 * an empty cell an empty line, nothing between cells or rows.
 */
export function writerText(document: Uint8Array): string {
  return new TextDecoder().decode(convertWithLibreOffice(document, ".docx", "txt:Text (encoded):UTF8", "txt"));
}

/** The Word document saved by Writer as RTF («Сохранить как → Формат RTF»), in its own format (.odt) or as Word 97–2003 (.doc). */
export function writerSaved(document: Uint8Array, format: "rtf" | "odt" | "doc"): Uint8Array {
  return convertWithLibreOffice(document, ".docx", format === "doc" ? "doc:MS Word 97" : format, format);
}

function convertWithLibreOffice(document: Uint8Array, ext: ".xlsx" | ".docx", filter: string, outExt: string): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-lo-"));
  try {
    const file = path.join(dir, `plan${ext}`);
    writeFileSync(file, document);
    const { profile, tmp } = loWorkspace();
    const env = { ...process.env, TMPDIR: tmp };
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", dir, file], { stdio: "ignore", timeout: 300_000, env });
    return new Uint8Array(readFileSync(path.join(dir, `plan.${outExt}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text `pdftotext` gives of a PDF, with its layout (columns by spaces) or without (reading order). */
export function pdfToText(pdf: Uint8Array, layout: boolean): string {
  return runPdftotext(pdf, layout ? ["-layout"] : []);
}

/**
 * The PDF's text in the order it is drawn (`pdftotext -raw`): what a browser's PDF viewer (pdf.js, PDFium) copies
 * when a user selects the table with the mouse — each cell's lines together, cells in the order the printer drew
 * them (Writer: row by row, left to right), no columns lined up.
 */
export function pdfToStreamText(pdf: Uint8Array): string {
  return runPdftotext(pdf, ["-raw"]);
}

function runPdftotext(pdf: Uint8Array, mode: readonly string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-pdftotext-"));
  try {
    const file = path.join(dir, "plan.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", [...mode, "-enc", "UTF-8", file, "-"], { encoding: "utf8", timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const viaLibreOffice = (plan: TruthPlan, _r: Rng) => libreOfficePdf(plan);

export const LIBRE_OFFICE_SHAPES: readonly Shape[] = [
  { name: "lo-pdf", about: "sheet printed to PDF by LibreOffice (Calc)", needs: ["soffice"], slow: true, draw: async (plan, r) => ({ ext: ".pdf", data: await viaLibreOffice(plan, r) }) },
  {
    name: "lo-pdf-overflow",
    about: "that sheet with sections typed in one cell, printed by Calc",
    needs: ["soffice"],
    slow: true,
    draw: async (plan) => ({ ext: ".pdf", data: await libreOfficePdf(plan, true) }),
  },
  { name: "lo-pdftotext-layout", about: "that PDF through pdftotext -layout", needs: ["soffice", "pdftotext"], slow: true, draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await viaLibreOffice(plan, r), true) }) },
  { name: "lo-pdftotext-raw", about: "that PDF through pdftotext (no layout)", needs: ["soffice", "pdftotext"], slow: true, draw: async (plan, r) => ({ ext: ".txt", data: pdfToText(await viaLibreOffice(plan, r), false) }) },
  {
    // Calc draws a page's one-line cells first, row by row, then its wrapped cells (ScOutputData: DrawStrings, then
    // DrawEdit): the item numbers arrive apart from the names they wrap beside.
    name: "lo-xlsx-pdftotext-stream",
    about: "that PDF's text in drawing order (pdftotext -raw), as a browser's PDF viewer copies it",
    needs: ["soffice", "pdftotext"],
    slow: true,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToStreamText(await viaLibreOffice(plan, r)) }),
  },
];
