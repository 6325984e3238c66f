import type { Block, GridRow, TableBlock } from "../../core/grid";
import { parseDeadline } from "../../core/plan/deadline/parseDeadline";
import { parseItemNumber } from "../../core/plan/structure/numbering";

/**
 * A section row whose number stands in the № column and whose title fills one cell merged over the other columns
 * («3.  Профессиональное развитие …»): in fixed-width text nothing marks the merge, and a short title that crosses
 * one column gap was cut into cells there. Such a row is put back together (the number, then the whole title in the
 * next cell) where everything says so: it is one line of text whose words run one space apart across the cut; its
 * number opens a level the next numbered row continues (3. → 3.1; II. → 1); no cell it was cut into reads as a
 * deadline; and no other row of the table leaves the same cells filled and the rest empty, as the table's items do
 * when a short row happens to fill only its first columns.
 */
export function joinNumberedSectionRows(blocks: readonly Block[], lines: readonly string[], firstLine: number): Block[] {
  const rows = blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows.filter((r) => parseItemNumber(r.cells[0] ?? "") !== null) : []));
  const candidates = new Set(rows.filter((r, k) => cutTitle(r, lines[r.row - firstLine] ?? "") && continues(r.cells[0], rows[k + 1]?.cells[0])));
  const filled = (r: GridRow) => r.cells.map((c) => c.trim() !== "").lastIndexOf(true);
  const itemShapes = new Set(rows.filter((r) => !candidates.has(r) && r.cells.every((c, i) => (c.trim() !== "") === i <= filled(r))).map(filled));
  // A title that leaves the name's cell empty has no item's shape, whatever cells it reaches (centred over the table).
  const joined = new Set([...candidates].filter((r) => (r.cells[1] ?? "").trim() === "" || !itemShapes.has(filled(r))));
  if (joined.size === 0) return [...blocks];
  return blocks.map((b): Block => (b.kind === "table" ? joinRows(b, joined) : b));
}

function joinRows(block: TableBlock, joined: ReadonlySet<GridRow>): TableBlock {
  const rows = block.grid.rows.map((r) => (joined.has(r) ? { ...r, cells: [r.cells[0], r.cells.slice(1).filter((c) => c.trim() !== "").join(" "), ...r.cells.slice(2).map(() => "")] } : r));
  return { ...block, grid: { ...block.grid, rows } };
}

/**
 * A row of one line: its number, then text in two cells or more next to each other (after empty ones where the title
 * stands right of the name column), the rest empty, the cells' texts one space apart in the line (one phrase), none of
 * them a deadline.
 */
function cutTitle(row: GridRow, line: string): boolean {
  const cells = row.cells.map((c) => c.trim());
  const last = cells.map((c) => c !== "").lastIndexOf(true);
  const first = cells.findIndex((c, k) => k > 0 && c !== "");
  if (first < 1 || last - first < 1 || cells.slice(first, last + 1).some((c) => c === "")) return false;
  const text = line.replace(/\f/g, "").trim();
  if (!text.startsWith(cells[0]) || text.slice(cells[0].length).trim() !== cells.slice(first, last + 1).join(" ")) return false;
  return cells.slice(first + 1, last + 1).every((c) => parseDeadline(c).kind === "unparsed");
}

/** Whether the next row's number continues the level this one opens: 3. → 3.1, II. → 1 (numbering that restarts). */
function continues(number: string, next: string | undefined): boolean {
  const own = parseItemNumber(number);
  const following = next === undefined ? null : parseItemNumber(next);
  if (own === null || following === null) return false;
  if (/^[IVXLC]+$/.test(own)) return following === "1" || following.startsWith(`${own}.`);
  return following.startsWith(`${own}.`);
}
