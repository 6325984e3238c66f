/** The children of a worksheet part in the order the schema (CT_Worksheet) requires; Excel refuses others. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;
export type WorksheetElement = (typeof WORKSHEET_ORDER)[number];

/**
 * Puts `element` (a <tag …> the part does not have yet) where the schema wants it: before the first element that
 * must follow it. Only the tail after <sheetData> is searched, so cell contents are never scanned.
 */
export function insertWorksheetElement(sheetXml: string, element: string, tag: WorksheetElement): string {
  const from = Math.max(0, sheetXml.lastIndexOf("</sheetData>"));
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const follower of WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(tag) + 1)) {
    const m = new RegExp(`<${follower}[\\s/>]`, "g");
    m.lastIndex = from;
    const found = m.exec(sheetXml);
    if (found && found.index < at) at = found.index;
  }
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}
