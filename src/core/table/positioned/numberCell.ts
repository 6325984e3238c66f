import type { GridRow } from "../../grid";
import { HEAD, levels, REST } from "../../plan/lines/numberRests";
import { canFollow } from "../../plan/lines/segmentRows";
import { parseItemNumber } from "../../plan/structure/numbering";
import { isColumnNumbers } from "../rowShapes";

/**
 * The rest of a number Writer broke at a dot in a narrow № column («1.1» over «.1», «3.1» over «.»): no number
 * starts with its dot, so a cell that does holds the end of the number above it.
 */
export const isNumberRest = (numberCell: string): boolean => numberCell.trimStart().startsWith(".");

/**
 * Whether a line's text in the № column can open a row: it has a letter or a digit, and is no number's rest.
 */
export const opensRow = (numberCell: string): boolean => /[\p{L}\p{N}]/u.test(numberCell) && !isNumberRest(numberCell);

/**
 * Which lines of a № column hold a remark printed under a number («1.3.» over «(в ред. от» over «14.03.2033)»: the
 * amendment that changed the item), no row's number: a line that opens a bracket before its words, and the lines
 * after it up to the one that closes it. `cells`: the column's text on consecutive lines, empty where it has none.
 */
export function remarkLines(cells: readonly string[]): boolean[] {
  let open = false;
  return cells.map((cell) => {
    const text = cell.trim();
    if (text === "") return false;
    const remark = open || /^\(\p{L}/u.test(text);
    if (remark) open = depthAfter(text, open ? 1 : 0) > 0;
    return remark;
  });
}

function depthAfter(text: string, depth: number): number {
  for (const ch of text) depth = Math.max(0, depth + (ch === "(" ? 1 : ch === ")" ? -1 : 0));
  return depth;
}

/** The lines of a number cell as one text: a number's rest goes on with the number above it, as printed whole. */
export function joinNumberLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === "" ? line : isNumberRest(line) ? text + line.trim() : `${text} ${line}`), "");
}

/**
 * A row whose number cell opens with a number's rest (the rest of a row a page break cut: «1.2» at a page's foot,
 * «.2» at the next page's top) gives the rest back to the number it ends, the last row's number above it, and is
 * left the continuation it is (its number cell empty of it). So does a rest Writer broke after a dot («1.3.» at the
 * foot, «2.» at the top: brokenAfterDot). Rows are in reading order; `across`: rows written across the table (titles,
 * whose numbers are no row's, as the column numbers under a repeated header are not).
 */
export function returnNumberRests(rows: readonly GridRow[], numberColumn: number | null, across: (index: number) => boolean): GridRow[] {
  if (numberColumn === null) return [...rows];
  const out = [...rows];
  let numbered = -1;
  let earlier: string | null = null;
  out.forEach((row, i) => {
    if (across(i) || isColumnNumbers(row.cells)) return;
    const cell = row.cells[numberColumn] ?? "";
    const [first, ...after] = cell.trim().split(/\s+/);
    const head = numbered >= 0 ? out[numbered] : null;
    const rest =
      head && isNumberRest(cell) && parseItemNumber(head.cells[numberColumn] + first) !== null
        ? first
        : head && (head.page ?? 0) < (row.page ?? 0) && brokenAfterDot(earlier, head.cells[numberColumn], cell)
          ? cell.trim()
          : null;
    if (head && rest !== null) {
      out[numbered] = { ...head, cells: head.cells.map((c, k) => (k === numberColumn ? c + rest : c)) };
      out[i] = { ...row, cells: row.cells.map((c, k) => (k === numberColumn ? (rest === first ? after.join(" ") : "") : c)) };
    } else if (parseItemNumber(cell) !== null) {
      if (numbered >= 0) earlier = parseItemNumber(out[numbered].cells[numberColumn]);
      numbered = i;
    }
  });
  return out;
}

/**
 * Whether `rest`, a row's whole number cell at a page's top, ends the number `head` of the last numbered row before
 * the break («1.3.» + «2.»): the head alone cannot come after the number before it (`earlier`, «1.3.1»), while the
 * two together can. Read alone «2.» could follow «1.3.» too, so only the number before them tells them apart; the
 * first number of a plan has none and stays as printed.
 */
function brokenAfterDot(earlier: string | null, head: string, rest: string): boolean {
  const h = head.replace(/\s+/g, "");
  const r = rest.trim();
  if (earlier === null || !HEAD.test(h) || !REST.test(r)) return false;
  const before = levels(earlier);
  return !canFollow(before, levels(h)) && canFollow(before, levels(h + r));
}
