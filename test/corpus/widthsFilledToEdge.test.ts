import { generatePlan } from "./generatePlan";
import { CHAR_WIDTHS, columnWidths, drawnColumns, drawnRows, widthsFilledToEdge, wrapText } from "./layoutTable";
import type { Key } from "./truthPlan";

/**
 * The instrument for cells that fill their column to its edge: sized to the widest line (share 1), each column has a
 * line exactly as wide as itself and no word wider; sized to a lower percentile, it is narrower, never below its
 * longest word. Measured in characters, as the text shapes measure.
 */
const chars = (s: string) => s.length;

describe("widthsFilledToEdge", () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i: a column as wide as its widest line has a line at its edge", (seed) => {
    const plan = generatePlan(seed);
    const rows = drawnRows(plan);
    const fitted = widthsFilledToEdge(plan, rows, CHAR_WIDTHS, chars, () => 1);
    const ws = columnWidths(plan, fitted);
    drawnColumns(plan).forEach((c, i) => {
      const cells = rows.flatMap((r) => (r.kind === "section" ? [] : [r.cells[i]])).filter((t) => t.trim() !== "");
      const lines = cells.flatMap((t) => wrapText(t, ws[i], chars));
      expect(Math.max(...lines.map(chars))).toBe(ws[i]);
      expect(ws[i]).toBeLessThanOrEqual(CHAR_WIDTHS[c as Key]);
    });
  });

  test.each([1, 2, 3, 4])("seed %i: a lower percentile narrows a column down to its longest word at most", (seed) => {
    const plan = generatePlan(seed);
    const rows = drawnRows(plan);
    const widest = widthsFilledToEdge(plan, rows, CHAR_WIDTHS, chars, () => 1);
    const median = widthsFilledToEdge(plan, rows, CHAR_WIDTHS, chars, () => 0.5);
    for (const key of plan.order) {
      const longestWord = Math.max(...rows.flatMap((r) => (r.kind === "section" ? [] : r.cells[plan.order.indexOf(key)].split(/\s+/).map(chars))));
      expect(median[key]).toBeLessThanOrEqual(widest[key]);
      expect(median[key]).toBeGreaterThanOrEqual(longestWord);
    }
  });
});
