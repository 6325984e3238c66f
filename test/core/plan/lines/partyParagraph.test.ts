import { namesPartyFirst } from "../../../../src/core/plan/lines/partyParagraph";

describe("namesPartyFirst", () => {
  test("a paragraph naming a body, a position or a person from its first word, in lower case too", () => {
    for (const p of ["министерство строительства и жилищно-коммунального хозяйства области", "органы местного самоуправления (по согласованию)", 'ГАУ ДПО "ЗИРО"', "заместитель начальника управления", "Иванова И.И., методист", "общеобразовательные организации"]) {
      expect([p, namesPartyFirst(p)]).toEqual([p, true]);
    }
  });

  test("not a result, a deadline or an item's name that names a body", () => {
    for (const p of ["открыто не менее 12 классов", "министерству представлен доклад", "проект плана мероприятий на 2032 - 2034 годы", "декабрь 2031 г.", "Организация и проведение семинаров", "Приказ управления образования", "аналитическая справка"]) {
      expect([p, namesPartyFirst(p)]).toEqual([p, false]);
    }
  });
});
