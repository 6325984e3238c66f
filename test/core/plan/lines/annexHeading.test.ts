import { isAnnexHeading } from "../../../../src/core/plan/lines/annexHeading";
import { drawnTwoItems, expectEndingKept } from "./drawnTwoItems";

describe("isAnnexHeading", () => {
  test("reads the heading of an act's annex, its number alone or with its act, on its line or the next", () => {
    expect(isAnnexHeading("Приложение N 3")).toBe(true);
    expect(isAnnexHeading("ПРИЛОЖЕНИЕ № 2")).toBe(true);
    expect(isAnnexHeading("Приложение 2 к приказу Управления образования от 14.01.2025 № 12")).toBe(true);
    expect(isAnnexHeading("Приложение", "к постановлению администрации района")).toBe(true);
    expect(isAnnexHeading("Приложение № 1 к муниципальной программе")).toBe(true);
  });

  test("reads no cell of a plan that names an annex", () => {
    expect(isAnnexHeading("Приложение к отчёту о реализации плана")).toBe(false);
    expect(isAnnexHeading("Приложение", "методические рекомендации")).toBe(false);
    expect(isAnnexHeading("Приложения к протоколу заседания")).toBe(false);
    expect(isAnnexHeading("приложение N 3 к протоколу заседания")).toBe(false);
    expect(isAnnexHeading("Приложенные документы")).toBe(false);
  });
});

/** A whole act's text in drawing order (pdftotext -raw, pdf.js): the next annex, its rows numbered too, after the plan's last row. */
const ACT = drawnTwoItems([
  "Приложение N 3", "к постановлению", "администрации округа", "от 12.01.2027 N 5", "ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ",
  "N п/п", "Наименование показателя", "Единица измерения", "2027 год", "1.", "Укомплектованность кадрами", "процентов", "96,5", "2.", "Доля молодых педагогов", "процентов", "21,0",
]);

describe("the next annex under a plan in drawing order", () => {
  test("ends the table: no row of it nor line of its heading is the plan's, and it is kept under the table", () => expectEndingKept(ACT, "Приложение N 3 к постановлению"));
});
