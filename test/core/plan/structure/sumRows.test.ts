import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "fs";
import { join } from "path";
import { planToJson } from "../../../../src/core/plan/planJson";
import { planSheet, sourceRowsSheet } from "../../../../src/core/plan/planSheets";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords, planEssence } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";
import { sheetSpecToDocument } from "../../../helpers/sheetSpecToDocument";

const ajv = new Ajv2020({ allErrors: true });
const validatePlanJson = ajv.compile(JSON.parse(readFileSync(join(__dirname, "../../../../contract/plan.schema.json"), "utf8")));

/** A programme's «План реализации» as a pipe table: a goal, subprogrammes, group rows with sums, sum rows. */
const PROGRAMME = [
  "План реализации муниципальной программы на 2031–2033 годы",
  "",
  "| № п/п | Наименование мероприятия | Ответственный исполнитель | Срок реализации | Источник финансирования | Объём финансирования, тыс. руб. | Ожидаемый результат |",
  "|---|---|---|---|---|---|---|",
  "| Цель: обеспечение школ округа педагогическими кадрами | | | | | | |",
  "| Подпрограмма 1. Привлечение педагогов | | | | | | |",
  "| 1.1 | Целевая подготовка учителей | | | | 1 296,0 | |",
  "| 1.1.1 | Заключение договоров о целевом обучении | Управление образования | 2031–2033 | без финансирования | – | заключено 15 договоров |",
  "| 1.1.2 | Выплата стипендии студентам-целевикам | Управление образования | 01.09.2031 – 31.12.2033 | местный бюджет | 1 296,0 | стипендию получают 12 студентов |",
  "| 1.2 | Меры социальной поддержки | | | | 312,5 | |",
  "| 1.2.1 | Компенсация проезда педагогам отдалённых посёлков | Управление образования | 2032 год | местный бюджет | 312,5 | компенсацию получают 25 педагогов |",
  "| Итого по подпрограмме 1 | | | | | 1 608,5 | |",
  "| Подпрограмма 2. Профессиональное развитие | | | | | | |",
  "| 2.1 | Итоговая конференция молодых педагогов | МКУ «ГИМЦ» | декабрь 2031 г. | местный бюджет | 96,0 | проведена конференция |",
  "| Итого по подпрограмме 2 | | | | | 96,0 | |",
  "| Всего по муниципальной программе, в том числе: | | | | | 1 704,5 | |",
  "| | | | | местный бюджет | 1 704,5 | |",
].join("\n");

function structured() {
  return structureOrFail(readTextDocument(PROGRAMME, "programme.md"));
}

