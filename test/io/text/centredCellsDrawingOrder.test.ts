import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { sheetDocument } from "../../../src/core/grid";
import { pastedIntoSheet } from "../../helpers/excelPaste";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-centred-cells");
const file = (name: string) => path.join(DIR, name);

/** The plan's rows as typed in its web page (plan.html): number, name, deadline, executors. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 4, /^\d+\.$/);

// The item keeps its number without the dot that ends it («1.» → «1»).
const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.name, i.deadline.text, i.responsible.text]);

/**
 * Cells centred vertically, printed by Writer and read in drawing order: a one-line deadline stands between a two-line
 * name and two-line executors, on neither's baseline, and the viewer's copy joins all three on one line. Only cutting
 * that line twice at once (the deadline whole between) reads the row; either cut alone reads worse than none.
 */
describe("a plan whose cells are centred vertically, in drawing order", () => {
  const truth = typedRows();
  const check = (plan: Plan, text: string) => {
    expect(truth).toHaveLength(7);
    expect(rowsOf(plan)).toEqual(truth);
    expect(plan.items.every((i) => i.result === "")).toBe(true);
    expect(lostWords(text, plan)).toEqual([]);
  };
  test.each(["plan.pdfjs.txt", "plan.stream.txt"])("%s: every row as typed", (name) => {
    const text = readFileSync(file(name), "utf8");
    check(structureOrFail(readText(text, name, ".txt")), text);
  });
  test("the viewer's copy glues item 5's name, deadline and executors on one line, and the line is cut in three", () => {
    const text = readFileSync(file("plan.pdfjs.txt"), "utf8");
    expect(text).toMatch(/^«Аттестация: новые требования» 15\.10\.2027 Управление$/mu);
    const plan = structureOrFail(readText(text, "plan.pdfjs.txt", ".txt"));
    expect(plan.items[4].deadline).toMatchObject({ kind: "date", end: "2027-10-15" });
  });
  test("the viewer's copy pasted into column A: every row as typed", () => {
    const text = readFileSync(file("plan.pdfjs.txt"), "utf8");
    check(structureOrFail(sheetDocument("вставка", "Лист1", pastedIntoSheet(text))), text);
  });
});
