import { isWrappedSignOff } from "../../../../src/core/plan/lines/signOffLine";
import { drawnTwoItems, expectEndingKept } from "./drawnTwoItems";

describe("isWrappedSignOff: the head's sign-off wrapped over two lines", () => {
  test("the long position on the first line, its end and the name on the second", () => {
    expect(isWrappedSignOff("Начальник управления образования", "администрации Речного муниципального округа А.С. Воронцова")).toBe(true);
    expect(isWrappedSignOff("Заместитель главы администрации района", "по социальным вопросам Е.П. Шубина")).toBe(true);
  });

  test("a narrow executors' cell puts the name alone under the position, or the surname first", () => {
    expect(isWrappedSignOff("Заместитель начальника", "И.И. Иванова")).toBe(false);
    expect(isWrappedSignOff("Начальник управления", "образования Шевченко В.А.")).toBe(false);
    expect(isWrappedSignOff("начальник отдела", "кадров О.В. Кузнецова")).toBe(false);
  });
});

/** A plan in drawing order signed by the head on two lines, the document's executor and phone under it. */
const SIGNED = drawnTwoItems(["Начальник Управления образования", "администрации Сосногорского муниципального округа А.С. Лыткин", "Исп. Рочева Т.А.", "8 (82149) 5-43-21"]);

describe("a sign-off wrapped over two lines under a plan in drawing order", () => {
  test("is no line of the last row, and is kept under the table", () => expectEndingKept(SIGNED, "А.С. Лыткин"));
});
