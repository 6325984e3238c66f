import { sheetDocument, type SourceDocument } from "../../src/core/grid";
import type { CellValue, SheetSpec } from "../../src/core/sheet/sheetSpec";

/** A written sheet as a reader would see it again: the text a user sees in each cell. */
export function sheetSpecToDocument(spec: SheetSpec): SourceDocument {
  const rows = spec.rows.map((cells, i) => ({ cells: cells.map((c) => display(c.value)), row: i + 1 }));
  return sheetDocument(spec.name, spec.name, { rows, merges: [] });
}

function display(v: CellValue): string {
  switch (v.kind) {
    case "empty":
      return "";
    case "text":
    case "link":
      return v.text;
    case "number":
      return String(v.value);
    case "percent":
      return `${(v.value * 100).toFixed(1).replace(".", ",")}%`;
    case "date":
      return `${v.iso.slice(8, 10)}.${v.iso.slice(5, 7)}.${v.iso.slice(0, 4)}`;
  }
}
