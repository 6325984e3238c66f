import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-repeated-header");
const file = (name: string) => path.join(DIR, name);

/** The plan's rows as typed in its web page (plan.html): number, name, deadline, executors, result. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 5, /^\d+\.\d+\.$/);

// The item keeps its number without the dot that ends it («1.1.» → «1.1»).
const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.name, i.deadline.text, i.responsible.text, i.result]);

/**
 * «Назначение ежемесячной» / «стимулирующей выплаты»: a frequency adjective ending a name's line qualifies the noun on
 * the next one. The deadline parser reads a monthly frequency in it; the line is no deadline, and no deadline opens
 * with it where a page's last line glues the row's first lines («Назначение ежемесячной до 20 января Отдел кадров …»).
 */
describe("a frequency adjective at a name's line end", () => {
  test.each(["plan.stream.txt", "plan.pdfjs.txt"])("%s: every row as typed, the one the page cut after its first baseline too", (name) => {
    const text = readFileSync(file(name), "utf8");
    expect(text).toContain("Назначение ежемесячной до 20 января Отдел кадров участие не");
    const plan = structureOrFail(readText(text, name, ".txt"));
    const truth = typedRows();
    expect(truth).toHaveLength(12);
    expect(rowsOf(plan)).toEqual(truth);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
