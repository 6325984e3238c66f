/**
 * How many cells exceljs will create for a worksheet part: one per <c> element, plus every cell of every merged
 * area (exceljs materialises each of them on load, so one "A1:XFD1048576" merge would be 17 billion cells).
 * Counted on the raw bytes, without building a string of the whole sheet.
 */
export function sheetCellCount(xml: Buffer): number {
  let cells = 0;
  for (let p = xml.indexOf("<c "); p >= 0; p = xml.indexOf("<c ", p + 3)) cells++;
  const tail = xml.indexOf("</sheetData>");
  if (tail < 0) return cells;
  const rest = xml.subarray(tail).toString("utf8");
  for (const m of rest.matchAll(/<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    cells += (Number(m[4]) - Number(m[2]) + 1) * (columnNumber(m[3]) - columnNumber(m[1]) + 1);
  }
  return cells;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
