import { parseItemNumber } from "../../core/plan/structure/numbering";
import { continuesListAbove } from "../../core/plan/lines/listItems";

/** How far (in characters) the layout moves a row's number off where the other rows' numbers stand. */
const SHIFT = 2;

/**
 * Lines of fixed-width text that are a section's heading written across the table with its number («2. Выявление
 * потребности в педагогических кадрах» over rows 2.1, 2.2 …): one phrase that opens with a number the next row's number
 * continues (2. → 2.1.), standing right of where the rows' numbers stand. A merged cell's text is centred in it, but
 * `pdftotext -layout` sets a line where its own flow of text puts it (a browser's print: every heading ends in one
 * place, whatever its width), so its place says only that it is no row's number. A heading is a row of its own: the
 * rows around it part there, and its number goes where the rows' numbers stand, so that the table reads it as a row
 * of its own, numbered in its № cell, as a section's row is printed in a table with no merged cells. `skip`: lines that
 * are no row's (header, furniture). Heading line (an index into `lines`) → the column where the rows' numbers stand.
 */
export function numberedHeadings(lines: readonly string[], bodyStart: number, skip: (index: number) => boolean): Map<number, number> {
  const text = (k: number) => lines[k].replace(/\f/g, "");
  const indent = (k: number) => text(k).search(/\S/);
  const numberOf = (k: number) => parseItemNumber(text(k).trim().split(/\s+/)[0] ?? "");
  const numbered = lines.flatMap((_, k) => (k >= bodyStart && !skip(k) && indent(k) >= 0 && numberOf(k) !== null ? [k] : []));
  if (numbered.length === 0) return new Map();
  const margin = Math.min(...numbered.map(indent));
  const rows = numbered.filter((k) => indent(k) <= margin + SHIFT);
  const rowLines = new Set(rows);
  // A list typed in a name's cell («по направлениям:» / «1) …» / «2) …»): its numbers stand where the name does too,
  // and the next row's may continue them (2) → 2.3.). An item after its list's item before it, at the same place
  // since the last row, is the list's; and a heading's title is capitalised.
  const listItemAt = (k: number): boolean => {
    if (!/^\S+\s+[«"„]?\p{Lu}/u.test(text(k).trim())) return true;
    const above: string[] = [];
    for (let j = k - 1; j >= bodyStart && !rowLines.has(j); j--) if (indent(j) === indent(k)) above.push(text(j).trim());
    return continuesListAbove(text(k).trim(), above);
  };
  const out = new Map<number, number>();
  // A number that opened a row or a heading already opens none again («1.» of a result's list «1. Заявка в …» under
  // heading «1.»): a plan numbers each heading once.
  const given = (k: number) => rows.some((r) => r < k && numberOf(r) === numberOf(k)) || [...out.keys()].some((h) => numberOf(h) === numberOf(k));
  for (const k of numbered) {
    if (indent(k) <= margin + SHIFT || /\S\s{2,}\S/.test(text(k).trim()) || listItemAt(k) || given(k)) continue;
    const next = rows.find((r) => r > k);
    const own = numberOf(k)!.replace(/[.)]$/, "");
    if (next !== undefined && numberOf(next)!.startsWith(`${own}.`)) out.set(k, margin);
  }
  return out;
}
