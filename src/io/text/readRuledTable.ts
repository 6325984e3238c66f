import type { GridRow, Merge } from "../../core/grid";
import { cellText, joinWrapped } from "./cellText";
import { ASCII_RULES, BOX_RULES, isPartialBorder, LINE_SYNTAXES, ruleParts, type RuleChars } from "./lineKinds";

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
  /** How a rule that stops at a cell merged down is drawn (lineKinds' isPartialBorder). */
  readonly rules: RuleChars;
}

export const BOX_SYNTAX: RuledSyntax = {
  bars: "│┃║",
  junctions: "┌┏╔├┣╠└┗╚┬┳╦┼╋╬┴┻╩┐┓╗┤┫╣┘┛╝╤╧╪╥╨╫╒╘╞╓╙╟╕╛╡╖╜╢",
  isBorder: (line) => LINE_SYNTAXES[0].border.test(line),
  rules: BOX_RULES,
};

export const ASCII_SYNTAX: RuledSyntax = {
  // "¦": a box-drawn table saved in windows-1251; «г T ¬ L ¦»: the look-alikes of other converters (lineKinds.ts)
  bars: "|¦",
  junctions: "+гT¬L¦",
  isBorder: (line) => LINE_SYNTAXES[1].border.test(line),
  rules: ASCII_RULES,
};

export function readRuledTable(lines: readonly string[], firstLine: number, syntax: RuledSyntax): { rows: GridRow[]; merges: Merge[] } {
  const boundaries = columnBoundaries(lines, syntax);
  const groups = groupContentLines(lines, syntax);
  const width = boundaries.length - 1;
  const parts: string[][][] = [];
  const merges: Merge[] = [];
  /** continued[r][c]: column c's cell of row r goes on into row r + 1 across a partial border. */
  const continued: boolean[][] = [];
  for (const group of groups) {
    const row: string[][] = Array.from({ length: width }, () => []);
    const goesOn: boolean[] = Array.from({ length: width }, () => false);
    let span: { left: number; right: number } | null = null;
    for (const index of group) {
      for (const seg of segments(lines[index], syntax)) {
        const left = columnAt(boundaries, seg.start);
        const right = Math.max(left, columnAt(boundaries, seg.end - 1));
        row[left].push(seg.text);
        if (right > left && seg.text.trim() !== "") span = { left, right };
      }
    }
    const below = lines[group[group.length - 1] + 1];
    for (const part of below !== undefined ? (ruleParts(below, syntax.rules) ?? []) : []) {
      if (part.rule || !isPartialBorder(below, syntax.rules)) continue;
      const col = columnAt(boundaries, part.start);
      row[col].push(part.text);
      goesOn[col] = true;
    }
    if (span) merges.push({ top: parts.length, bottom: parts.length, left: span.left, right: span.right });
    parts.push(row);
    continued.push(goesOn);
  }
  // A cell merged down over several rows: its text, wherever it stands, in the top row, and the merge.
  for (let c = 0; c < width; c++) {
    for (let top = 0; top < parts.length; top++) {
      if (!continued[top][c]) continue;
      let bottom = top;
      while (bottom < parts.length - 1 && continued[bottom][c]) bottom++;
      for (let r = top + 1; r <= bottom; r++) {
        parts[top][c].push(...parts[r][c]);
        parts[r][c] = [];
      }
      merges.push({ top, bottom, left: c, right: c });
      top = bottom;
    }
  }
  const rows = parts.map((row, i) => ({ cells: row.map((p) => cellText(joinWrapped(p))), row: firstLine + groups[i][0] }));
  return { rows, merges };
}

/** A border, whole or stopping at a cell merged down (lineKinds' isPartialBorder): either parts rows. */
const isAnyBorder = (line: string, syntax: RuledSyntax): boolean => syntax.isBorder(line) || isPartialBorder(line, syntax.rules);

/** Sorted character positions of column boundaries, from junctions in borders and bars in content lines. */
function columnBoundaries(lines: readonly string[], syntax: RuledSyntax): number[] {
  const positions = new Set<number>();
  for (const line of lines) {
    const chars = isAnyBorder(line, syntax) ? syntax.junctions : syntax.bars;
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
    if (isAnyBorder(lines[i], syntax)) {
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
