import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { sheetDocument } from "../../../src/core/grid";
import { pastedIntoSheet } from "../../helpers/excelPaste";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-task-headings");
const file = (name: string) => path.join(DIR, name);

/** The plan's rows as typed in its web page (plan.html): number, deadline, name, executors, result. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 5, /^\d+\.$/);

// The item keeps its number without the dot that ends it («1.» → «1»).
const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.deadline.text, i.name, i.responsible.text, i.result]);

/**
 * Item 4's executors end on «учебной работе» and its result opens in lower case on the next line, «рекомендации по» /
 * «итогам посещения»: only the word «рекомендации», a thing an item makes, says the lines are the result's and no
 * executors' wrap. The deadline column stands before the name, and «Задача 1.» headings part items numbered straight
 * through.
 */
describe("a plan with its deadline before the name, in drawing order", () => {
  const truth = typedRows();
  // The headings as typed: the rows of one cell that spans the table.
  const headings = typedHtmlRows(file("plan.html"), 1, /^Задача/u).map(([h]) => h);
  const check = (plan: Plan, text: string) => {
    expect(truth).toHaveLength(6);
    expect(rowsOf(plan)).toEqual(truth);
    expect(plan.sections.map((s) => s.title)).toEqual(headings);
    expect(lostWords(text, plan)).toEqual([]);
  };
  test.each(["plan.stream.txt", "plan.pdfjs.txt"])("%s: every row as typed", (name) => {
    const text = readFileSync(file(name), "utf8");
    expect(text).toMatch(/^учебной работе\nрекомендации по\nитогам посещения$/mu);
    check(structureOrFail(readText(text, name, ".txt")), text);
  });
  test("the viewer's copy pasted into column A: every row as typed", () => {
    const text = readFileSync(file("plan.pdfjs.txt"), "utf8");
    check(structureOrFail(sheetDocument("вставка", "Лист1", pastedIntoSheet(text))), text);
  });
});
