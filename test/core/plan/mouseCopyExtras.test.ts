import { structurePlan } from "../../../src/core/plan";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords } from "../../helpers/planProperties";

/** A plan with an uncatalogued column and column numbers under the header, repeated with it on the next page. */
const HEADER = ["№ п/п", "Сроки реализации", "Мероприятие", "Примечания", "Ответственный исполнитель", "Результаты"];
const NUMBERS = ["1", "2", "3", "4", "5", "6"];
const TEXT = [
  "План мероприятий по кадровому обеспечению на 2026 год",
  ...HEADER,
  ...NUMBERS,
  "Раздел 1. Наставничество",
  "1.1.",
  "ежемесячно",
  "Мониторинг вакансий",
  "по согласованию",
  "Отдел образования",
  "Банк вакансий",
  "1.2.",
  "май",
  "Семинар для молодых педагогов",
  "ИМЦ",
  "Протокол семинара",
  "Раздел 2. Поддержка молодых специалистов",
  "2.1.",
  "март",
  "Конкурс «Педагогический дебют»",
  "по согласованию",
  "ИМЦ",
  "Приказ об итогах",
  "2.2.",
  "апрель",
  "Форум молодых педагогов",
  "Отдел образования",
  "Резолюция форума",
  "1 из 2",
  ...HEADER,
  ...NUMBERS,
  "2.3.",
  "в течение года",
  "Выплата подъёмных",
  "Отдел образования",
  "Приказ о выплате",
].join("\n");

describe("a PDF copied with the mouse, with an extra column and column numbers under the header", () => {
  test("the column numbers after the repeated header open no rows, the extra caption is a column of its own", () => {
    const result = structurePlan(readTextDocument(TEXT, "plan.txt"));
    if (!result.ok) throw new Error("not structured");
    const plan = result.plan;
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3"]);
    expect(plan.items[4].name).toBe("Выплата подъёмных");
    expect(plan.columns.name).toBe("Мероприятие");
    expect(plan.columns.extra).toEqual(["Примечания"]);
    // The note's value stands at its column's place among the row's first lines: neither the name nor the executor.
    expect(plan.items.map((i) => [i.number, i.extra["Примечания"] ?? "", i.responsible.text])).toEqual([
      ["1.1", "по согласованию", "Отдел образования"],
      ["1.2", "", "ИМЦ"],
      ["2.1", "по согласованию", "ИМЦ"],
      ["2.2", "", "Отдел образования"],
      ["2.3", "", "Отдел образования"],
    ]);
    expect(plan.dropped.filter((d) => d.reason === "column_numbers").length).toBeGreaterThanOrEqual(1);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
