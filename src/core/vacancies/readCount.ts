import { parseNumber } from "../text/numbers";

/** A count cell (rates, hours, vacancies, hours per rate) as read. */
export type CountCell =
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly text: string }
  | { readonly kind: "negative"; readonly value: number; readonly text: string }
  /** asText: the cell held text a spreadsheet would not sum ("1,5", "0,5 ст.", "-"). */
  | { readonly kind: "number"; readonly value: number; readonly asText: boolean; readonly text: string };

/** How spreadsheet readers write a number cell: plain digits with a dot. Anything else was typed as text. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

const EMPTY: CountCell = { kind: "empty" };
/** Count cells repeat ("1", "0.5", "18") over a million rows: each text is read once (the readings are immutable). */
const CACHE_LIMIT = 50_000;
let readings = new Map<string, CountCell>();

export function readCount(cell: string | undefined): CountCell {
  if (cell === undefined || cell === "") return EMPTY;
  let found = readings.get(cell);
  if (found === undefined) {
    if (readings.size >= CACHE_LIMIT) readings = new Map();
    readings.set(cell, (found = readCountText(cell)));
  }
  return found;
}

function readCountText(cell: string): CountCell {
  const text = cell.trim();
  if (text === "") return EMPTY;
  const parsed = parseNumber(text);
  if (!parsed || parsed.percent) return { kind: "invalid", text };
  if (parsed.value < 0) return { kind: "negative", value: parsed.value, text };
  return { kind: "number", value: parsed.value, asText: !PLAIN_NUMBER.test(text), text };
}

/** The value a count contributes to sums: invalid and negative values contribute nothing (they are reported). */
export function countValue(c: CountCell): number | null {
  return c.kind === "number" ? c.value : null;
}
