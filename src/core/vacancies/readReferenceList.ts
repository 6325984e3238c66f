import type { GridRow, SourceDocument } from "../grid";
import { oneLine } from "../text/normalize";
import { matchVacancyHeader } from "./vacancyColumns";

/** Cells that are not organisation names: row numbers, "№ п/п". */
const NOT_A_NAME = /^(\d+[.)]?|№.*|n|п\/п)$/i;
const HEADER_SCAN = 10;

/**
 * The organisations of a reference list: the organisation column under its header when there is one, else the
 * first cell of every row that is not a row number; text lines of a plain list too. Order kept, duplicates dropped.
 */
export function readReferenceList(doc: SourceDocument): string[] {
  const names: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "text") names.push(...block.text.split("\n").map((l) => oneLine(l.replace(/^\s*\d+[.)]\s*/, ""))));
    else names.push(...namesOfTable(block.grid.rows));
  }
  return [...new Set(names.filter((n) => n !== "" && !NOT_A_NAME.test(n)))];
}

function namesOfTable(rows: readonly GridRow[]): string[] {
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    const col = rows[i].cells.findIndex((c) => matchVacancyHeader(c) === "org");
    if (col >= 0) return rows.slice(i + 1).map((r) => oneLine(r.cells[col] ?? ""));
  }
  return rows.map((r) => oneLine(r.cells.find((c) => c.trim() !== "" && !NOT_A_NAME.test(c.trim())) ?? ""));
}
