import { structureOrFail } from "../../../helpers/seeds";
import { HEADER, tableOf as doc } from "./rowsOverTable";

/**
 * A note typed inside the table in one cell over the row, «Примечание: мероприятия раздела 2 осуществляются …», in
 * the middle of a section: a remark kept with the item above, not a heading that would take the items under it.
 */
const NOTE = "Примечание: мероприятия раздела 2 осуществляются в пределах бюджетных ассигнований муниципальной программы";

describe("a note row inside a section", () => {
  const plan = structureOrFail(
    doc([
      HEADER,
      ["1. Организационные меры", "", "", "", ""],
      ["1.1.", "Создание рабочей группы", "до 1 марта 2030 г.", "управление образования", "приказ"],
      ["2. Меры социальной поддержки", "", "", "", ""],
      ["2.1.", "Выплата компенсации за наем жилья", "ежемесячно", "управление образования", "компенсация выплачена"],
      [NOTE, "", "", "", ""],
      ["2.2.", "Выплата единовременного пособия", "с 1 января 2031 г.", "управление образования", "пособие выплачено"],
    ]),
  );

  test("opens no section: the items under it stay in theirs", () => {
    expect(plan.sections.map((s) => s.title)).toEqual(["Организационные меры", "Меры социальной поддержки"]);
    expect(plan.items.map((i) => [i.number, i.section])).toEqual([
      ["1.1", "1"],
      ["2.1", "2"],
      ["2.2", "2"],
    ]);
  });

  test("is kept, as the remark of the item above, not its name", () => {
    expect(plan.items[1].name).toBe("Выплата компенсации за наем жилья");
    expect(Object.values(plan.items[1].extra)).toEqual([NOTE]);
  });
});

describe("a note laid out in lines (a PDF's text): its next line", () => {
  const plan = structureOrFail(
    doc([
      HEADER,
      ["1. Меры социальной поддержки", "", "", "", ""],
      ["1.1.", "Выплата компенсации за наем жилья", "ежемесячно", "управление образования", "компенсация выплачена"],
      ["Примечание: мероприятия раздела 1 осуществляются в пределах бюджетных ассигнований,", "", "", "", ""],
      ["", "предусмотренных муниципальной программой", "", "", ""],
      ["1.2.", "Выплата единовременного пособия", "с 1 января 2031 г.", "управление образования", "пособие выплачено"],
    ]),
  );

  test("goes on with the note, not with the item's name", () => {
    expect(plan.items.map((i) => [i.number, i.name, i.section])).toEqual([
      ["1.1", "Выплата компенсации за наем жилья", "1"],
      ["1.2", "Выплата единовременного пособия", "1"],
    ]);
    expect(Object.values(plan.items[0].extra)).toEqual(["Примечание: мероприятия раздела 1 осуществляются в пределах бюджетных ассигнований, предусмотренных муниципальной программой"]);
  });
});

describe("a note row right under a section heading, before the section's first item", () => {
  const rows = (note: string[][]) => [
    HEADER,
    ["1. Меры социальной поддержки", "", "", "", ""],
    ...note,
    ["1.1.", "Выплата компенсации за наем жилья", "ежемесячно", "управление образования", "компенсация выплачена"],
    ["1.2.", "Выплата единовременного пособия", "с 1 января 2031 г.", "управление образования", "пособие выплачено"],
    ["2. Наставничество", "", "", "", ""],
    ["2.1.", "Закрепление наставников", "сентябрь 2030 г.", "руководители организаций", "приказ"],
  ];

  test("is the section's remark, carried by its first item: the heading stays the section's title", () => {
    const plan = structureOrFail(doc(rows([[NOTE, "", "", "", ""]])));
    expect(plan.sections.map((s) => s.title)).toEqual(["Меры социальной поддержки", "Наставничество"]);
    expect(plan.items.map((i) => [i.number, i.section, i.extra])).toEqual([
      ["1.1", "1", { "Примечание к разделу": NOTE }],
      ["1.2", "1", {}],
      ["2.1", "2", {}],
    ]);
    expect(plan.columns.extra).toEqual(["Примечание к разделу"]);
  });

  test("laid out in lines, its next line goes on with it", () => {
    const plan = structureOrFail(doc(rows([["Примечание: мероприятия раздела 1 осуществляются в пределах бюджетных ассигнований,", "", "", "", ""], ["", "предусмотренных муниципальной программой", "", "", ""]])));
    expect(plan.sections[0].title).toBe("Меры социальной поддержки");
    expect(plan.items[0].extra).toEqual({ "Примечание к разделу": "Примечание: мероприятия раздела 1 осуществляются в пределах бюджетных ассигнований, предусмотренных муниципальной программой" });
  });

  test("a heading's next line that is no note still continues the title", () => {
    const plan = structureOrFail(doc(rows([["и закреплению кадров", "", "", "", ""]])));
    expect(plan.sections[0].title).toBe("Меры социальной поддержки и закреплению кадров");
    expect(plan.items[0].extra).toEqual({});
  });

  test("under a heading with no item of its own, the note stays in the heading: nothing is lost", () => {
    const plan = structureOrFail(doc([HEADER, ["1. Меры социальной поддержки", "", "", "", ""], [NOTE, "", "", "", ""], ["2. Наставничество", "", "", "", ""], ["2.1.", "Закрепление наставников", "сентябрь 2030 г.", "руководители организаций", "приказ"]]));
    expect(plan.sections[0].title).toBe(`Меры социальной поддержки ${NOTE}`);
    expect(plan.items[0].extra).toEqual({});
  });
});
