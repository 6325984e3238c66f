import type { GridRow } from "../../grid";
import { joinParts } from "../../text/joinParts";
import type { PlanKey } from "../columns/columnCatalogue";
import { numberOf, type Segment } from "./segmentRows";
import { doubtText } from "./assignmentDoubt";

const BARE_NUMBER = doubtText({ kind: "bare_number" }, { name: "", responsible: "", deadline: "", result: "" });

/**
 * The table row of a section found in lines without cells. A heading by word or Roman numeral («Цель 1. …», «II. …»)
 * reads as a section from one cell, as a merged row of a table gives it. A section numbered as its items are (1 over
 * 1.1, 1.2) may have no marker in one cell: a bare «1» printed in the № column, its title beside it or on the lines
 * below, reads «1 Анализ кадровой ситуации», text continuing the item above; and a title that does not open with a
 * capital is no title after «3.» either. Its number goes to the number column and its title to the name column, as
 * the table printed them: the plan reads it as a numbered section row by the items that follow (3 → 3.1).
 */
export function sectionRow(s: Segment, order: readonly PlanKey[], row: number): GridRow {
  const texts = s.pieces.flat().map((r) => r.text);
  const whole = joinParts(texts);
  const number = s.number === null ? null : numberedApart(texts[0] ?? "");
  const numberCol = order.indexOf("number");
  const nameCol = order.indexOf("name");
  if (number === null || numberCol < 0 || nameCol < 0) return { cells: [whole], row };
  const title = joinParts([number.rest ?? "", ...texts.slice(1)]);
  // A number with no title at all reads as an item with nothing but its number: its words are in a row beside it.
  if (title === "") return { cells: [whole], row, notes: [{ code: "column_uncertain", text: BARE_NUMBER }] };
  const cells = order.map(() => "");
  cells[numberCol] = number.number;
  cells[nameCol] = title;
  return { cells, row };
}

/** The section's own Arabic number (with or without its dot) and the text after it on its line. */
function numberedApart(first: string): { number: string; rest: string | null } | null {
  const n = numberOf(first);
  if (n === null || n.heading || !/^\d/.test(n.number)) return null;
  return { number: n.number, rest: n.rest };
}
