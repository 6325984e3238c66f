/** The Office.js adapter: the only code that touches Excel. */
export { officeHost, supports, type ExcelHost, type ExcelRunner, type OfficeRequirements } from "./excelHost";
export { readUsedRange, type ReadOptions, type ReadResult } from "./readUsedRange";
export { streamUsedRange, type StreamOptions, type StreamResult } from "./streamUsedRange";
export { writeSheet, TEMP_PREFIX, type WriteOptions, type WriteResult } from "./writeSheet";
export { writeSheets, type WriteSheetsResult } from "./writeSheets";
export type { WriteFeature, WriteSkip } from "./formatSteps";
export { selectCell } from "./selectCell";
export { describeExcelError } from "./describeExcelError";
export { highlightCells, clearHighlights, HIGHLIGHTS_KEY, type HighlightCell } from "./highlightCells";
export { addCellNotes, clearCellNotes, NOTES_KEY, type CellNote } from "./cellNotes";
export { OFFICE_STYLES, STATUS_COLORS } from "./styleTable";
