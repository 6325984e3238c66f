import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { sheetDocument } from "../../../src/core/grid";
import { pastedIntoSheet } from "../../helpers/excelPaste";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-lists-roman-sections");
const file = (name: string) => path.join(DIR, name);

/** A cell's text with its line breaks and the wraps of its print read alike: words in order, one space apart. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** The plan's rows as typed in its web page (plan.html): number, name, deadline, executors, result. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 5, /^\d+\.$/).map((r) => r.map(words));

const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.name, i.deadline.text, i.responsible.text, i.result].map(words));

/**
 * Lists in names, executors and results, items numbered 1, 2, 3 again in each part «I.», «II.», printed by Writer and
 * read in drawing order: the executors' «2. Руководители ОО» after row 1 must not open row 2.
 */
describe("a road map with lists in its cells and numbers restarting in each part, in drawing order", () => {
  const truth = typedRows();
  test.each(["plan.stream.txt", "pasted into column A"])("the -raw text (%s): every row as typed, numbered in its part", (form) => {
    const text = readFileSync(file("plan.stream.txt"), "utf8");
    const plan = structureOrFail(form === "plan.stream.txt" ? readText(text, "plan.stream.txt", ".txt") : sheetDocument("вставка", "Лист1", pastedIntoSheet(text)));
    expect(truth).toHaveLength(5);
    expect(rowsOf(plan)).toEqual(truth);
    expect(plan.items.map((i) => i.qualifiedNumber ?? i.number)).toEqual(["I.1", "I.2", "I.3", "II.1", "II.2"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
  test("the viewer's copy: every row with a list as typed (item 3's glued line is read with a note)", () => {
    const text = readFileSync(file("plan.pdfjs.txt"), "utf8");
    const plan = structureOrFail(readText(text, "plan.pdfjs.txt", ".txt"));
    const rows = rowsOf(plan);
    expect(rows).toHaveLength(5);
    expect([0, 1, 3, 4].map((k) => rows[k])).toEqual([0, 1, 3, 4].map((k) => truth[k]));
    expect(plan.items[2].notes?.some((n) => n.code === "column_uncertain")).toBe(true);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
