import { attribute, removeRelationship } from "./packageParts";

/**
 * exceljs writes a link to a cell of the workbook ("#'Лист'!A1") both as location="#…" and as an external
 * relationship whose target is "#…". Excel's own files carry only location="'Лист'!A1"; that form is restored
 * here so that the link is a plain in-workbook jump in Excel and LibreOffice alike.
 */
export function fixInternalLinks(sheetXml: string, rels: string | null): { xml: string; rels: string | null } {
  let outRels = rels;
  const xml = sheetXml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const location = attribute(tag, "location");
    const id = attribute(tag, "r:id");
    if (!location?.startsWith("#")) return tag;
    if (id && outRels) outRels = removeRelationship(outRels, id);
    return tag.replace(/\sr:id="[^"]*"/, "").replace(/\slocation="#/, ' location="');
  });
  return { xml, rels: outRels };
}
