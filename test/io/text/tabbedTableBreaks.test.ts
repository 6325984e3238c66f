import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/**
 * Where a tab-separated table goes on: Excel's copy of an empty row is tabs only, and a Word table broken at a page
 * (two tables, the header row repeated, a blank paragraph between) copied as plain text has a blank line and the
 * header again; a blank line before a signature ends it.
 */
const T = "\t";
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Ожидаемый результат"].join(T);
const ROW_1 = ["1.1", "Проведение семинара", "Отдел кадров", "ежегодно", "Приказ об утверждении"].join(T);
const ROW_2 = ["1.2", "Проведение конкурса", "Отдел кадров", "ежегодно", "Проведено не менее 3 семинаров"].join(T);
const SIGNATURE = ["Начальник управления образования", "И.И. Мальцева"].join(T);

const read = (...body: string[]) => {
  const text = ["План мероприятий на 2025 год", "", HEADER, ROW_1, ...body, "", SIGNATURE].join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.txt"));
  expect(lostWords(text, plan)).toEqual([]);
  return plan;
};

describe("a tab-separated table's blank lines", () => {
  test.each([
    ["an empty row of tabs (Excel's copy)", ["\t\t\t\t", ROW_2]],
    ["a blank line, the header again (a Word table broken at a page)", ["", HEADER, ROW_2]],
    ["a blank line, the header again, an empty row (the property's page break)", ["", HEADER, "\t\t\t\t", ROW_2]],
    ["a blank line, the next numbered row", ["", ROW_2]],
  ])("%s: the table goes on", (_label, body) => {
    const plan = read(...body);
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1.1", "Приказ об утверждении"], ["1.2", "Проведено не менее 3 семинаров"]]);
    expect(plan.dropped.filter((d) => d.reason === "repeated_header")).toHaveLength(body.includes(HEADER) ? 1 : 0);
  });

  test("a blank line before a signature parted by a tab ends it: the signature is no row", () => {
    const plan = read(ROW_2);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2"]);
    expect(plan.dropped.filter((d) => d.reason === "signature").map((d) => d.text.replace(/\s+/g, " "))).toEqual(["Начальник управления образования И.И. Мальцева"]);
  });
});