describe("sum rows and group sums of a programme's plan", () => {
  test("«Итого» rows are no items and glue to none; their sums are kept beside the plan", () => {
    const plan = structured();
    expect(plan.items.map((it) => [it.number, it.name, it.extra["Объём финансирования, тыс. руб."]])).toEqual([
      ["1.1.1", "Заключение договоров о целевом обучении", "–"],
      ["1.1.2", "Выплата стипендии студентам-целевикам", "1 296,0"],
      ["1.2.1", "Компенсация проезда педагогам отдалённых посёлков", "312,5"],
      // «Итоговая» opens a name: an item, not a sum row.
      ["2.1", "Итоговая конференция молодых педагогов", "96,0"],
    ]);
    const totals = plan.meta.totals.filter((t) => t.section === undefined);
    expect(totals.map((t) => [t.label, t.values])).toEqual([
      ["Итого по подпрограмме 1", { "Объём финансирования, тыс. руб.": "1 608,5" }],
      ["Итого по подпрограмме 2", { "Объём финансирования, тыс. руб.": "96,0" }],
      // The breakdown row under «Всего, в том числе:» belongs to it.
      ["Всего по муниципальной программе, в том числе:", { "Объём финансирования, тыс. руб.": "1 704,5\n1 704,5", "Источник финансирования": "местный бюджет" }],
    ]);
  });

  test("group rows with only a sum are headings of their items, their sums kept with their number", () => {
    const plan = structured();
    expect(plan.sections.map((s) => [s.number, s.level ?? 1])).toEqual([
      [null, 1],
      ["1", 2],
      ["1.1", 3],
      ["1.2", 3],
      ["2", 2],
    ]);
    expect(plan.items.map((it) => it.section)).toEqual(["1.1", "1.1", "1.2", "2"]);
    expect(plan.meta.totals.filter((t) => t.section !== undefined).map((t) => [t.section, t.label, t.values["Объём финансирования, тыс. руб."]])).toEqual([
      ["1.1", "Целевая подготовка учителей", "1 296,0"],
      ["1.2", "Меры социальной поддержки", "312,5"],
    ]);
  });

  test("no word of the source is lost, the sums are listed among the source rows, the JSON keeps the contract", () => {
    const plan = structured();
    expect(lostWords(PROGRAMME, plan)).toEqual([]);
    const roles = sourceRowsSheet(plan).rows.slice(1).map((r) => [r[1].value, r[3].value]);
    expect(roles.filter(([role]) => role !== undefined && JSON.stringify(role).includes("итоговая строка"))).toHaveLength(5);
    const json = planToJson(plan);
    expect(validatePlanJson(json)).toBe(true);
  });

  test("the plan sheet structured again gives the same items", () => {
    const plan = structured();
    expect(planEssence(structureOrFail(sheetSpecToDocument(planSheet(plan))))).toEqual(planEssence(plan));
  });

  test("a row opening with «Итого» that holds a deadline or an executor stays an item's row", () => {
    const text = [
      "| № | Мероприятие | Срок | Ответственный |",
      "|---|---|---|---|",
      "| 1 | Мониторинг вакансий | ежемесячно | Управление образования |",
      "| 2 | Совещание руководителей | | |",
      "| | Итого за год: доклад на совещании | декабрь | Иванова О.П. |",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.md"));
    expect(plan.meta.totals).toEqual([]);
    expect(plan.items).toHaveLength(2);
  });
});

test("a name continued after a page break with «в том числе …» stays the item's", () => {
  const text = [
    "| № | Мероприятие | Срок | Ответственный |",
    "|---|---|---|---|",
    "| 1 | Повышение квалификации педагогов, | в течение года | Управление образования |",
    "| | в том числе молодых специалистов | | |",
    "| 2 | Мониторинг вакансий | ежемесячно | Управление образования |",
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.md"));
  expect(plan.meta.totals).toEqual([]);
  expect(plan.items[0].name).toBe("Повышение квалификации педагогов, в том числе молодых специалистов");
});

test("text in drawing order: a line opening with «Итого» / «Всего» is a sum row of its own, not the last item's lines", () => {
  const file = join(__dirname, "../../../fixtures/plans/official/gornozavodsky-2031.stream.txt");
  const plan = structureOrFail(readTextDocument(readFileSync(file, "utf8"), "gornozavodsky-2031.stream.txt"));
  const glued = plan.items.filter((it) => /Итого по подпрограмме|Всего по муниципальной/.test([it.name, it.responsible.text, it.deadline.text, it.result, ...Object.values(it.extra)].join(" ")));
  expect(glued.map((it) => it.number)).toEqual([]);
  expect(plan.meta.totals.map((t) => t.label)).toEqual([
    "Итого по подпрограмме 1 5 808,5",
    "Итого по подпрограмме 2 2 743,6",
    "Итого по подпрограмме 3 123,3",
    "Всего по муниципальной программе 8 675,4",
  ]);
});

test("a web page's table copied one cell per line: amounts open no row, sum rows and column numbers stay apart", () => {
  const cellsText = [
    "№ п/п |", "Мероприятие |", "Исполнитель |", "Срок |", "Объём финансирования, тыс. руб. |",
    "1 |", "2 |", "3 |", "4 |", "5 |",
    "Раздел 1. Наставничество |",
    "1.1 |", "Семинары для молодых специалистов |", "директор МКУ «ЦРО» |", "ежемесячно до 5 числа |", "350,0 |",
    "1.2 |", "Мониторинг вакансий |", "Управление образования |", "ежеквартально |", "1 648,2 |",
    " |", "Итого по разделу 1: |", " |", " |", "1 998,2 |",
    "Раздел 2. Поддержка |",
    "2.1 |", "Выплата подъёмных молодым педагогам |", "Управление образования |", "в течение года |", "2 400,0 |",
  ].join("\n");
  const plan = structureOrFail(readTextDocument(cellsText, "web.txt"));
  expect(plan.items.map((it) => [it.number, it.name, it.deadline.text, it.extra["Объём финансирования, тыс. руб."]])).toEqual([
    ["1.1", "Семинары для молодых специалистов", "ежемесячно до 5 числа", "350,0"],
    ["1.2", "Мониторинг вакансий", "ежеквартально", "1 648,2"],
    ["2.1", "Выплата подъёмных молодым педагогам", "в течение года", "2 400,0"],
  ]);
  expect(plan.meta.totals.map((t) => [t.label, t.values])).toEqual([["Итого по разделу 1:", { "Объём финансирования, тыс. руб.": "1 998,2" }]]);
  expect(plan.sections.map((s) => s.title)).toEqual(["Раздел 1. Наставничество", "Раздел 2. Поддержка"]);
});

test("a sum row whose amount stands before its label (the money column before the name) is still a sum row", () => {
  const text = [
    "| № | Срок | Объём финансирования, тыс. руб. | Мероприятие | Ответственный |",
    "|---|---|---|---|---|",
    "| 1.1 | 2031 год | 2 464,0 | Подготовка базы данных вакансий | Новикова А.В. |",
    "| | | 20 303,0 | Итого по разделу 1: | |",
    "| 2.1 | 2032 год | 331,3 | Семинары методических объединений | Волкова Л.А. |",
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.md"));
  expect(plan.items.map((it) => [it.number, it.name, it.extra["Объём финансирования, тыс. руб."]])).toEqual([
    ["1.1", "Подготовка базы данных вакансий", "2 464,0"],
    ["2.1", "Семинары методических объединений", "331,3"],
  ]);
  expect(plan.meta.totals).toEqual([{ row: 4, label: "Итого по разделу 1:", values: { "Объём финансирования, тыс. руб.": "20 303,0" } }]);
});

test("a sum label cut at the edge of the № column («Итого» | «по разделу 1:») is one label, not an item numbered «Итого»", () => {
  const text = [
    "| № | Мероприятие | Ответственный | Срок | Объём финансирования, тыс. руб. |",
    "|---|---|---|---|---|",
    "| 1.1 | Семинары для молодых специалистов | директор МКУ «ЦРО» | ежемесячно | 350,0 |",
    "| Итого | по разделу 1: | | | 350,0 |",
    "| 2.1 | Выплата подъёмных молодым педагогам | Управление образования | в течение года | 2 400,0 |",
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.md"));
  expect(plan.items.map((it) => it.number)).toEqual(["1.1", "2.1"]);
  expect(plan.meta.totals).toEqual([{ row: 4, label: "Итого по разделу 1:", values: { "Объём финансирования, тыс. руб.": "350,0" } }]);
});
