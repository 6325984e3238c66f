import * as path from "path";

/**
 * Workbooks saved as Excel 5.0/95 by Gnumeric (scripts/makeExcel95Fixtures.ts), beside their .xlsx where not official;
 * the sources' folder also when this runs from build/ (the script).
 */
export const EXCEL95_DIR = path.join(__dirname, "..", "fixtures", "xls", "excel95").replace(`${path.sep}build${path.sep}test${path.sep}`, `${path.sep}test${path.sep}`);

/** The official plans saved as Excel 95: every fifth one's workbook and its lines pasted into column A. */
export const excel95Officials = (names: readonly string[]): string[] => names.filter((_, i) => i % 5 === 0).flatMap((n) => [`${n}.xls`, `${n}.column-a.xls`]);
