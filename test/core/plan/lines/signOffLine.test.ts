import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { isWrappedSignOff } from "../../../../src/core/plan/lines/signOffLine";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

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
const SIGNED = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Наименование мероприятия",
  "Ответственный исполнитель",
  "Срок",
  "Ожидаемый результат",
  "1. Семинар для молодых",
  "учителей района",
  "Заместитель начальника управления Н.С. Лаптева",
  "март 2027 г.",
  "программа семинара",
  "2. Отчёт о выполнении",
  "плана",
  "Управление образования",
  "декабрь 2027 г.",
  "отчёт направлен главе",
  "округа",
  "Начальник Управления образования",
  "администрации Сосногорского муниципального округа А.С. Лыткин",
  "Исп. Рочева Т.А.",
  "8 (82149) 5-43-21",
].join("\n");

describe("a sign-off wrapped over two lines under a plan in drawing order", () => {
  const plan = structureOrFail(readTextDocument(SIGNED, "plan.txt"));

  test("is no line of the last row, and is kept under the table", () => {
    expect(plan.items.map((i) => i.result)).toEqual(["программа семинара", "отчёт направлен главе округа"]);
    expect(plan.meta.signatureBlock.join(" ")).toContain("А.С. Лыткин");
    expect(lostWords(SIGNED, plan)).toEqual([]);
  });
});
