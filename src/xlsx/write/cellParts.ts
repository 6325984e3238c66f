import type JSZip from "jszip";
import { addOverride, addRelationship, relsPathOf } from "../charts/packageParts";
import type { SharedStrings } from "./sharedStrings";
import { hyperlinksXml, tableXml, type SheetBody } from "./sheetBody";
import type { StyleSheet } from "./styleSheet";
import { insertWorksheetElement } from "./worksheetOrder";

/** The workbook-wide parts the sheet bodies refer to: cell formats and shared strings. */
export interface WorkbookCells {
  readonly styles: StyleSheet;
  readonly strings: SharedStrings;
}

const TABLE = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  type: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};
const SHARED_STRINGS = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
};

/** A worksheet part with its relationships, and the package's content types, as they are being edited. */
export interface PartEdit {
  xml: string;
  rels: string | null;
  contentTypes: string;
}

const EMPTY_SHEET_DATA = "<sheetData/>";

/**
 * Puts a sheet body, but its cells, into the worksheet part exceljs wrote without cells: their extent, the links
 * and the table (its own part, numbered `tableId`, with its relationship and content type). The part is left
 * small, with an empty <sheetData/>, so that the edits that follow stay cheap; sheetPartBytes adds the cells.
 */
export function putSheetBody(zip: JSZip, edit: PartEdit, body: SheetBody, tableId: number): PartEdit {
  let xml = edit.xml
    .replace(/<dimension\b[^>]*\/>/, () => `<dimension ref="${body.dimension}"/>`)
    .replace(/<sheetData\s*\/>|<sheetData>[\s\S]*?<\/sheetData>/, EMPTY_SHEET_DATA);
  let { rels, contentTypes } = edit;
  if (body.links.length) xml = insertWorksheetElement(xml, hyperlinksXml(body.links), "hyperlinks");
  if (body.table) {
    const part = `xl/tables/table${tableId}.xml`;
    zip.file(part, tableXml(tableId, body.table));
    contentTypes = addOverride(contentTypes, `/${part}`, TABLE.type);
    const link = addRelationship(rels, TABLE.rel, `../tables/table${tableId}.xml`);
    rels = link.xml;
    xml = insertWorksheetElement(xml, `<tableParts count="1"><tablePart r:id="${link.id}"/></tableParts>`, "tableParts");
  }
  return { xml, rels, contentTypes };
}

/** The worksheet part as stored, in chunks: the body's cells, as they are, in place of its empty <sheetData/>. */
export function sheetPartChunks(xml: string, body: SheetBody | undefined): Uint8Array[] {
  const encoder = new TextEncoder();
  const at = body ? xml.indexOf(EMPTY_SHEET_DATA) : -1;
  if (!body || at < 0) return [encoder.encode(xml)];
  // The cells are megabytes in a large sheet and already bytes: only the part around them is encoded.
  return [encoder.encode(xml.slice(0, at)), ...body.sheetData, encoder.encode(xml.slice(at + EMPTY_SHEET_DATA.length))];
}

/**
 * styles.xml with every cell format the bodies use (the conditional formats' looks kept as exceljs wrote them),
 * and sharedStrings.xml with the texts they refer to, handed to `put` as chunks of bytes. Returns the content types with the
 * shared strings added.
 */
export async function putWorkbookCells(zip: JSZip, contentTypes: string, cells: WorkbookCells, put: (path: string, chunks: readonly Uint8Array[]) => void): Promise<string> {
  const exceljsStyles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const dxfs = /<dxfs\b[^>]*\/>|<dxfs\b[\s\S]*?<\/dxfs>/.exec(exceljsStyles)?.[0] ?? "";
  zip.file("xl/styles.xml", cells.styles.xml(dxfs));
  if (cells.strings.size === 0) return contentTypes;
  put("xl/sharedStrings.xml", cells.strings.bytes());
  const relsPath = relsPathOf("xl/workbook.xml");
  const rels = (await zip.file(relsPath)?.async("string")) ?? null;
  if (!rels?.includes(SHARED_STRINGS.rel)) zip.file(relsPath, addRelationship(rels, SHARED_STRINGS.rel, "sharedStrings.xml").xml);
  return contentTypes.includes("/xl/sharedStrings.xml") ? contentTypes : addOverride(contentTypes, "/xl/sharedStrings.xml", SHARED_STRINGS.type);
}
