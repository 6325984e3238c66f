import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";

/** A text without layout as the text reader gives it: one text block per line. */
const rawText = (lines: readonly string[]): SourceDocument => ({ name: "plan.txt", sheet: null, blocks: lines.map((text, i) => ({ kind: "text" as const, row: i + 1, text })) });

/**
 * A note typed in a row of its own, one cell over the table («Примечание: …»), in a PDF copied with the mouse: its
 * lines come after the row above it, as a heading's do. It is no line of the heading's title nor of the item above's
 * cells: the section's remark right under a heading (on its first item), the item's remark under an item.
 */
describe("a note row in text without cells", () => {
  const plan = (() => {
    const r = structurePlan(
      rawText([
        "№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат",
        "1. Меры социальной поддержки",
        "Примечание: мероприятия раздела 1 осуществляются в пределах",
        "бюджетных ассигнований муниципальной программы",
        "1.1. Выплата компенсации", "Управление", "ежемесячно", "компенсация",
        "за наем жилья", "образования", "выплачена",
        "Прим.: выплата производится при условии заключения трудового",
        "договора на срок не менее трёх лет",
        "1.2. Выплата единовременного", "Управление", "с 1 января", "пособие",
        "пособия", "образования", "2031 г.", "выплачено",
        "2. Наставничество",
        "2.1. Закрепление наставников", "Руководители", "сентябрь 2030 г.", "приказ",
        "за молодыми педагогами", "организаций", "", "",
      ]),
    );
    if (!r.ok) throw new Error(r.failure.reason);
    return r.plan;
  })();

  test("the heading keeps its title, the note goes to the section's first item", () => {
    expect(plan.sections.map((s) => s.title)).toEqual(["Меры социальной поддержки", "Наставничество"]);
    expect(plan.items[0].extra["Примечание к разделу"]).toBe("Примечание: мероприятия раздела 1 осуществляются в пределах бюджетных ассигнований муниципальной программы");
  });

  test("a note under an item is its remark, not its cells' last lines", () => {
    expect(plan.items.map((it) => [it.number, it.name, it.result])).toEqual([
      ["1.1", "Выплата компенсации за наем жилья", "компенсация выплачена"],
      ["1.2", "Выплата единовременного пособия", "пособие выплачено"],
      ["2.1", "Закрепление наставников за молодыми педагогами", "приказ"],
    ]);
    expect(plan.items[0].extra["Примечание к номеру"]).toBe("Прим.: выплата производится при условии заключения трудового договора на срок не менее трёх лет");
  });
});

/**
 * A note right under a numbered section's title, before its first sub-item, in text given cell after cell (a table
 * drawn so, copied with a viewer): the title is weighed against the next row's number, not the note's absent one.
 */
describe("a note between a section's title and its first sub-item", () => {
  test("the numbered title stays a section", () => {
    const r = structurePlan(
      rawText([
        "№ п/п Срок Наименование мероприятия Исполнитель Результат",
        "1. Развитие наставничества",
        "1.1. ежемесячно", "Закрепление наставников", "за молодыми педагогами", "Управление образования", "Приказ",
        "2. Работа с кадровым резервом руководителей",
        "Прим.: сроки мероприятий раздела 2 уточняются ежегодно по согласованию с министерством образования",
        "2.1. III квартал", "Проведение методических семинаров", "УО", "Протокол заседания",
        "2.2. до 1 июня 2027 г.", "Формирование резерва руководителей", "Отдел кадров", "Приказ",
      ]),
    );
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(r.plan.items.map((i) => i.number)).toEqual(["1.1", "2.1", "2.2"]);
  });
});
