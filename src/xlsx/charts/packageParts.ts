import { unescapeXml } from "./escapeXml";

/** Small text edits of OOXML package parts written by exceljs (whose output shape is known and regular). */

export const REL_TYPES = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Sheet name → part path ("xl/worksheets/sheet1.xml"), from the workbook and its relationships. */
export function sheetPartPaths(workbookXml: string, workbookRels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(rel[0], "Id");
    const target = attribute(rel[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const sheet of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(sheet[0], "name");
    const target = targets.get(attribute(sheet[0], "r:id") ?? "");
    if (name !== null && target) paths.set(name, target);
  }
  return paths;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship with a fresh id; `rels` null means the part had no relationships yet. */
export function addRelationship(rels: string | null, type: string, target: string): { xml: string; id: string } {
  const xml = rels ?? EMPTY_RELS;
  const used = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  return { xml: xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`), id };
}

export function removeRelationship(rels: string, id: string): string {
  return rels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), "");
}

export function addOverride(contentTypes: string, partName: string, contentType: string): string {
  return contentTypes.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}

/** Elements of CT_Worksheet that may follow a drawing, in schema order; Excel refuses them out of order. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * Puts <drawing>/<legacyDrawing> where the schema wants them: before every element that must follow. exceljs
 * writes legacyDrawing (notes) last, after tableParts and extLst, which the schema forbids; it is moved too.
 */
export function placeSheetElement(sheetXml: string, element: string, tag: "drawing" | "legacyDrawing"): string {
  const followers = tag === "drawing" ? AFTER_DRAWING : AFTER_DRAWING.slice(1);
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const f of followers) {
    const m = new RegExp(`<${f}[\\s/>]`).exec(sheetXml);
    if (m && m.index < at) at = m.index;
  }
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Moves exceljs's trailing <legacyDrawing> into its schema position. */
export function fixLegacyDrawing(sheetXml: string): string {
  const m = /<legacyDrawing\b[^>]*\/>/.exec(sheetXml);
  if (!m) return sheetXml;
  return placeSheetElement(sheetXml.slice(0, m.index) + sheetXml.slice(m.index + m[0].length), m[0], "legacyDrawing");
}

export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}
