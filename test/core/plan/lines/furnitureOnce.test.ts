import type { Block, SourceDocument } from "../../../../src/core/grid";
import { recoverLineTable } from "../../../../src/core/plan/lines/recoverFromLines";
import { structurePlan } from "../../../../src/core/plan/structurePlan";

// A PDF's raw text in column A, laid out as a two-page plan prints it: the first page's numbers stand alone above the
// section heading and their texts (no line of theirs is a row's own), the header and column numbers again on the
// second page. Rows of only a number hold none of the lines after them.
const TEXTS = [
  "План мероприятий на 2029–2031 годы",
  "№", "п/п", "Наименование мероприятия", "Ответственные", "исполнители", "Срок", "реализации", "1", "2", "3", "4",
  "1.1.", "1.2.", "1.3.", "Источник", "финансирования", "5",
  "Направление 1. Анализ потребности в кадрах",
  "Проведение ежегодного мониторинга", "начальник отдела ежегодно, до 1", "кадрового состава школ кадровой политики", "октября",
  "Формирование прогноза потребности", "Министерство образования", "IV квартал 2029 г.",
  "Ведение банка вакансий", "Центр оценки", "постоянно",
  "6",
  "№", "п/п", "Наименование мероприятия", "Ответственные", "исполнители", "Срок", "реализации", "1", "2", "3", "4", "Источник", "финансирования", "5", "6",
  "Направление 2. Подготовка молодых педагогов",
  "2.1.", "Заключение договоров о целевом обучении", "Министерство образования", "2029–2031 годы",
  "2.2.", "Выплата молодым специалистам", "Министерство образования", "ежегодно",
  "7",
];
const lines = TEXTS.map((text, i) => ({ row: i + 1, text }));
const rowsOf = (b: Block): number[] => (b.kind === "text" ? [b.row] : b.grid.rows.map((r) => r.row));

describe("recoverLineTable: the page furniture inside the rows is given once, where it stands", () => {
  it("gives every page number and column number once, in the source's order, where a row has no line of its own", () => {
    const table = recoverLineTable(lines);
    expect(table).not.toBeNull();
    const texts = table!.blocks.flatMap((b) => (b.kind === "text" ? [b.row] : []));
    expect(new Set(texts).size).toBe(texts.length);
    const order = table!.blocks.flatMap(rowsOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("reads the plan of both pages as one table", () => {
    const sheet: SourceDocument = { name: "план.xlsx", sheet: "Лист1", blocks: [{ kind: "table", format: "sheet", grid: { rows: lines.map((l) => ({ row: l.row, cells: [l.text] })), merges: [] } }] };
    const result = structurePlan(sheet);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.items.map((it) => it.number)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2"]);
    // Nothing is given twice: each source row is dropped at most once.
    const dropped = result.plan.dropped.map((d) => d.row);
    expect(new Set(dropped).size).toBe(dropped.length);
  });
});
