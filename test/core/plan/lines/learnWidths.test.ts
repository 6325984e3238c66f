import type { Assignment } from "../../../../src/core/plan/lines/assignColumns";
import { learnWidths } from "../../../../src/core/plan/lines/learnWidths";
import type { TextColumn } from "../../../../src/core/plan/lines/lineEvidence";

const row = (cells: readonly (readonly [TextColumn, string])[]) => ({
  texts: cells.map(([, t]) => t),
  assignment: { columns: cells.map(([c]) => c), score: 0, doubtful: [] } as Assignment,
});

/** Ten rows: a name of one or two lines, a result of one line, growing longer row by row. */
const rows = (wrapNames: boolean) =>
  Array.from({ length: 10 }, (_, k) =>
    row([
      ["name", "Проведение семинара для педагогов района"],
      ...(wrapNames ? [["name", "и города"] as const] : []),
      ["result", `Справка${" о".repeat(k)}`],
    ]),
  );
const longestResult = Math.max(...rows(false).map((r) => r.texts[r.texts.length - 1].length));

describe("the columns' widths learnt from a first reading", () => {
  test("where the names wrap, the lines are a page's: a column is as wide as the long end of its lines", () => {
    const widths = learnWidths(rows(true));
    expect(widths.name).toBe(40);
    expect(widths.result).toBeLessThan(longestResult);
  });

  test("where no name wraps, every line is a whole cell: a column is as wide as its longest cell", () => {
    expect(learnWidths(rows(false)).result).toBe(longestResult);
  });
});
