import type { GridRow } from "../../core/grid";
import { cellText } from "./cellText";
import { isPipeSeparator } from "./lineKinds";

/** Markdown pipe table: one line, one row; separator lines carry no text and are skipped. */
export function readPipeTable(lines: readonly string[], firstLine: number): GridRow[] {
  const rows: GridRow[] = [];
  lines.forEach((line, i) => {
    if (isPipeSeparator(line)) return;
    rows.push({ cells: splitPipes(line).map(cellText), row: firstLine + i });
  });
  return rows;
}

/** Splits on unescaped pipes and drops the empty pieces outside the outer pipes. */
export function splitPipes(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && line[i + 1] === "|") {
      current += "|";
      i++;
    } else if (ch === "|") {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  if (cells.length > 1 && cells[0].trim() === "") cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].trim() === "") cells.pop();
  return cells;
}
