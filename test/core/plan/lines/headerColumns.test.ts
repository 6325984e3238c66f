import { headerColumns } from "../../../../src/core/plan/lines/headerColumns";
import type { PlanKey } from "../../../../src/core/plan/columns/columnCatalogue";

const named = (...keys: PlanKey[]) => new Set<PlanKey>(keys);
const captions = (lines: string[], count: number, keys: Set<PlanKey>) => headerColumns(lines, count, keys)?.map((c) => `${c.key ?? "extra"}:${c.caption}`);

describe("the header's columns from its lines and the column numbers under it", () => {
  test("a caption no catalogue names is an extra column, not the end of the caption before it", () => {
    expect(captions(["N п/п", "Сроки реализации", "Содержание работы", "Примечания", "Ответственный исполнитель", "Результаты"], 6, named("number", "deadline", "name", "responsible", "result"))).toEqual([
      "number:N п/п",
      "deadline:Сроки реализации",
      "name:Содержание работы",
      "extra:Примечания",
      "responsible:Ответственный исполнитель",
      "result:Результаты",
    ]);
  });

  test("second lines of wrapped captions come after every first line, each on the caption that asks for it", () => {
    // «Источники» / «Ответственные» wrap: a genitive noun goes on a noun, the nominative on the adjective.
    const lines = ["№", "Мероприятие", "Источники", "Ответственные", "Срок", "Отметка о", "финансирования", "исполнители", "выполнении"];
    expect(captions(lines, 6, named("number", "name", "responsible", "deadline"))).toEqual([
      "number:№",
      "name:Мероприятие",
      "extra:Источники финансирования",
      "responsible:Ответственные исполнители",
      "deadline:Срок",
      "extra:Отметка о выполнении",
    ]);
  });

  test("a weak «Показатель» beside a plain «Результат» is an extra column", () => {
    expect(captions(["№", "Мероприятие", "Целевой показатель", "Срок", "Результат"], 5, named("number", "name", "deadline", "result"))).toEqual([
      "number:№",
      "name:Мероприятие",
      "extra:Целевой показатель",
      "deadline:Срок",
      "result:Результат",
    ]);
  });

  test("lines that disagree with the count or the keys found give no columns", () => {
    expect(headerColumns(["№", "Мероприятие", "Срок"], 4, named("number", "name", "deadline"))).toBeNull();
    expect(headerColumns(["№", "Мероприятие", "Срок", "Исполнитель"], 4, named("number", "name", "deadline"))).toBeNull();
  });
});
