import JSZip from "jszip";
import { documentXml, makeDocx, numPr, p, tbl, tc, tr } from "../io/docx/makeDocx";
import { editPart } from "../xlsx/helpers/buildWorkbook";
import { HEADER, ITEMS, planDocx, planWorkbook } from "./planRows";

/**
 * Hostile files of issue 18, each a few kilobytes, built by the tests and the benchmark (never committed as
 * binaries): each used to take the process down (out of memory, a stack overflow, minutes of CPU).
 */
const SHEET = "xl/worksheets/sheet1.xml";

/** The plan workbook with raw XML added after the sheet data (merges, data validations). */
const afterSheetData = async (xml: string): Promise<Buffer> => editPart(await planWorkbook(), SHEET, (s) => s.replace("</sheetData>", () => `</sheetData>${xml}`));

/** A merge over the whole sheet, written so that a regex on `ref="…"` misses it. */
export const wholeSheetMerge = (attribute: "single quotes" | "after another attribute" | "prefixed"): Promise<Buffer> =>
  afterSheetData(
    {
      "single quotes": `<mergeCells count="1"><mergeCell ref='A1:XFD1048576'/></mergeCells>`,
      "after another attribute": `<mergeCells count="1"><mergeCell xr:uid="{1}" ref="A10:XFD1048576" xmlns:xr="urn:x"/></mergeCells>`,
      prefixed: `<x:mergeCells count="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:mergeCell ref="A10:XFD1048576"/></x:mergeCells>`,
    }[attribute],
  );

/** A drop-down list over every cell of the sheet: exceljs expands each address. */
export const wholeSheetValidation = (): Promise<Buffer> =>
  afterSheetData(`<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576 A:E"><formula1>"да,нет"</formula1></dataValidation></dataValidations>`);

/** A custom number format code of `length` characters `ch`, applied to the cells. */
export async function longNumberFormat(ch: string, length: number): Promise<Buffer> {
  const code = ch.repeat(length).replace(/"/g, "&quot;");
  return editPart(await planWorkbook(), "xl/styles.xml", (s) =>
    /<numFmts[^>]*>/.test(s) ? s.replace(/<numFmts[^>]*>/, (m) => `${m}<numFmt numFmtId="300" formatCode="${code}"/>`) : s.replace(/(<styleSheet[^>]*>)/, `$1<numFmts count="1"><numFmt numFmtId="300" formatCode="${code}"/></numFmts>`),
  );
}

const numbering = (start: number, format: string, ilvl: string) => `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const planTable = () => {
  const row = (cells: readonly string[]) => tr(...cells.map((c) => tc(p(c))));
  return tbl(row(HEADER), ...ITEMS.map(row));
};

/** The plan after three list paragraphs numbered from `start` in russianLower letters (level `ilvl`). */
export const listFrom = (start: number, ilvl = "0"): Promise<Uint8Array> =>
  makeDocx({ document: documentXml(["Цель", "Задачи", "Итоги"].map((t) => p(t, numPr(1, Number(ilvl)))).join("") + planTable()), numbering: numbering(start, "russianLower", ilvl) });

/** `depth` tables, each in the only cell of the one around it, then the plan. */
export const nestedDocxTables = (depth: number): Promise<Uint8Array> =>
  makeDocx({ document: documentXml("<w:tbl><w:tr><w:tc>".repeat(depth) + p("глубоко") + "</w:tc></w:tr></w:tbl>".repeat(depth) + planTable()) });

/** The plan table wrapped in `depth` content controls. */
export const nestedSdt = (depth: number): Promise<Uint8Array> => makeDocx({ document: documentXml("<w:sdt><w:sdtContent>".repeat(depth) + planTable() + "</w:sdtContent></w:sdt>".repeat(depth)) });

/** A valid zip whose document.xml stops in the middle of the plan table. */
export async function truncatedDocumentXml(): Promise<Uint8Array> {
  const xml = documentXml(p("План мероприятий на 2026 год") + planTable());
  return makeDocx({ document: xml.slice(0, xml.indexOf(ITEMS[1][1]) + 10) });
}

/** A zip with two entries of one name: a harmless first copy, a different last one. */
export async function duplicateEntry(kind: "xlsx" | "docx"): Promise<Buffer> {
  const original = kind === "xlsx" ? await planWorkbook() : Buffer.from(await planDocx());
  const part = kind === "xlsx" ? SHEET : "word/document.xml";
  const zip = await JSZip.loadAsync(original);
  const content = await zip.file(part)!.async("nodebuffer");
  // jszip keeps one entry per name: the second copy is appended by hand, as a crafted file would have it.
  const again = new JSZip();
  again.file(part, content, { createFolders: false });
  const second = await again.generateAsync({ type: "nodebuffer", compression: "STORE" });
  return spliceEntry(await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }), second);
}

/** Appends the single entry of `single` to `zip` (local header before the directory, a directory record, counts). */
function spliceEntry(zip: Buffer, single: Buffer): Buffer {
  const eocdOf = (b: Buffer) => b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const e1 = eocdOf(zip);
  const dir1 = zip.readUInt32LE(e1 + 16);
  const e2 = eocdOf(single);
  const dir2 = single.readUInt32LE(e2 + 16);
  const local = single.subarray(0, dir2);
  const central = Buffer.from(single.subarray(dir2, e2));
  central.writeUInt32LE(dir1, 42); // its local header now sits where the old directory began
  const eocd = Buffer.from(zip.subarray(e1));
  eocd.writeUInt16LE(eocd.readUInt16LE(8) + 1, 8);
  eocd.writeUInt16LE(eocd.readUInt16LE(10) + 1, 10);
  eocd.writeUInt32LE(zip.readUInt32LE(e1 + 12) + central.length, 12);
  eocd.writeUInt32LE(dir1 + local.length, 16);
  return Buffer.concat([zip.subarray(0, dir1), local, zip.subarray(dir1, e1), central, eocd]);
}

const htmlPlan = () => `<table><tr>${HEADER.map((h) => `<th>${h}</th>`).join("")}</tr>${ITEMS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;

/** `rows` rows of one cell spanning `rowspan` rows and `colspan` columns. */
export const spanBomb = (rows: number, rowspan: number, colspan: number): string =>
  `<html><body><table>${`<tr><td rowspan=${rowspan} colspan=${colspan}>x</td></tr>`.repeat(rows)}</table>${htmlPlan()}</body></html>`;

/** `depth` nested tables, then the plan. */
export const nestedHtmlTables = (depth: number): string => `<html><body>${"<table><tr><td>".repeat(depth)}глубоко${"</td></tr></table>".repeat(depth)}${htmlPlan()}</body></html>`;

/** `count` <div> (or other) tags opened and never closed, then the plan. */
export const unclosedTags = (count: number, tag = "div"): string => `<html><body>${`<${tag}>`.repeat(count)}${htmlPlan()}</body></html>`;
