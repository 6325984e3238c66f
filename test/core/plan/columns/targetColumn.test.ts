import type { SourceDocument } from "../../../../src/core/grid";
import { makeGrid } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";

/** A plan's table with these captions over two items, the last column's cells «100 %» and «не менее 3». */
function planWith(captions: readonly string[]): SourceDocument {
  const items = [
    ["1", "Мониторинг вакансий", "ежемесячно", "Управление образования", "сводная таблица", "100 %"],
    ["2", "Анализ возрастного состава", "до 1 марта 2027 г.", "Иванова И.И.", "аналитический отчёт", "не менее 3"],
  ].map((cells) => cells.slice(0, captions.length - 1).concat(cells.slice(-1)));
  const rows = [[...captions], ...items].map((cells, i) => ({ cells, row: i + 1 }));
  return { name: "plan.xlsx", sheet: "План", blocks: [{ kind: "table", format: "sheet", grid: makeGrid(rows) }] };
}

const columnsOf = (captions: readonly string[]) => {
  const r = structurePlan(planWith(captions));
  if (!r.ok) throw new Error(r.failure.reason);
  return { result: r.plan.columns.result, extra: r.plan.columns.extra, cell: r.plan.items[0].result };
};

describe("a target's column («Показатель», «Индикатор»)", () => {
  test.each(["Показатель", "Индикатор", "Целевой индикатор", "Показатели эффективности"])("«%s» is the result column of a plan without a «Результат»", (caption) => {
    expect(columnsOf(["№", "Мероприятие", "Срок", "Ответственный", caption])).toEqual({ result: caption, extra: [], cell: "100 %" });
  });

  test.each(["Показатель", "Индикатор", "Целевой индикатор"])("beside «Ожидаемый результат», «%s» is an extra column", (caption) => {
    expect(columnsOf(["№", "Мероприятие", "Срок", "Ответственный", "Ожидаемый результат", caption])).toEqual({ result: "Ожидаемый результат", extra: [caption], cell: "сводная таблица" });
  });
});

describe("a deadline or executors' column named by its unit or by «кем»", () => {
  test.each(["Годы реализации", "Год реализации", "Год", "Месяц проведения", "Квартал"])("«%s» is the deadline column", (caption) => {
    const r = structurePlan(planWith(["№", "Мероприятие", caption, "Ответственный", "Результат"]));
    if (!r.ok) throw new Error(r.failure.reason);
    expect([r.plan.columns.deadline, r.plan.columns.extra, r.plan.items[1].deadline.text]).toEqual([caption, [], "до 1 марта 2027 г."]);
  });

  test("«Кем проводится» is the executors' column", () => {
    const r = structurePlan(planWith(["№", "Мероприятие", "Срок", "Кем проводится", "Результат"]));
    if (!r.ok) throw new Error(r.failure.reason);
    expect([r.plan.columns.responsible, r.plan.items[1].responsible.text]).toEqual(["Кем проводится", "Иванова И.И."]);
  });
});
