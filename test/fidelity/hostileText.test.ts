import { parseResponsible } from "../../src/core/plan/responsible";

/**
 * Issue 18, bounded work on text the user typed: a responsible cell of 240 KB. The tokenizer used to re-read the
 * rest of the cell at every bracket, «и» or clause (40 KB: 5.5 s; 240 KB: minutes) — these cases ran past jest's
 * timeout on that code. Each must still give back every word of the cell.
 */
const CELL = 240_000;
/** «и» between parties is a separator, not a word of either. */
const words = (s: string): number => s.match(/[\p{L}\d]+/gu)?.filter((w) => w !== "и").length ?? 0;
const UNITS = ["ЦТриГО (", "«ЦТриГО)", "учитель и ", "Иванов И.И., учитель\n", "МБОУ «СОШ № 1» "];

test.each(UNITS)("a 240 KB responsible cell of %j repeated is parsed, nothing lost", (unit) => {
  const cell = unit.repeat(Math.ceil(CELL / unit.length)).slice(0, CELL);
  const parties = parseResponsible(cell);
  expect(parties.length).toBeGreaterThan(0);
  expect(parties.reduce((n, p) => n + words(p.text), 0)).toBe(words(cell));
});
