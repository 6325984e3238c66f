import { isAnnexHeading } from "../../../../src/core/plan/lines/annexHeading";

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
