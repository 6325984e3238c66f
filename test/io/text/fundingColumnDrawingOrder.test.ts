import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { sheetDocument } from "../../../src/core/grid";
import { pastedIntoSheet } from "../../helpers/excelPaste";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";
import { typedHtmlRows } from "../../helpers/typedHtmlRows";
import { structureFile } from "../../corpus/runCorpus";

const DIR = path.join(__dirname, "../../fixtures/plans/writer-funding-column");
const file = (name: string) => path.join(DIR, name);
const FUNDING = "Источник финансирования";

/** A cell's text with the wraps of its print read alike: words in order, one space apart. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** The plan's rows as typed in its web page (plan.html): number, name, deadline, executors, funding, result. */
const typedRows = (): string[][] => typedHtmlRows(file("plan.html"), 6, /^\d+(?:\.\d+)+\.$/).map((r) => r.map(words));

// The item keeps its number without the dot that ends it («1.1.» → «1.1»).
const rowsOf = (plan: Plan) => plan.items.map((i) => [`${i.number}.`, i.name, i.deadline.text, i.responsible.text, i.extra[FUNDING] ?? "", i.result].map(words));

/**
 * A road map printed by Writer with a column of funding between the executors and the result and no column numbers,
 * read in drawing order: the captions come one after another, each wrapped onto two lines, and only they count the
 * columns; item 1.1's number stands alone over its lines, a sub-item 1.1.1 under it.
 */
describe("a road map with a funding column and no column numbers, in drawing order", () => {
  const truth = typedRows();
  const read = (name: string, inColumnA: boolean): { plan: Plan; text: string } => {
    const text = readFileSync(file(name), "utf8");
    const plan = structureOrFail(inColumnA ? sheetDocument("вставка", "Лист1", pastedIntoSheet(text)) : readText(text, name, ".txt"));
    return { plan, text };
  };
  test.each([false, true])("pdftotext -raw (in column A: %s): every row as typed, the funding a column of its own", (inColumnA) => {
    const { plan, text } = read("plan.raw.txt", inColumnA);
    expect(text).toMatch(/^Ответственный\nисполнитель\nИсточник\nфинансирования$/mu);
    expect(truth).toHaveLength(6);
    expect(rowsOf(plan)).toEqual(truth);
    expect(plan.columns.extra).toEqual([FUNDING]);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
  test("the PDF itself: every row as typed, by the words' positions", async () => {
    const plan = await structureFile(file("plan.pdf"));
    expect(plan && rowsOf(plan)).toEqual(truth);
    expect(plan?.columns.extra).toEqual([FUNDING]);
  });
  test.each([false, true])("the viewer's copy (in column A: %s): the funding column kept, every item found, no word lost", (inColumnA) => {
    const { plan, text } = read("plan.pdfjs.txt", inColumnA);
    const rows = rowsOf(plan);
    expect(rows.map((r) => r[0])).toEqual(truth.map((r) => r[0]));
    expect(plan.columns.extra).toEqual([FUNDING]);
    // The rows whose cells stand on lines of their own read as typed (the fixture's README names the three that glue).
    for (const number of ["1.2.", "2.1.", "2.3."]) expect(rows.find((r) => r[0] === number)).toEqual(truth.find((r) => r[0] === number));
    expect(lostWords(text, plan)).toEqual([]);
  });
});
