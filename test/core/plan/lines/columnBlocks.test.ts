import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";

/** A text without layout as the text reader gives it: a text block per non-empty line, rows counted with the blanks. */
const rawText = (text: string): SourceDocument => ({
  name: "plan.txt",
  sheet: null,
  blocks: text.split("\n").flatMap((line, i) => (line.trim() ? [{ kind: "text" as const, row: i + 1, text: line }] : [])),
});

// The page's first columns and the signature, as pdftotext gives them before the column printed as a block.
const TABLE_AND_SIGNATURE = `№ п/п
Мероприятие
Исполнитель
1.1.
Разработка программы наставничества
Орлов Б.Б.
1.2.
Проведение семинара для молодых педагогов
Лебедева А.А.
1.3.
Мониторинг вакансий в школах района
Гусев А.А.
Начальник управления образования ____________ Н.Г. Сорокина
`;

// pdftotext gives a column Writer laid out as a flow of its own after the page's other columns, under its caption.
const PLAN = `${TABLE_AND_SIGNATURE}
Срок

в течение года

май 2026 г.

до 1 сентября 2026 г.
`;

describe("a column printed as a block after the table", () => {
  test("its cells go back to the rows in order", () => {
    const r = structurePlan(rawText(PLAN));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.name, it.responsible.text, it.deadline.text])).toEqual([
      ["Разработка программы наставничества", "Орлов Б.Б.", "в течение года"],
      ["Проведение семинара для молодых педагогов", "Лебедева А.А.", "май 2026 г."],
      ["Мониторинг вакансий в школах района", "Гусев А.А.", "до 1 сентября 2026 г."],
    ]);
    expect(r.plan.meta.signatureBlock.join(" ")).toContain("Сорокина");
  });

  test("a row whose own lines give its deadline keeps it; a block that does not fit the rows stays text", () => {
    const own = PLAN.replace("Орлов Б.Б.\n", "Орлов Б.Б.\nмарт 2026 г.\n");
    const r = structurePlan(rawText(own));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items[0].deadline.text).toBe("март 2026 г.");
    // Three cells for the two rows without a deadline: nothing is given back, no text is lost.
    const words = JSON.stringify(r.plan);
    for (const w of ["в течение года", "май 2026 г.", "до 1 сентября 2026 г."]) expect(words).toContain(w);
  });
});

// A block after the signatures as Writer's print of a Word table gives it: the caption wrapped over two lines, an
// «Исп.» line signing the plan, deadlines broken where the column was narrow, and no blank line between the cells.
const WRAPPED = `${TABLE_AND_SIGNATURE}Исп. Петрова Л.М., 8 (38557) 2-20-41

Сроки
реализации
ежемесячно до 10
числа
первая декада
октября
до 25 декабря
2025 года
`;

describe("a deadline block after the table, its cells wrapped", () => {
  test("the caption's second line, the «Исп.» line and the deadlines' wrapped ends go nowhere else", () => {
    const r = structurePlan(rawText(WRAPPED));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.deadline.text.replace(/\s+/g, " "), it.deadline.kind])).toEqual([
      ["ежемесячно до 10 числа", "recurring"],
      ["первая декада октября", "period"],
      ["до 25 декабря 2025 года", "date"],
    ]);
    expect(r.plan.meta.signatureBlock.join(" ")).toContain("Исп. Петрова Л.М.");
    expect(JSON.stringify(r.plan)).toContain("реализации");
  });
});
