import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/** A web page copied as text whose sections are titles with no number, over items numbered straight through. */
describe("one cell per line: section titles with no number", () => {
  const cells = (ending: " |" | "blank", list: readonly string[]) => (ending === " |" ? list.map((c) => `${c} |`) : list.flatMap((c) => [c, ""])).join("\n");
  const TABLE = [
    "№ п/п", "Мероприятие", "Срок", "Ответственный",
    "Кадровое планирование и мониторинг",
    "1.", "Мониторинг потребности в кадрах", "до 1 марта", "Отдел образования",
    "2.", "Формирование банка вакансий", "ежемесячно", "руководители ОО",
    "Наставничество",
    "3.", "Закрепление наставников", "сентябрь", "методист ИМЦ",
  ];

  test.each([" |", "blank"] as const)("cells ended by «%s»: the header has its own cells, each title is a section, the items whole", (ending) => {
    const plan = structureOrFail(readTextDocument(cells(ending, TABLE), "x.txt"));
    expect(plan.columns.extra).toEqual([]);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([[null, "Кадровое планирование и мониторинг"], [null, "Наставничество"]]);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.notes ?? []])).toEqual([
      ["1", "Мониторинг потребности в кадрах", "до 1 марта", "Отдел образования", []],
      ["2", "Формирование банка вакансий", "ежемесячно", "руководители ОО", []],
      ["3", "Закрепление наставников", "сентябрь", "методист ИМЦ", []],
    ]);
  });

  test("an uncatalogued last column stays a column: the rows are as wide as the header with it", () => {
    const withNote = ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Примечание", "1.", "Семинар", "май", "ИМЦ", "Согласовано", "2.", "Форум", "июнь", "ИРО", ""];
    const plan = structureOrFail(readTextDocument(cells(" |", withNote), "x.txt"));
    expect(plan.columns.extra).toEqual(["Примечание"]);
    expect(plan.items.map((i) => [i.number, i.name, i.extra])).toEqual([["1", "Семинар", { Примечание: "Согласовано" }], ["2", "Форум", {}]]);
  });
});
