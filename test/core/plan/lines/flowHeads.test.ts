import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";

/** A text without layout as the text reader gives it: a text block per non-empty line, rows counted with the blanks. */
const rawText = (text: string): SourceDocument => ({
  name: "plan.txt",
  sheet: null,
  blocks: text.split("\n").flatMap((line, i) => (line.trim() ? [{ kind: "text" as const, row: i + 1, text: line }] : [])),
});

// pdftotext without layout of a sheet Calc printed with its cells centred vertically: each cell a flow parted by a
// blank line, and the number, set on the baseline of the name's middle line, inside the name's flow — alone on its
// line or before that line's words. The section's heading runs straight into the first row's name.
const PLAN = `План мероприятий по закреплению кадров на 2032 год
№

Мероприятие

Срок

Исполнитель

Ожидаемый результат

1. Организационное обеспечение
Подготовка изменений в положение о мерах
поддержки молодых специалистов
1.1
муниципальных общеобразовательных
организаций района

до 01.03.2032

Сорокина Л.В., начальник
юридического отдела

постановление администрации
о внесении изменений

Создание рабочей группы по вопросам кадрового
1.2 обеспечения общеобразовательных организаций
района и утверждение её состава

январь 2032 г.

Гаврилова Т.Н., заместитель
начальника управления

приказ о создании рабочей
группы

Заключение соглашений о сотрудничестве
1.3 с педагогическим колледжем
в сфере подготовки кадров

март 2032 г.

Управление образования

подписано не менее 2 соглашений
`;

describe("a number inside its name's flow (pdftotext without layout, cells centred vertically)", () => {
  const read = structurePlan(rawText(PLAN));
  if (!read.ok) throw new Error(read.failure.reason);
  const plan = read.plan;

  it("gives the flow's lines above the number to the number's row", () => {
    expect(plan.items.map((i) => i.name)).toEqual([
      "Подготовка изменений в положение о мерах поддержки молодых специалистов муниципальных общеобразовательных организаций района",
      "Создание рабочей группы по вопросам кадрового обеспечения общеобразовательных организаций района и утверждение её состава",
      "Заключение соглашений о сотрудничестве с педагогическим колледжем в сфере подготовки кадров",
    ]);
  });

  it("leaves them out of the section's title and the row above's result", () => {
    expect(plan.sections.map((s) => s.title)).toEqual(["Организационное обеспечение"]);
    expect(plan.items.map((i) => i.result)).toEqual(["постановление администрации о внесении изменений", "приказ о создании рабочей группы", "подписано не менее 2 соглашений"]);
    expect(plan.items.map((i) => i.deadline.text)).toEqual(["до 01.03.2032", "январь 2032 г.", "март 2032 г."]);
  });
});
