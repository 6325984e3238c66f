import { agreesWith, wrappedValue } from "../../../../src/core/plan/lines/extraValueWraps";

const refs = (texts: string[]) => texts.map((text, index) => ({ index, text }));
const value = (texts: string[], j: number, skip: number) => wrappedValue(refs(texts), j, { skip, width: 20, taken: new Set() }).map((r) => r.text);

describe("an extra value's wrapped lines in a row copied with the mouse", () => {
  // A row's first lines (name, executors, deadline, source, sum, result), then the second lines, then the third.
  const row = ["Разработка и утверждение базы данных", "руководители", "в течение года", "в рамках текущего", "–", "Приказ управления", "вакантных должностей", "образовательных", "финансирования", "образования", "работников", "организаций"];

  test("the value goes on in the line of its case and number after the first lines of the cells right of it", () => {
    expect(value(row, 3, 1)).toEqual(["в рамках текущего", "финансирования"]);
  });

  test("a sum or a dash is the whole cell", () => {
    expect(value(row, 4, 1)).toEqual(["–"]);
  });

  test("a source of funding opened by «средства» goes on to its noun", () => {
    const funds = ["Актуализация работы муниципальных", "ОО", "Информация на", "средства", "5 745,0", "ежемесячно", "методических объединений", "официальном сайте", "муниципального", "семинаров", "бюджета"];
    expect(value(funds, 3, 1)).toEqual(["средства", "муниципального", "бюджета"]);
  });

  test("no deadline and no line wider than the column carries a value on", () => {
    expect(value(["в рамках текущего", "январь 2027 года", "квалификации руководящих работников"], 0, 0)).toEqual(["в рамках текущего"]);
  });

  test("an adjective is carried on in its case and number", () => {
    expect(agreesWith("в рамках текущего", "финансирования")).toBe(true);
    expect(agreesWith("в рамках текущего", "образовательных")).toBe(false);
    expect(agreesWith("средства муниципального", "семинаров")).toBe(false);
    expect(agreesWith("для педагогических", "работников")).toBe(true);
  });
});
