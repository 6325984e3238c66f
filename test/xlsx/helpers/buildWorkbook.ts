import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Writes a workbook built by `fill` with exceljs, as the bytes a user's file would have. */
export async function buildWorkbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Loads bytes with exceljs, as a second, independent reader of what writeXlsx produced. */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Replaces the text of one package part (to plant what exceljs would not write). */
export async function editPart(bytes: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async("string");
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function partText(bytes: Buffer, part: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(part)?.async("string")) ?? null;
}
