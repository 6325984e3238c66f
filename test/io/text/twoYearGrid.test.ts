import { readFileSync } from "fs";
import path from "path";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A month grid over two years as `pdftotext -layout` prints a Calc план-график (uglegorsky-2035, cut to its first
 * items and the top of page 2): «Сроки исполнения» centred over the whole grid, «2035 год» and «2036 год» each
 * centred over its twelve months, «янв.» … «дек.» under them, and the header repeated on page 2.
 */
const lines = readFileSync(path.join(__dirname, "../../fixtures/plans/official/uglegorsky-2035.layout.txt"), "utf8").split("\n");
const text = [...lines.slice(0, 41), ...lines.slice(97, 114)].join("\n");

test("each month is dated by the year over it, not by the caption over the years; a page's header repeat is no row", () => {
  const plan = structureOrFail(readTextDocument(text, "uglegorsky-2035.layout.txt"));
  expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
    ["1.1", "recurring", "2035-01-01", "2036-12-31", "month"],
    ["1.2", "period", "2035-02-01", "2035-03-31", null],
    ["1.3", "period", "2035-01-01", "2035-04-30", null],
    ["1.4", "recurring", "2035-01-01", "2036-12-31", "half_year"],
    ["1.5", "period", "2035-10-01", "2035-11-30", null],
    ["4.1", "recurring", "2036-01-01", "2036-12-31", "month"],
    // Marks only in the last months of 2035 beside a row marked in every month of 2036: each in its own year's grid.
    ["4.2", "period", "2035-10-01", "2035-12-31", null],
  ]);
  expect(plan.columns.extra[0]).toBe("Сроки исполнения 2035 год янв.");
  expect(plan.columns.extra[12]).toBe("Сроки исполнения 2036 год янв.");
});
