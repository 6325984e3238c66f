import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-roman-sections");
const file = (name: string) => path.join(DIR, name);

/** The plan's rows as typed in its web page (plan.html): number, name, deadline, executors, result, mark. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 6, /^\d+\.\d+$/);

const rowsOf = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text]);

/**
 * Under «Раздел I.» nothing numbered stands before the first row, so only the column's other numbers, broken the same
 * way («1.» over «2»), say that «1.» over «1» is «1.1». The narrow deadline column breaks «необходимости» before «и»,
 * a word too: the deadline's word the two make says it is no conjunction opening the executors.
 */
describe("a Word plan under Roman section headings, in drawing order", () => {
  test("every item's number, name, deadline and executors as typed", () => {
    const text = readFileSync(file("plan.stream.txt"), "utf8");
    expect(text).toMatch(/^1\.\n1\n/mu);
    expect(text).toMatch(/^необходимост\nи\n/mu);
    const plan = structureOrFail(readText(text, "plan.stream.txt", ".txt"));
    const truth = typedRows();
    expect(truth).toHaveLength(12);
    expect(rowsOf(plan)).toEqual(truth.map((r) => r.slice(0, 4)));
    expect(plan.sections.map((s) => s.number)).toEqual(["I", "II"]);
    const unmarked = truth.filter((r) => r[5] === "");
    expect(plan.items.filter((i) => unmarked.some((r) => r[0] === i.number)).map((i) => i.result)).toEqual(unmarked.map((r) => r[4]));
    expect(lostWords(text, plan)).toEqual([]);
  });
});
