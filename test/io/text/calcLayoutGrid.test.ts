import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A month grid over two years as `pdftotext -layout` prints a workbook laid out for print by Calc (the corpus's
 * schedule-2y-lo-pdftotext-layout shape): the text columns before the grid, a blank line or two between most rows but
 * none where a row of one line follows another or under a section's row, one mark a row in each month. The grid's
 * 24 columns step from row to row only, twice as often as the text columns step within their cells.
 */
const at = (parts: readonly (readonly [number, string])[]) => parts.reduce((line, [col, text]) => line.padEnd(col) + text, "");
const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const GRID = 70;
const monthAt = (k: number) => GRID + 9 * k;
const marks = (months: readonly number[]) => months.map((m) => [monthAt(m - 1) + 3, "х"] as const);
/** Marked in every month of both years. */
const ALL = Array.from({ length: 24 }, (_, k) => k + 1);
const RESULT = GRID + 9 * 24 + 2;
const row = (number: string, name: string, who: string, months: readonly number[], result: string) => at([[1, number], [8, name], [45, who], ...marks(months), [RESULT, result]]);
const wrap = (name: string, who = "", result = "") => at([[8, name], [45, who], [RESULT, result]]);

const TEXT = [
  "План мероприятий по кадровому обеспечению на 2026–2027 годы",
  "",
  at([[GRID + 50, "2026 год"], [GRID + 158, "2027 год"]]),
  at([[1, "N п/п"], [8, "Мероприятие"], [45, "Ответственный исполнитель"], [RESULT, "Результат"]]),
  at([...MONTHS, ...MONTHS].map((m, k) => [monthAt(k), m] as const)),
  "1. Повышение профессионального мастерства",
  row("1.1", "Формирование диагностики", "Павлова О.С.", ALL, "Банк данных"),
  wrap("профессиональных дефицитов", "директор ЦРО"),
  "",
  "",
  row("1.2", "Актуализация работы", "образовательные", [10, 11, 12, 13], "План-график"),
  wrap("методических объединений", "организации"),
  "",
  row("1.3", "Проведение курсов", "Соколов Т.И.", [10, 11, 12, 13, 14], "Протокол"),
  wrap("повышения квалификации"),
  row("1.4", "Целевое обучение выпускников", "Морозова И.Г.", [24], "Приказ"),
  "2. Развитие системы наставничества",
  row("2.1", "Мониторинг предложений", "методист", ALL, "Банк данных"),
  wrap("по мерам поддержки", "ЦРО"),
  "",
  "",
  row("2.2", "Мониторинг аттестации", "РМО", ALL, "Информация"),
  wrap("педагогических работников"),
].join("\n");

test("a section's row right over its first item, and rows with no blank line between, are rows of their own", () => {
  const plan = structureOrFail(readTextDocument(TEXT, "calc-grid.layout.txt"));
  expect(plan.sections.map((s) => s.title)).toEqual(["Повышение профессионального мастерства", "Развитие системы наставничества"]);
  expect(plan.items.map((i) => [i.number, i.name, i.deadline.start, i.deadline.end])).toEqual([
    ["1.1", "Формирование диагностики профессиональных дефицитов", "2026-01-01", "2027-12-31"],
    ["1.2", "Актуализация работы методических объединений", "2026-10-01", "2027-01-31"],
    ["1.3", "Проведение курсов повышения квалификации", "2026-10-01", "2027-02-28"],
    ["1.4", "Целевое обучение выпускников", "2027-12-01", "2027-12-31"],
    ["2.1", "Мониторинг предложений по мерам поддержки", "2026-01-01", "2027-12-31"],
    ["2.2", "Мониторинг аттестации педагогических работников", "2026-01-01", "2027-12-31"],
  ]);
  expect(plan.items.map((i) => i.responsible.text)).toEqual(["Павлова О.С. директор ЦРО", "образовательные организации", "Соколов Т.И.", "Морозова И.Г.", "методист ЦРО", "РМО"]);
});

/**
 * Quarters over two years in the same print: Calc sets the header's rows as tall as their tallest cell («III» over
 * «квартал») and centres the other cells in theirs, so `pdftotext -layout` leaves a blank line between the years'
 * captions (on the line of the text columns' names) and the quarters under them, «I квартал» on one line between
 * «III» and its «квартал».
 */
