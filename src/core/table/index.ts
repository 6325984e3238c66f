export { findHeader, HEADER_SCAN_ROWS, stackedLabels, type HeaderFound, type HeaderSpec, type TwoRowSpec } from "./findHeader";
export { headerFold } from "./headerFold";
export { matchSynonym, type SynonymCatalogue, type SynonymMatch } from "./matchSynonym";
export { isPageFurniture } from "./pageFurniture";
export { isColumnNumbers, isRepeatedHeader } from "./rowShapes";
export { cellsToRows, type CellRowsSpec, type StreamCell } from "./cellsToRows";
export { splitSheet } from "./splitSheet";
