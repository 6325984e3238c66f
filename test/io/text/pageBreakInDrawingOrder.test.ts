import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { ensureBuiltCli, structureBuilt } from "../../helpers/builtCli";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-page-break");
const file = (name: string) => path.join(DIR, name);

/** The plan's rows as typed in its web page (plan.html): [number, name, deadline, executors, result]. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 5, /^\d+\.$/);

const rowsOf = (plan: Pick<Plan, "items">) => plan.items.map((i) => [i.number ?? "", i.name, i.deadline.text, i.responsible.text, i.result ?? ""]);

/**
 * A page that breaks a row of a table in drawing order with nothing at its top but the row's rest (no page number, no
 * header again): pdftotext's form feed is the one sign of it. The row's cells go on cell after cell on the new page
 * («стоимости проезда …» of the name, «года» of «в течение», «бухгалтерия»» of the executors, the result's rest).
 */
describe("text in drawing order: a row broken by a page with no furniture", () => {
  test("every row of the Writer plan reads as typed, the broken one whole", () => {
    const text = readFileSync(file("plan.stream.txt"), "utf8");
    const plan = structureOrFail(readText(text, "plan.stream.txt", ".txt"));
    const truth = typedRows();
    expect(truth).toHaveLength(9);
    // Numbers restart in each section: the printed number is the item's, the section's in front qualifies it.
    expect(rowsOf(plan).map((r) => r.map((c) => c.replace(/\.$/, "")))).toEqual(truth.map((r) => r.map((c) => c.replace(/\.$/, ""))));
    expect(plan.items.find((i) => i.qualifiedNumber === "II.3")?.deadline.kind).toBe("ongoing");
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the PDF itself reads the same rows", () => {
    ensureBuiltCli();
    const [plan] = structureBuilt([file("plan.pdf")]) as Pick<Plan, "items">[];
    expect(rowsOf(plan).map((r) => r.map((c) => c.replace(/\.$/, "")))).toEqual(typedRows().map((r) => r.map((c) => c.replace(/\.$/, ""))));
  });

  test("a form feed marks its line, or the first line after blank ones, as a page's first", () => {
    const doc = readTextDocument("Строка 1\n\fСтрока 2\nСтрока 3\n\f\n\nСтрока 4", "t.txt");
    const starts = doc.blocks.flatMap((b) => (b.kind === "text" && b.pageStart ? [b.text] : []));
    expect(starts).toEqual(["Строка 2", "Строка 4"]);
  });
});
