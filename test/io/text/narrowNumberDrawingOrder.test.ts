import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { ensureBuiltCli, structureBuilt } from "../../helpers/builtCli";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-narrow-number");
const file = (name: string) => path.join(DIR, name);

/** The plan's rows as typed in its web page (plan.html): number, name, executors, deadline, result, note. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 6, /^\d+\.\d+$/);

type Read = Pick<Plan, "items" | "columns">;
const rowsOf = (plan: Read) => plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text]);

/**
 * A Word table whose № column is too narrow for «1.1», printed by Writer: each number broken after its dot, «1.» over
 * «1», the rest on the cell's next line. In drawing order the two come as lines of their own; read apart, «1.» again
 * after the section «1. Выявление дефицита» and «1» after it are no plan's numbering, together they are «1.1».
 */
describe("text in drawing order: numbers a narrow № column broke after the dot", () => {
  test("every item keeps its number, name, executors and deadline", () => {
    const text = readFileSync(file("plan.stream.txt"), "utf8");
    expect(text).toMatch(/^1\.\n1\n/mu);
    const plan = structureOrFail(readText(text, "plan.stream.txt", ".txt"));
    const truth = typedRows();
    expect(truth).toHaveLength(7);
    expect(rowsOf(plan)).toEqual(truth.map((r) => r.slice(0, 4)));
    // The note column is named by its caption right over the column numbers, though no catalogue names it.
    expect(plan.columns.extra).toEqual(["Примечание"]);
    // Results without a note read as typed (text alone does not part a note from the result before it).
    const plain = truth.filter((r) => r[5] === "").map((r) => r[0]);
    expect(plan.items.filter((i) => plain.includes(i.number ?? "")).map((i) => i.result)).toEqual(truth.filter((r) => r[5] === "").map((r) => r[4]));
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the viewer's copy reads the same, its header's «завершения Примечание» parted into two captions", () => {
    const text = readFileSync(file("plan.pdfjs.txt"), "utf8");
    expect(text).toContain("завершения Примечание");
    const plan = structureOrFail(readText(text, "plan.pdfjs.txt", ".txt"));
    expect(rowsOf(plan)).toEqual(typedRows().map((r) => r.slice(0, 4)));
    expect(plan.columns.extra).toEqual(["Примечание"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the PDF and the .docx read every cell, the notes apart", () => {
    ensureBuiltCli();
    const truth = typedRows();
    for (const plan of structureBuilt([file("plan.pdf"), file("plan.docx")]) as Read[]) {
      expect(rowsOf(plan)).toEqual(truth.map((r) => r.slice(0, 4)));
      expect(plan.items.map((i) => [i.result, i.extra["Примечание"] ?? ""])).toEqual(truth.map((r) => [r[4], r[5]]));
    }
  });
});
