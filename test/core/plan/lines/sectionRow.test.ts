import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { segmentRows } from "../../../../src/core/plan/lines/segmentRows";
import { sectionRow } from "../../../../src/core/plan/lines/sectionRow";

/** A text without layout as the text reader gives it: a text block per non-empty line, rows counted with the blanks. */
const rawText = (text: string): SourceDocument => ({
  name: "plan.txt",
  sheet: null,
  blocks: text.split("\n").flatMap((line, i) => (line.trim() ? [{ kind: "text" as const, row: i + 1, text: line }] : [])),
});

// Section rows numbered in the № column («1», no dot) with the title in the name column, as pdftotext without
// -layout gives a Writer table: every cell its own run of lines, cells parted by blank lines.
const PLAN = `№
п/п

Наименование мероприятия

Ответственный исполнитель

Срок исполнения

1

Анализ кадровой ситуации

1.1

Мониторинг вакансий в школах
района

Гусев А.А.

ежемесячно

1.2

Анкетирование молодых педагогов

Лебедева А.А.

май 2027 г.

2

Привлечение педагогических
кадров

2.1

Заключение договоров о целевом
обучении

Орлов Б.Б.

до 1 сентября 2027 г.

Начальник управления образования ____________ Н.Г. Сорокина
`;

describe("a section numbered in the № column, its title beside the number", () => {
  test("is a section, and the items under it keep their own names", () => {
    const r = structurePlan(rawText(PLAN));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Анализ кадровой ситуации"],
      ["2", "Привлечение педагогических кадров"],
    ]);
    expect(r.plan.items.map((it) => [it.number, it.section, it.name, it.responsible.text, it.deadline.text])).toEqual([
      ["1.1", "1", "Мониторинг вакансий в школах района", "Гусев А.А.", "ежемесячно"],
      ["1.2", "1", "Анкетирование молодых педагогов", "Лебедева А.А.", "май 2027 г."],
      ["2.1", "2", "Заключение договоров о целевом обучении", "Орлов Б.Б.", "до 1 сентября 2027 г."],
    ]);
  });

  test("its number goes to the number column and its title to the name column, wherever they stand", () => {
    const lines = ["1 Анализ", "кадровой ситуации", "1.1 Мониторинг", "2. Привлечение кадров", "2.1 Семинар", "I. Общие", "1. Форум", "2. Курсы"].map((text, i) => ({ row: i + 1, text }));
    const seg = segmentRows(lines, 0, [])!;
    const rows = seg.segments.filter((s) => s.kind === "section").map((s) => sectionRow(s, ["name", "number", "deadline"], 1).cells);
    // A Roman number is a heading without doubt: it stays as printed, in one cell.
    expect(rows).toEqual([["Анализ кадровой ситуации", "1", ""], ["Привлечение кадров", "2.", ""], ["I. Общие"]]);
  });
});

// pdftotext gives a Writer table cell by cell in an order of its own: cells of the rows above (a deadline, executors)
// can come between a section's number and its title.
const STRAY = `№ п/п

Наименование мероприятия

Ответственный исполнитель

Срок исполнения

1.1.

Мониторинг вакансий в школах
района

Гусев А.А.

ежемесячно

2.

в течение всего
периода

Управление
образования

Профессиональное развитие
педагогов

2.1.

Курсы повышения квалификации

Орлов Б.Б.

май 2027 г.
`;

describe("cells of other rows printed between a section's number and its title", () => {
  test("the title is the section's; the cells go to the row above, not lost", () => {
    const r = structurePlan(rawText(STRAY));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => [s.number, s.title])).toEqual([["2", "Профессиональное развитие педагогов"]]);
    expect(r.plan.items.map((it) => it.number)).toEqual(["1.1", "2.1"]);
    const above = JSON.stringify(r.plan.items[0]);
    for (const w of ["в течение всего периода", "Управление образования"]) expect(above).toContain(w);
    expect(r.plan.items[1].name).toBe("Курсы повышения квалификации");
  });

  test("lines before the title that read as no item's cell stay with the section", () => {
    const wrapped = structurePlan(rawText(STRAY.replace("в течение всего\nпериода\n\nУправление\nобразования\n\n", "Кадры и\n\n")));
    if (!wrapped.ok) throw new Error(wrapped.failure.reason);
    expect(wrapped.plan.sections[0].title).toBe("Кадры и Профессиональное развитие педагогов");
    expect(wrapped.plan.items[0].responsible.text).toBe("Гусев А.А.");
  });
});
