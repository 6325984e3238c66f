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

/** Splits on unescaped pipes and drops the empty pieces outside the outer pipes. Slices between pipes (a cell may be megabytes). */
export function splitPipes(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let from = 0;
  for (let bar = line.indexOf("|"); bar >= 0; bar = line.indexOf("|", bar + 1)) {
    if (bar > 0 && line[bar - 1] === "\\") {
      current += line.slice(from, bar - 1) + "|";
    } else {
      cells.push(current + line.slice(from, bar));
      current = "";
    }
    from = bar + 1;
  }
  cells.push(current + line.slice(from));
  if (cells.length > 1 && cells[0].trim() === "") cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].trim() === "") cells.pop();
  return cells;
}
