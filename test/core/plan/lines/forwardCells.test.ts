import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { paragraphColumn } from "../../../../src/core/plan/lines/forwardCells";

/** A text without layout as the text reader gives it: a text block per non-empty line, rows counted with the blanks. */
const rawText = (text: string): SourceDocument => ({
  name: "plan.txt",
  sheet: null,
  blocks: text.split("\n").flatMap((line, i) => (line.trim() ? [{ kind: "text" as const, row: i + 1, text: line }] : [])),
});

// pdftotext -raw of a LibreOffice table (lo-pdftotext-raw seed 3): row 1.2's cells are followed by the cells of rows
// 2.1 and 2.2, whose names (taller than their other cells) the flow gives after them, alone.
const PLAN = `План мероприятий по кадровому обеспечению на 2026 год

N п/п

Мероприятие

Ответственный исполнитель

Срок исполнения

Результат

1. Повышение профессионального мастерства
1.1

Формирование диагностики профессиональных дефицитов
учителей в общеобразовательных организациях района

О.С. Павлова, начальник отдела кадров

по мере необходимости

Сформирован банк данных

1.2

Реализация диагностики профессиональных дефицитов
учителей

МБОУ «СОШ № 3»

до 17 января

Заключено не менее 10 договоров о
целевом обучении

методист
МКУ «Центр развития образования»

к 24 сентября

Сформирован банк данных

Соколов А.В.

Ежемесячно

Информация на официальном сайте

2. Развитие системы наставничества
2.1

Мониторинг предложений по мерам социальной поддержки
педагогов по итогам учебного года

2.2

Организация и проведение работы муниципальных
методических объединений с участием представителей
профсоюзной организации

3. Работа с кадровым резервом
3.1

Проведение курсов повышения квалификации руководящих
работников

Соколов Т.И.

по запросу

Протокол заседания комиссии
`;

describe("a row's blocks past its columns, the next rows' cells printed before their names", () => {
  test("go forward to the rows that give their name alone, a run of columns a row", () => {
    const r = structurePlan(rawText(PLAN));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.number, it.name, it.responsible.text, it.deadline.text, it.result ?? ""])).toEqual([
      ["1.1", "Формирование диагностики профессиональных дефицитов учителей в общеобразовательных организациях района", "О.С. Павлова, начальник отдела кадров", "по мере необходимости", "Сформирован банк данных"],
      ["1.2", "Реализация диагностики профессиональных дефицитов учителей", "МБОУ «СОШ № 3»", "до 17 января", "Заключено не менее 10 договоров о целевом обучении"],
      ["2.1", "Мониторинг предложений по мерам социальной поддержки педагогов по итогам учебного года", "методист МКУ «Центр развития образования»", "к 24 сентября", "Сформирован банк данных"],
      ["2.2", "Организация и проведение работы муниципальных методических объединений с участием представителей профсоюзной организации", "Соколов А.В.", "Ежемесячно", "Информация на официальном сайте"],
      ["3.1", "Проведение курсов повышения квалификации руководящих работников", "Соколов Т.И.", "по запросу", "Протокол заседания комиссии"],
    ]);
  });

  test("where the runs are not as many as the rows that give their name alone, nothing moves and no word is lost", () => {
    // A third row giving its name alone: the two runs could be any two of the three rows' cells.
    const text = PLAN.replace("3. Работа с кадровым резервом\n", "2.3\n\nМониторинг вакансий в школах района\n\n3. Работа с кадровым резервом\n");
    const r = structurePlan(rawText(text));
    if (!r.ok) throw new Error(r.failure.reason);
    const item = (q: string) => r.plan.items.find((it) => it.number === q)!;
    expect(item("2.1").deadline.text).toBe("");
    const all = JSON.stringify(r.plan);
    for (const w of ["к 24 сентября", "Ежемесячно", "Информация на официальном сайте", "Мониторинг вакансий в школах района"]) expect(all).toContain(w);
  });

  test("a paragraph's column is the one it reads as clearly", () => {
    const columns = ["responsible", "deadline", "result"] as const;
    expect(paragraphColumn("к 24 сентября", columns)).toBe("deadline");
    expect(paragraphColumn("Информация на официальном сайте", columns)).toBe("result");
    expect(paragraphColumn("методист МКУ «Центр развития образования»", columns)).toBe("responsible");
  });
});
