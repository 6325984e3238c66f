import type { GridRow } from "../../grid";
import { joinParts } from "../../text/joinParts";
import type { PlanKey } from "../columns/columnCatalogue";
import { numberOf, type Segment } from "./segmentRows";

/**
 * The table row of a section found in lines without cells. A heading by word or Roman numeral («Цель 1. …», «II. …»)
 * and a title after a dotted number («2. Привлечение …») read as a section from one cell, as a merged row of a table
 * gives them. A section numbered as its items are (a bare «1» printed in the № column, its title beside it or on the
 * lines below, items 1.1, 1.2 under it) has no such marker in one cell: «1 Анализ кадровой ситуации» reads as text
 * continuing the item above. Its number goes to the number column and its title to the name column, as the table
 * printed them, so that the plan reads it as a numbered section row whose items follow.
 */
export function sectionRow(s: Segment, order: readonly PlanKey[], row: number): GridRow {
  const texts = s.pieces.flat().map((r) => r.text);
  const whole = joinParts(texts);
  const number = s.number === null ? null : numberedApart(texts[0] ?? "");
  const numberCol = order.indexOf("number");
  const nameCol = order.indexOf("name");
  if (number === null || numberCol < 0 || nameCol < 0) return { cells: [whole], row };
  const title = joinParts([number.rest ?? "", ...texts.slice(1)]);
  if (title === "") return { cells: [whole], row };
  const cells = order.map(() => "");
  cells[numberCol] = number.number;
  cells[nameCol] = title;
  return { cells, row };
}

/** The section's own Arabic number and the text after it on its line, when the number is printed without a dot. */
function numberedApart(first: string): { number: string; rest: string | null } | null {
  const n = numberOf(first);
  if (n === null || n.heading || !/^\d/.test(n.number) || /[.)]$/.test(n.number)) return null;
  return { number: n.number, rest: n.rest };
}
