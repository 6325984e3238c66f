import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";
import { structureFile } from "../../corpus/runCorpus";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-target-column");
const file = (name: string) => path.join(DIR, name);
const TARGET = "Целевой показатель";

const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** The plan's rows as typed in its web page (plan.html): number, name, executors, deadline, target, result, note. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 7, /^\d+\.\d+\.$/).map((r) => r.map(words));

const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.name, i.responsible.text, i.deadline.text, i.extra[TARGET] ?? "", i.result, i.extra["Примечание"] ?? ""].map(words));

/**
 * A plan printed by Writer with a target column between the deadline and the result and an empty column for notes
 * last, no column numbers, read in drawing order: the captions count the columns, and a target's values, each its
 * own and worded as a result's, are the target's by its caption.
 */
describe("a plan with a target column and no column numbers, in drawing order", () => {
  const truth = typedRows();
  test("the PDF itself: every row as typed", async () => {
    const plan = await structureFile(file("plan.pdf"));
    expect(truth).toHaveLength(6);
    expect(plan && rowsOf(plan)).toEqual(truth);
  });
  test.each(["plan.raw.txt", "plan.pdfjs.txt"])("%s: the target a column of its own, its values off the results", (name) => {
    const text = readFileSync(file(name), "utf8");
    const plan = structureOrFail(readText(text, name, ".txt"));
    const rows = rowsOf(plan);
    expect(plan.columns.extra).toEqual([TARGET, "Примечание"]);
    expect(rows.map((r) => r[0])).toEqual(truth.map((r) => r[0]));
    // The README names the two rows not read whole yet: a target of three lines with a broken word, a wrapped deadline.
    for (const number of ["1.2.", "1.3.", "2.1.", "2.3."]) expect(rows.find((r) => r[0] === number)).toEqual(truth.find((r) => r[0] === number));
    expect(lostWords(text, plan)).toEqual([]);
  });
});
