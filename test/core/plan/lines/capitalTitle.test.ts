import { isCapitalTitle } from "../../../../src/core/plan/lines/capitalTitle";

describe("a title set in capitals", () => {
  test.each([
    [["ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ РЕЗУЛЬТАТИВНОСТИ РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ"]],
    [['СВЕДЕНИЯ О ЦЕЛЕВЫХ ПОКАЗАТЕЛЯХ (ИНДИКАТОРАХ) ПЛАНА МЕРОПРИЯТИЙ ("ДОРОЖНОЙ КАРТЫ")']],
    [["ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ", "РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ НА 2029 - 2031 ГОДЫ"]],
  ])("%j", (lines) => expect(isCapitalTitle(lines)).toBe(true));

  test.each([
    // A cell's abbreviations in capitals.
    [['ГАУ ДПО "ИРО"']],
    [["МБОУ СОШ N 2, ГБПОУ"]],
    // Text in lower case, or begun in capitals only.
    [["Показатели реализации плана мероприятий"]],
    [["ПРОТОКОЛ заседания комиссии"]],
    [["2026 - 2027"]],
  ])("not %j", (lines) => expect(isCapitalTitle(lines)).toBe(false));
});
