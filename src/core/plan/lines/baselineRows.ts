import { baselineCells } from "./baselineCells";
import { linesOfCellWidth } from "./gluedLines";
import type { TextColumn } from "./lineEvidence";
import { type Line, numberOf, partedBefore, type Segmentation } from "./segmentRows";

/**
 * Text whose rows come baseline by baseline across the row (baselineCells) given back cell after cell, as Writer draws a
 * table: the row's number and its name's first line, the name's next lines, then each other cell's lines in the
 * header's order. The readers of text in drawing order read it so; each line keeps the source row it came from.
 *
 * Only text that shows nothing else: lines as wide as the table (not a cell's width, as a copy cell after cell gives),
 * no blank line inside a row (pdftotext's flows), one space between words (no layout kept), and a header naming
 * every column. Null where the text is not such, or its rows do not read so.
 */
export function cellsAfterCells(lines: readonly Line[], rows: Segmentation, order: readonly TextColumn[], columnCount: number | null): { lines: Line[]; doubtful: Set<number> } | null {
  if (order.length < 3 || (columnCount !== null && columnCount > order.length + 1)) return null;
  if (linesOfCellWidth(lines, rows)) return null;
  const items = rows.segments.filter((s) => s.kind === "item");
  if (items.length < 2) return null;
  const rowLines = items.map((s) => s.pieces.flat());
  if (items.some((s, k) => rowLines[k][0]?.index !== s.at || !lines[s.at].text.trimEnd().endsWith(rowLines[k][0].text.trim()))) return null;
  if (rowLines.some((refs) => refs.some((r, k) => k > 0 && partedBefore(lines, r.index)))) return null;
  if (rowLines.some((refs) => refs.some((r) => /\S\s{2,}\S/.test(lines[r.index].text.trim())))) return null;
  const read = baselineCells(rowLines.map((refs) => refs.map((r) => r.text)), order);
  if (!read) return null;
  // The source row of each row's number whose cells another reading cut as well.
  const doubtful = new Set(items.flatMap((s, k) => (read[k].doubtful ? [lines[s.at].row] : [])));
  // Each row's lines are replaced where its first line stood; the rest of the text stays as it was.
  const replaced = new Map<number, Line[]>();
  const dropped = new Set<number>();
  items.forEach((s, k) => {
    // A row whose reading still puts a figure first on a line of its own is left as it came: the line would open a row.
    if (read[k].cells.flat().slice(1).some((text) => numberOf(text) !== null)) return;
    const refs = rowLines[k];
    const head = lines[s.at];
    const numberText = head.text.trimEnd().slice(0, head.text.trimEnd().length - refs[0].text.trim().length);
    const rowOf = (line: number) => lines[refs[Math.min(line, refs.length - 1)].index].row;
    const out: Line[] = [];
    read[k].cells.forEach((cellLines) =>
      cellLines.forEach((text, j) => {
        const opening = out.length === 0;
        out.push({ ...(opening ? head : {}), row: rowOf(j), text: opening ? `${numberText}${text}` : text });
      }),
    );
    replaced.set(refs[0].index, out);
    refs.slice(1).forEach((r) => dropped.add(r.index));
  });
  return { lines: lines.flatMap((l, i) => replaced.get(i) ?? (dropped.has(i) ? [] : [l])), doubtful };
}
