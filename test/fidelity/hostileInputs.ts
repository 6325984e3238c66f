import { deflatedZeros } from "../helpers/deflatedZeros";
import JSZip from "jszip";
import * as zlib from "zlib";
import { editPart } from "../xlsx/helpers/buildWorkbook";
import { rawZip } from "../xlsx/helpers/rawZip";
import { ITEMS, planWorkbook } from "./planRows";

/** Generators of broken and hostile files for the corpus: built by the tests, never committed as binaries. */

const MB = 1024 * 1024;
const SHEET = "xl/worksheets/sheet1.xml";
export const EXCEL_LAST_ROW = 1_048_576;

/** Deterministic bytes with every value 0–255 (a linear congruential generator): "binary garbage". */
export function garbage(length: number, seed = 12345): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export { deflatedZeros };

const WORKBOOK_XML = Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

/** A workbook-shaped zip whose one sheet honestly declares and holds `megabytes` of zeros (about 1/1000 compressed). */
export async function zipBomb(megabytes: number): Promise<Buffer> {
  const zeros = await deflatedZeros(megabytes);
  return rawZip([
    { name: "xl/workbook.xml", method: 0, data: WORKBOOK_XML, declaredSize: WORKBOOK_XML.length },
    { name: SHEET, method: 8, data: zeros, declaredSize: megabytes * MB },
  ]);
}

/** A workbook whose only sheet has one empty row element, at the last row Excel allows, and nothing else. */
export async function lastRowOnlyWorkbook(): Promise<Buffer> {
  return editPart(await planWorkbook(), SHEET, (xml) =>
    xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData><row r="${EXCEL_LAST_ROW}"/></sheetData>`).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A${EXCEL_LAST_ROW}"/>`),
  );
}

/**
 * The plan workbook followed by empty row elements down to row 1,048,576: a sheet of a million rows of nothing.
 * Stored, not deflated: 25 MB of XML compress slowly, and the reader's work is what the corpus is about.
 */
export async function millionEmptyRowsWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await planWorkbook());
  const xml = await zip.file(SHEET)!.async("string");
  const rows: string[] = [];
  for (let r = ITEMS.length + 2; r <= EXCEL_LAST_ROW; r++) rows.push(`<row r="${r}"/>`);
  zip.file(SHEET, xml.replace("</sheetData>", () => rows.join("") + "</sheetData>"));
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

/** The first bytes of an old binary Excel file (OLE compound document), padded with zeros. */
export function oleHeader(length = 4096): Buffer {
  const out = Buffer.alloc(length);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out);
  return out;
}

/** A PDF start, as when a scanned plan is renamed .txt: a text header, then a binary stream. */
export function pdfLike(): Buffer {
  return Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 2000 /Filter /FlateDecode >>\nstream\n", "latin1"), zlib.deflateSync(garbage(4000)), Buffer.from("\nendstream\nendobj\n")]);
}
