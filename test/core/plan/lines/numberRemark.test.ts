import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { numberRemark } from "../../../../src/core/plan/lines/numberRemark";

/** A text without layout as the text reader gives it: one text block per line. */
const rawText = (lines: readonly string[]): SourceDocument => ({ name: "plan.txt", sheet: null, blocks: lines.map((text, i) => ({ kind: "text" as const, row: i + 1, text })) });

describe("a remark printed in the № cell under the number, in text without cells", () => {
  test("«(в ред. от …)» under the number is the number's remark, not the name's first words", () => {
    // A browser's print of an amended plan's page (ozyorsky-2033 raw text): the № cell «1.3.» over «(в ред. от» /
    // «14.03.2033)», drawn before the name's cell.
    const doc = rawText([
      "№ п/п", "Наименование", "мероприятия", "Ответственный", "исполнитель", "Срок", "исполнения",
      "1. Организационные меры",
      "1.1.", "Создание рабочей", "группы", "Управление", "образования", "не позднее", "01.04.2033",
      "1.2.", "(в ред. от", "14.03.2033)", "Актуализация банка", "данных о вакансиях", "Управление", "образования", "ежемесячно,", "до 5 числа",
      "1.3. (в ред. от 14.03.2033)", "Подготовка", "предложений", "Финансовое", "управление", "II полугодие", "2033 г.",
    ]);
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.number, it.name, it.extra["Примечание к номеру"]])).toEqual([
      ["1.1", "Создание рабочей группы", undefined],
      ["1.2", "Актуализация банка данных о вакансиях", "(в ред. от 14.03.2033)"],
      ["1.3", "Подготовка предложений", "(в ред. от 14.03.2033)"],
    ]);
  });
});

describe("a bracket under a number that names no amendment", () => {
  test("is the piece of a cell it is, not the number's remark («(ежеквартально)» of a centred row's deadline)", () => {
    const lines = ["1.", "(ежеквартально)", "Формирование кадрового резерва"].map((text, row) => ({ row, text }));
    expect(numberRemark(lines, 0, null, lines.length)).toBeNull();
  });
});
