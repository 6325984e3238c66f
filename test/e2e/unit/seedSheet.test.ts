import { makeGrid, sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { seedCells } from "../helpers/seedCells";

/** The browser scenario rests on this: seed 001 laid into a sheet is still the plan of 28 items. */
test("seed 001 laid into sheet cells structures to its 28 items", () => {
  const cells = seedCells("001_116feb1af0268eee.txt");
  const grid = makeGrid(cells.map((c, i) => ({ cells: c, row: i + 1 })).filter((r) => r.cells.length > 0));
  const result = structurePlan(sheetDocument("Лист1", "Лист1", grid));
  if (!result.ok) throw new Error(result.failure.reason);
  expect(result.plan.items).toHaveLength(28);
});
