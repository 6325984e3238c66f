import { signOffAmidFlows } from "../../../../src/core/plan/lines/signOffLine";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";
import { blankParted } from "./blankParted";
import { DRAWN_HEADER } from "./drawnTwoItems";

const amid = (lines: readonly string[], i = 0) => {
  const { texts, parted } = blankParted(lines);
  return signOffAmidFlows(texts, i, parted);
};

describe("signOffAmidFlows: the head's sign-off between the last page's rows and its later columns' blocks", () => {
  test("the position, and the name alone set apart from it by a blank line", () => {
    expect(amid(["Начальник управления образования", "", "И.С. Воронина", "", "по мере поступления заявлений"])).toBe(2);
    expect(amid(["Заместитель главы района по социальным вопросам", "", "Н.А. Ермолаева"])).toBe(2);
  });

  test("a position wrapped onto a second line, a blank to sign on between position and name", () => {
    expect(amid(["Заместитель главы администрации района", "по социальным вопросам", "", "Е.П. Шубина"])).toBe(3);
    expect(amid(["Начальник управления образования", "", "____________", "", "В.А. Шевченко"])).toBe(3);
  });

  test("a narrow executors' cell: the position over the name in one block, no blank line between", () => {
    expect(amid(["Заместитель начальника", "И.И. Иванова", "", "март 2027 г."])).toBe(0);
    expect(amid(["Начальник управления образования", "И.С. Воронина"])).toBe(0);
  });

  test("no head's position with a capital, a name surname first or with more after it, a sign-off on one line", () => {
    expect(amid(["начальник отдела кадров", "", "Н.Г. Сорокина"])).toBe(0);
    expect(amid(["Управление образования", "", "Н.Г. Сорокина"])).toBe(0);
    expect(amid(["Начальник отдела образования", "", "Сидорова Н.В."])).toBe(0);
    expect(amid(["Начальник отдела образования", "", "Н.В. Сидорова, тел. 2-14-35"])).toBe(0);
    expect(amid(["Начальник управления образования И.С. Воронина", "", "март 2027 г."])).toBe(0);
  });
});

/**
 * A plan as pdftotext without -layout gives a Writer print whose deadline column comes as a block after the page's
 * rows: number, name, executors and result row by row, then the sign-off typed under the table (the name pushed right
 * by spaces, a block of its own), then the deadlines.
 */
const FLOWS = [
  ...DRAWN_HEADER,
  "1. Семинар для молодых",
  "учителей района",
  "",
  "Заместитель начальника управления Н.С. Лаптева",
  "",
  "программа семинара",
  "",
  "2. Отчёт о выполнении",
  "плана",
  "",
  "Управление образования",
  "",
  "отчёт направлен главе",
  "округа",
  "",
  "Начальник управления образования",
  "",
  "Н.Г. Сорокина",
  "",
  "март 2027 г.",
  "",
  "декабрь 2027 г.",
].join("\n");

describe("a sign-off amid the last page's flows in pdftotext's text without layout", () => {
  const plan = structureOrFail(readTextDocument(FLOWS, "plan.raw.txt"));

  test("signs the plan: kept whole under the table, in no row", () => {
    expect(plan.meta.signatureBlock.slice(0, 2)).toEqual(["Начальник управления образования", "Н.Г. Сорокина"]);
    expect(plan.items.map((i) => i.result)).toEqual(["программа семинара", "отчёт направлен главе округа"]);
    expect(lostWords(FLOWS, plan)).toEqual([]);
  });

  test("the deadlines' block after it goes back to the rows", () => {
    expect(plan.items.map((i) => i.deadline.text)).toEqual(["март 2027 г.", "декабрь 2027 г."]);
  });
});

/**
 * The executors' column as a block under its caption after the page's rows: a position with a capital in one row's
 * cell and a name alone in the next row's, each a block of its own, read as a sign-off would take both rows' executors.
 */
const EXECUTORS_BLOCK = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Наименование мероприятия",
  "Срок",
  "Ожидаемый результат",
  "1. Семинар для молодых",
  "учителей района",
  "",
  "март 2027 г.",
  "",
  "программа семинара",
  "",
  "2. Отчёт о выполнении",
  "плана",
  "",
  "декабрь 2027 г.",
  "",
  "отчёт направлен главе",
  "округа",
  "",
  "Ответственный исполнитель",
  "",
  "Начальник отдела образования",
  "",
  "Н.Г. Сорокина",
].join("\n");

describe("an executors' block under its caption after the last page's rows", () => {
  test("a position and a name alone in it are the rows' executors, no sign-off", () => {
    const plan = structureOrFail(readTextDocument(EXECUTORS_BLOCK, "plan.raw.txt"));
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Начальник отдела образования", "Н.Г. Сорокина"]);
  });
});
