import { isAmendmentRemark } from "../../../../src/core/plan/structure/numbering";
import { structureOrFail } from "../../../helpers/seeds";
import { HEADER, tableOf as doc } from "./rowsOverTable";

/**
 * Legal reference systems print, under every row of a table an amendment changed, a row of their own in one cell
 * over the table: «(п. 2.2 в ред. Постановления … от 17.06.2029 N 388-п)». It is the item's remark, as one printed in
 * its number cell is: neither its name nor a heading.
 */
const AMENDED = "(п. 1.1 в ред. Постановления Правительства Заволжской области от 17.06.2029 N 388-п)";

describe("an amendment's row under an item", () => {
  const plan = structureOrFail(
    doc([
      HEADER,
      ["1. Организационные меры", "", "", "", ""],
      ["1.1.", "Создание рабочей группы", "до 1 марта 2029 г.", "министерство образования", "приказ"],
      [AMENDED, "", "", "", ""],
      ["1.2.", "Мониторинг вакансий", "ежемесячно", "ГАУ ДПО \"ЗИРО\"", "сведения о вакансиях"],
    ]),
  );

  test("is the item's remark, not its name", () => {
    expect(plan.items.map((i) => [i.number, i.name])).toEqual([
      ["1.1", "Создание рабочей группы"],
      ["1.2", "Мониторинг вакансий"],
    ]);
    expect(Object.values(plan.items[0].extra)).toEqual([AMENDED]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Организационные меры"]);
  });

  test.each([
    [AMENDED, true],
    ["(в ред. Постановления Правительства области от 17.06.2029 N 388-п)", true],
    ["(строка введена Постановлением Правительства области от 17.06.2029 N 388-п)", true],
    ["(п. 4.2 введен Постановлением Правительства области от 17.06.2029 N 388-п)", true],
    // a name's or a deadline's own bracket is no remark
    ["(по согласованию)", false],
    ["(в редакции)", false],
    ["(в ред. от 14.03.2033) и далее по тексту", false],
  ])("«%s» is a remark: %s", (text, remark) => {
    expect(isAmendmentRemark(text)).toBe(remark);
  });
});
