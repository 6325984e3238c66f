import { isSplitSignOff, isWrappedSignOff } from "../../../../src/core/plan/lines/signOffLine";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../../helpers/seeds";
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

describe("isSplitSignOff: the head's position on one line, the name alone on the next", () => {
  test("a position with a capital over initials and a surname", () => {
    expect(isSplitSignOff("Начальник управления образования", "Н.Г. Сорокина")).toBe(true);
    expect(isSplitSignOff("Заместитель главы района по социальным вопросам", "Н.А. Ермолаева")).toBe(true);
  });

  test("not a position in lower case, a line that names already, or a name with more after it", () => {
    expect(isSplitSignOff("начальник отдела кадров", "Н.Г. Сорокина")).toBe(false);
    expect(isSplitSignOff("Начальник управления образования Н.Г. Сорокина", "И.И. Иванова")).toBe(false);
    expect(isSplitSignOff("Начальник управления образования", "Н.Г. Сорокина, тел. 2-14-35")).toBe(false);
  });
});

describe("the head's sign-off over two lines at the end of a plan in drawing order", () => {
  test("the position over the name alone, «Исполнитель: …» under it: no line of the last row, kept under the table", () =>
    expectEndingKept(drawnTwoItems(["Начальник управления образования", "Н.Г. Сорокина", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23"]), "Н.Г. Сорокина"));

  test("wrapped, the text's last lines: no line of the last row, kept under the table", () =>
    expectEndingKept(drawnTwoItems(["Начальник управления образования", "администрации Речного муниципального округа А.С. Воронцова", "1"]), "А.С. Воронцова"));

  test("the position over the name alone as the text's last lines may be the last row's narrow executors' cell: left to the row", () => {
    const plan = structureOrFail(readTextDocument(drawnTwoItems(["Начальник управления образования", "Н.Г. Сорокина"]), "plan.txt"));
    expect(plan.meta.signatureBlock).toEqual([]);
  });
});