test("the quarters a blank line under their years are the header's, not a row", () => {
  const Q = [80, 92, 104, 116, 128, 140, 152, 164];
  const qMarks = (quarters: readonly number[]) => quarters.map((q) => [Q[q - 1] + 4, "●"] as const);
  const item = (number: string, name: string, result: string, quarters: readonly number[], who: string) => at([[1, number], [8, name], [50, result], ...qMarks(quarters), [178, who]]);
  const text = [
    "План работы по развитию кадрового потенциала на 2026–2027 годы",
    "",
    at([[1, "№ п/п"], [8, "Содержание работы"], [50, "Результаты"], [Q[1] + 3, "2026 год"], [Q[5] + 3, "2027 год"], [178, "Исполнитель"]]),
    "",
    at([[Q[2] + 3, "III"], [Q[3] + 4, "IV"], [Q[6] + 3, "III"], [Q[7] + 4, "IV"]]),
    at([[Q[0], "I квартал"], [Q[1], "II квартал"], [Q[4], "I квартал"], [Q[5], "II квартал"]]),
    at([[Q[2] + 1, "квартал"], [Q[3] + 1, "квартал"], [Q[6] + 1, "квартал"], [Q[7] + 1, "квартал"]]),
    "Цель 1. Информационное сопровождение",
    item("1.1", "Проведение семинаров", "Приказ", [2], "Лебедев Л.А."),
    wrap("по итогам учебного года"),
    "",
    item("1.2", "Проведение аттестации", "Протокол", [3, 4, 5], "ДОО"),
    item("1.3", "Реализация курсов", "Справка", [1, 2, 3, 4, 5, 6, 7, 8], "РМО"),
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "calc-quarters.layout.txt"));
  expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
    ["1.1", "period", "2026-04-01", "2026-06-30", null],
    ["1.2", "period", "2026-07-01", "2027-03-31", null],
    ["1.3", "recurring", "2026-01-01", "2027-12-31", "quarter"],
  ]);
  expect(plan.columns.extra).toEqual([2026, 2027].flatMap((y) => ["I", "II", "III", "IV"].map((q) => `${y} год ${q} квартал`)));
});

/**
 * Months over two years where the text columns' names are centred higher than the grid's rows: the years on a line
 * of their own under them, then a blank line and the months.
 */
test("a line of years alone under the columns' names is the header's", () => {
  const text = [
    "План мероприятий по кадровому обеспечению на 2027–2028 годы",
    "",
    at([[1, "№ п/п"], [8, "Мероприятие"], [45, "Ответственный исполнитель"], [RESULT, "Результат"]]),
    at([[GRID + 50, "2027 г."], [GRID + 158, "2028 г."]]),
    "",
    at([...MONTHS, ...MONTHS].map((m, k) => [monthAt(k), m] as const)),
    "1. Меры социальной поддержки педагогов",
    row("1.1", "Актуализация целевого обучения", "МКУ «ЦРО»", [2, 14], "План"),
    wrap("выпускников"),
    "",
    row("1.2", "Конкурс «Педагог года»", "ОО", [1, 2, 3], "Приказ"),
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "calc-years-apart.layout.txt"));
  expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
    ["1.1", "recurring", "2027-01-01", "2028-12-31", "year"],
    ["1.2", "period", "2027-01-01", "2027-03-31", null],
  ]);
  expect(plan.items.map((i) => i.responsible.text)).toEqual(["МКУ «ЦРО»", "ОО"]);
});

/**
 * The header repeated on page 2 with the caption over the years a blank line above it, as on page 1 (Calc repeats
 * the header's rows on every page and centres the text columns' names down them): the caption at the page's top is
 * the page's head, not the end of the row page 1 ended with.
 */
test("a line above a page's header repeat goes on with no row", () => {
  const header = [
    at([[GRID + 100, "Сроки исполнения"]]),
    "",
    at([[1, "N п/п"], [8, "Мероприятие"], [45, "Ответственный исполнитель"], [GRID + 50, "2026 год"], [GRID + 158, "2027 год"], [RESULT, "Результат"]]),
    at([...MONTHS, ...MONTHS].map((m, k) => [monthAt(k), m] as const)),
  ];
  const text = [
    "План мероприятий по кадровому обеспечению на 2026–2027 годы",
    "",
    ...header,
    "1. Меры социальной поддержки педагогов",
    row("1.1", "Актуализация целевого обучения", "МКУ «ЦРО»", [2, 14], "План"),
    wrap("выпускников"),
    "",
    row("1.2", "Конкурс «Педагог года»", "ОО", [1, 2, 3], "Приказ"),
    wrap("муниципальный этап"),
    "",
    row("1.3", "Семинары наставников", "ИМЦ", [5, 17], "Справка"),
    wrap("для молодых педагогов", "РМО"),
    "",
    row("1.4", "Обновление базы вакансий", "УО", ALL, "База данных"),
    wrap("образовательных организаций"),
    "",
    at([[GRID + 100, "1"]]),
    `\f${header[0]}`,
    ...header.slice(1),
    row("1.5", "Мониторинг аттестации", "РМО", [24], "Справка"),
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "calc-pages.layout.txt"));
  expect(plan.items.map((i) => [i.number, i.name, i.deadline.start, i.deadline.end])).toEqual([
    ["1.1", "Актуализация целевого обучения выпускников", "2026-01-01", "2027-12-31"],
    ["1.2", "Конкурс «Педагог года» муниципальный этап", "2026-01-01", "2026-03-31"],
    ["1.3", "Семинары наставников для молодых педагогов", "2026-01-01", "2027-12-31"],
    ["1.4", "Обновление базы вакансий образовательных организаций", "2026-01-01", "2027-12-31"],
    ["1.5", "Мониторинг аттестации", "2027-12-01", "2027-12-31"],
  ]);
  expect(plan.dropped.filter((d) => d.text === "Сроки исполнения").map((d) => d.reason)).toContain("page_furniture");
});
