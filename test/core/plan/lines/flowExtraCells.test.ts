import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";

/** A text without layout as the text reader gives it: a text block per non-empty line, rows counted with the blanks. */
const rawText = (text: string): SourceDocument => ({
  name: "plan.txt",
  sheet: null,
  blocks: text.split("\n").flatMap((line, i) => (line.trim() ? [{ kind: "text" as const, row: i + 1, text: line }] : [])),
});

// pdftotext without -layout of a table Writer printed: each caption and each column number parted from the next by a
// blank line, and each row's cells as flows, far columns one after another.
const HEADER = `№
п/п

Мероприятие

Срок

Ответственный
исполнитель

Источник
финансирования

1

2

3

4

5
`;

const ROWS_AS_FLOWS = `${HEADER}
1.1.
Разработка программы наставничества

в течение года

Орлов Б.Б.

не требуется

1.2.
Проведение семинара для молодых педагогов

май 2026 г.

Лебедева А.А.

местный бюджет

1.3.
Мониторинг вакансий в школах района

до 1 сентября 2026 г.

Гусев А.А.

не требуется
`;

const read = (text: string) => {
  const r = structurePlan(rawText(text));
  if (!r.ok) throw new Error(r.failure.reason);
  return r.plan;
};

describe("extra columns in rows given as flows (pdftotext without layout)", () => {
  test("the header keeps the extra column by its caption", () => {
    const plan = read(ROWS_AS_FLOWS);
    expect(plan.columns.extra).toEqual(["Источник финансирования"]);
    expect(plan.items).toHaveLength(3);
  });

  test("an extra cell that is a flow of its own is the extra column's, not the executors'", () => {
    const plan = read(ROWS_AS_FLOWS);
    expect(plan.items.map((it) => [it.name, it.deadline.text, it.responsible.text, it.extra["Источник финансирования"]])).toEqual([
      ["Разработка программы наставничества", "в течение года", "Орлов Б.Б.", "не требуется"],
      ["Проведение семинара для молодых педагогов", "май 2026 г.", "Лебедева А.А.", "местный бюджет"],
      ["Мониторинг вакансий в школах района", "до 1 сентября 2026 г.", "Гусев А.А.", "не требуется"],
    ]);
  });

  test("a narrow extra column's lines interleaved with the name's, its words broken at the edge, are its own", () => {
    // Name and source of funding stand close: one flow, read baseline by baseline; the funding's words broken
    // without a hyphen («муниципаль» / «ного»).
    const header = HEADER.replace("Мероприятие\n\nСрок\n\nОтветственный\nисполнитель\n\nИсточник\nфинансирования", "Мероприятие\n\nИсточник\nфинансирования\n\nСрок\n\nОтветственный\nисполнитель");
    const plan = read(`${header}
1.1.
Разработка программы
средства
наставничества для
муниципаль
молодых педагогов
ного
школ района
бюджета

в течение года

Орлов Б.Б.

1.2.
Проведение семинара для
не требуется
молодых педагогов

май 2026 г.

Лебедева А.А.

1.3.
Мониторинг вакансий в
средства
школах района
муниципаль
ного
бюджета

до 1 сентября 2026 г.

Гусев А.А.
`);
    expect(plan.items.map((it) => [it.name, it.deadline.text, it.responsible.text, it.extra["Источник финансирования"]])).toEqual([
      ["Разработка программы наставничества для молодых педагогов школ района", "в течение года", "Орлов Б.Б.", "средства муниципального бюджета"],
      ["Проведение семинара для молодых педагогов", "май 2026 г.", "Лебедева А.А.", "не требуется"],
      ["Мониторинг вакансий в школах района", "до 1 сентября 2026 г.", "Гусев А.А.", "средства муниципального бюджета"],
    ]);
    // The joined word is noted with the pieces it was printed as.
    expect((plan.items[0].notes ?? []).map((n) => n.text).join(" ")).toContain("муниципаль ного");
  });

  test("an extra column the header's own lines caption, the later columns' captions over their blocks after the rows", () => {
    // Writer's narrow deadline, name and source of funding are one flow; the executors and the results come as blocks
    // after the page's rows under their captions, and the column numbers count only the columns the header's lines
    // caption.
    const plan = read(`N п/п

Сроки
реализации

Содержание работы

Источники
финансиро
вания
1
2
3
4
Раздел 1. Работа с кадрами
1.1.
не позднее
Разработка и утверждение
средства
30.01.2026
программы наставничества
муниципаль
в школах района
ного
бюджета
1.2.
Ежемесячно
Мониторинг вакансий
местный
педагогических работников
бюджет
1.3.
в течение года
Проведение семинаров
не
для молодых педагогов
требуется

Ответственный
исполнитель
5
Павлова Т.И., методист

УО

Новикова А.В.

Результаты
6
Приказ управления

Информация на сайте

Протокол заседания
`);
    expect(plan.columns.extra).toEqual(["Источники финансирования"]);
    expect(plan.items.map((it) => [it.name, it.deadline.text, it.responsible.text, it.result, it.extra["Источники финансирования"]])).toEqual([
      ["Разработка и утверждение программы наставничества в школах района", "не позднее 30.01.2026", "Павлова Т.И., методист", "Приказ управления", "средства муниципального бюджета"],
      ["Мониторинг вакансий педагогических работников", "Ежемесячно", "УО", "Информация на сайте", "местный бюджет"],
      ["Проведение семинаров для молодых педагогов", "в течение года", "Новикова А.В.", "Протокол заседания", "не требуется"],
    ]);
  });

  test("a row too long to be read every way is read by its flows: its extra cell is taken too", () => {
    // Kedrovy's 1.2 as pdftotext gives it: the narrow deadline's lines interleaved with a long name's (one flow of
    // eleven lines), then the executors, the source of funding and the result, each a flow of its own; nineteen lines
    // in five columns are more readings than a row is ranked by, its four flows leave a few dozen.
    const plan = read(`№
п/п

Мероприятие

Срок
реализации

Исполнитель

Источник
финансирования

Планируемый
результат

1

2

3

4

5

6

1.1. Ведение реестра
ежемесячно
вакансий

Управление
образования

не требуется

реестр
актуален

1.2. Прогноз
до 1 апреля
потребности в
2027 г.
педагогических
кадрах на три года
с учётом
возрастного
состава и
планируемого
выбытия

Управление
образования,
руководители
образовательных
организаций

не требуется

прогноз
утверждён

1.3. Анкетирование
март
выпускников

Методический
центр

бюджет района

анкеты
собраны

1.4. Конкурс
май
педагогов

Управление
образования

бюджет района

конкурс
проведён
`);
    const item = plan.items[1];
    expect([item.name, item.deadline.text, item.responsible.text, item.extra["Источник финансирования"], item.result]).toEqual([
      "Прогноз потребности в педагогических кадрах на три года с учётом возрастного состава и планируемого выбытия",
      "до 1 апреля 2027 г.",
      "Управление образования, руководители образовательных организаций",
      "не требуется",
      "прогноз утверждён",
    ]);
  });
});
