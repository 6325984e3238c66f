import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { continuation, opensWithTitle } from "../../../../src/core/plan/lines/continuesLine";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

describe("a title in quotes at the head of a line", () => {
  test("opens no executors' cell, and names the noun on the line before", () => {
    expect(opensWithTitle("«Первые шаги»")).toBe(true);
    expect(opensWithTitle("МБУ «ИМЦ»")).toBe(false);
    expect(continuation("школы молодого педагога", "«Первые шаги»")).toBeGreaterThan(0);
    // After a position the quotes open another party's name, not the position's title.
    expect(continuation("Соколова Е.В., методист", "«Педагогический дебют»")).toBeLessThan(0);
  });
});

/**
 * A plan in drawing order whose names end with a title in quotes on a line of their own, the executors' cell a body's
 * legal form and its name in quotes: the title is the name's, never the executors' first line.
 */
const TITLED = [
  "План мероприятий на 2028 год",
  "№",
  "п/п",
  "Наименование мероприятия",
  "Ответственный исполнитель",
  "Ожидаемый результат",
  "Срок",
  "1. Проведение муниципальной",
  "школы молодого педагога",
  "«Первые шаги»",
  "МБУ",
  "«Информационно-",
  "методический",
  "центр»",
  "проведено 2",
  "сессии",
  "1 раз в",
  "полугодие",
  "2. Организация работы клуба",
  "молодых педагогов",
  "«Перспектива»",
  "Управление",
  "образования",
  "план работы клуба",
  "в течение года",
].join("\n");

describe("a name ending with a title in quotes, in drawing order", () => {
  const plan = structureOrFail(readTextDocument(TITLED, "plan.txt"));

  test("keeps the title in the name", () => {
    expect(plan.items.map((i) => i.name)).toEqual(["Проведение муниципальной школы молодого педагога «Первые шаги»", "Организация работы клуба молодых педагогов «Перспектива»"]);
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["МБУ «Информационно-методический центр»", "Управление образования"]);
    expect(lostWords(TITLED, plan)).toEqual([]);
  });
});
