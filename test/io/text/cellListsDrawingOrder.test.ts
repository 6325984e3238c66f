import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { sheetDocument } from "../../../src/core/grid";
import { pastedIntoSheet } from "../../helpers/excelPaste";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-cell-lists");
const file = (name: string) => path.join(DIR, name);

/** A cell's text with its line breaks and the wraps of its print read alike: words in order, one space apart. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** The plan's rows as typed in its web page (plan.html): number, name, executors, deadline, result. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 5, /^\d+\.\d+\.$/).map((r) => r.map(words));

// The item keeps its number without the dot that ends it («1.1.» → «1.1»).
const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.name, i.responsible.text, i.deadline.text, i.result].map(words));

/**
 * Lists typed inside cells, printed by Writer and read in drawing order: a name announces its parts with a colon and
 * gives them under «1)», «•» or «1.», a result lists documents under «–», «1.» or «а)». Every item opens a line of its
 * own that looks like a row's number or a new cell («2) потребности …» after row 1.1 reads as row 2; «1. Современный
 * урок.» as a cell's first line).
 */
describe("a plan whose cells hold lists, in drawing order", () => {
  const truth = typedRows();
  const check = (plan: Plan, text: string) => {
    expect(truth).toHaveLength(7);
    expect(rowsOf(plan)).toEqual(truth);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(lostWords(text, plan)).toEqual([]);
  };
  test.each(["plan.stream.txt", "plan.pdfjs.txt"])("%s: every row as typed", (name) => {
    const text = readFileSync(file(name), "utf8");
    expect(text).toMatch(/^Проведение мониторинга:\n1\) укомплектованности$/mu);
    check(structureOrFail(readText(text, name, ".txt")), text);
  });
  test("the viewer's copy pasted into column A: every row as typed", () => {
    const text = readFileSync(file("plan.pdfjs.txt"), "utf8");
    check(structureOrFail(sheetDocument("вставка", "Лист1", pastedIntoSheet(text))), text);
  });
});
