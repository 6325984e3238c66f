import type { GridRow, Merge } from "../../core/grid";
import { cellText, joinWrapped } from "./cellText";

/**
 * Tables drawn with characters: box drawing (┌─┬─┐ │ ├─┼─┤) and ASCII grids (+----+ |). Column boundaries are the
 * positions of junctions and bars; a row is the group of content lines between two border lines, so multi-line cells
 * come out as one cell. When only the header is ruled off (no borders between body rows), every body line is a row
 * and the core merges continuation lines, as it does for page breaks.
 */

export interface RuledSyntax {
  readonly bars: string;
  readonly isBorder: (line: string) => boolean;
  /** Characters of a border line that mark a column boundary. */
  readonly junctions: string;
}

export const BOX_SYNTAX: RuledSyntax = {
  bars: "│┃║",
  junctions: "┌┏╔├┣╠└┗╚┬┳╦┼╋╬┴┻╩┐┓╗┤┫╣┘┛╝╤╧╪╥╨╫╒╘╞╓╙╟╕╛╡╖╜╢",
  isBorder: (line) => /^\s*[┌┏╔├┣╠└┗╚╒╘╞╓╙╟][─━═┬┳╦┼╋╬┴┻╩┐┓╗┤┫╣┘┛╝╤╧╪╥╨╫╕╛╡╖╜╢\s]*$/.test(line),
};

export const ASCII_SYNTAX: RuledSyntax = {
  // "¦": a box-drawn table saved in windows-1251 (lineKinds.ts)
  bars: "|¦",
  junctions: "+",
  isBorder: (line) => /^\s*\+[-=:+]*\+\s*$/.test(line),
};

export function readRuledTable(lines: readonly string[], firstLine: number, syntax: RuledSyntax): { rows: GridRow[]; merges: Merge[] } {
  const boundaries = columnBoundaries(lines, syntax);
  const groups = groupContentLines(lines, syntax);
  const rows: GridRow[] = [];
  const merges: Merge[] = [];
  for (const group of groups) {
    const width = boundaries.length - 1;
    const parts: string[][] = Array.from({ length: width }, () => []);
    let span: { left: number; right: number } | null = null;
    for (const index of group) {
      for (const seg of segments(lines[index], syntax)) {
        const left = columnAt(boundaries, seg.start);
        const right = Math.max(left, columnAt(boundaries, seg.end - 1));
        parts[left].push(seg.text);
        if (right > left && seg.text.trim() !== "") span = { left, right };
      }
    }
    const rowIndex = rows.length;
    rows.push({ cells: parts.map((p) => cellText(joinWrapped(p))), row: firstLine + group[0] });
    if (span) merges.push({ top: rowIndex, bottom: rowIndex, left: span.left, right: span.right });
  }
  return { rows, merges };
}

/** Sorted character positions of column boundaries, from junctions in borders and bars in content lines. */
function columnBoundaries(lines: readonly string[], syntax: RuledSyntax): number[] {
  const positions = new Set<number>();
  for (const line of lines) {
    const chars = syntax.isBorder(line) ? syntax.junctions : syntax.bars;
    for (let i = 0; i < line.length; i++) if (chars.includes(line[i])) positions.add(i);
  }
  return [...positions].sort((a, b) => a - b);
}

function columnAt(boundaries: readonly number[], pos: number): number {
  let col = 0;
  for (let i = 0; i < boundaries.length - 1; i++) if (boundaries[i] <= pos) col = i;
  return col;
}

function segments(line: string, syntax: RuledSyntax): { start: number; end: number; text: string }[] {
  const bars: number[] = [];
  for (let i = 0; i < line.length; i++) if (syntax.bars.includes(line[i])) bars.push(i);
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i + 1 < bars.length; i++) out.push({ start: bars[i], end: bars[i + 1], text: line.slice(bars[i] + 1, bars[i + 1]) });
  return out;
}

/** Content lines grouped into rows: by borders, or one line a row in a body without inner borders. */
function groupContentLines(lines: readonly string[], syntax: RuledSyntax): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (syntax.isBorder(lines[i])) {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(i);
  }
  if (current.length) groups.push(current);
  if (groups.length === 1) return groups[0].map((i) => [i]);
  if (groups.length === 2) {
    // Header ruled off, body not: each body line is its own row.
    const [header, ...body] = groups;
    return header ? [header, ...body.flatMap((g) => g.map((i) => [i]))] : [];
  }
  return groups;
}

/**
 * Whether the bars of the content lines stand where the borders put junctions: a grid drawn by a tool. A table ruled
 * with "+" lines but typed by hand (bars wherever the text ends) is read as a pipe table instead.
 */
export function isAligned(lines: readonly string[], syntax: RuledSyntax): boolean {
  const border = lines.find(syntax.isBorder);
  if (!border) return false;
  const junctions = new Set<number>();
  for (let i = 0; i < border.length; i++) if (syntax.junctions.includes(border[i])) junctions.add(i);
  return lines.every((line) => {
    if (syntax.isBorder(line)) return true;
    for (let i = 0; i < line.length; i++) if (syntax.bars.includes(line[i]) && !junctions.has(i)) return false;
    return true;
  });
}
