import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A Word plan saved as text by Writer («Файл → Сохранить как → Текст»): a line per cell paragraph, an empty line per
 * empty cell (and per caption merged down, under the header's second row), nothing between cells or rows.
 */
const WRITER_TEXT = [
  "План мероприятий по кадровому обеспечению образовательных организаций на 2027–2028 годы",
  "№ п/п",
  "Наименование мероприятия",
  "Ответственные исполнители",
  "Срок реализации",
  "Источник финансирования",
  "Объём финансирования, тыс. руб.",
  "Ожидаемый результат",
  "",
  "",
  "",
  "начала",
  "окончания",
  "",
  "",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "Раздел 1. Привлечение педагогов",
  "1.1.",
  "Выплата единовременного пособия молодым специалистам",
  "Управление образования,",
  "руководители общеобразовательных организаций",
  "январь 2027 г.",
  "декабрь 2028 г.",
  "областной бюджет",
  "местный бюджет",
  "1 620,0",
  "180,0",
  "не менее 10 выплат ежегодно",
  "1.2.",
  "Мониторинг вакансий педагогических работников",
  "МКУ «Информационно-методический центр»",
  "ежемесячно",
  "не требуется",
  "–",
  "банк вакансий на сайте",
  "1.3.",
  "Заключение договоров о целевом обучении",
  "Управление образования",
  "март 2027 г.",
  "май 2027 г.",
  "не требуется",
  "–",
  "",
  "Наставничество",
  "1.4.",
  "Закрепление наставников за молодыми педагогами",
  "Руководители общеобразовательных организаций",
  "сентябрь 2027 г.",
  "октябрь 2027 г.",
  "не требуется",
  "–",
  "приказы о наставничестве",
  "1.5.",
  "Семинар для наставников",
  "МКУ «Информационно-методический центр»",
  "II квартал 2027 г.",
  "III квартал 2027 г.",
  "местный бюджет",
  "45,0",
  "проведено не менее 2 семинаров",
  "",
  "Начальник управления образования Т.В. Мальцева",
].join("\n");

const read = (text: string) => structureOrFail(readTextDocument(text, "plan.txt"));

describe("a Word table saved as text: a line per paragraph, an empty line per empty cell", () => {
  test("cells of several paragraphs, uncatalogued columns, a deadline merged over its start and end, a title between rows", () => {
    const plan = read(WRITER_TEXT);
    expect(plan.meta.format).toBe("paragraphs");
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.kind, i.deadline.start, i.deadline.end, i.result])).toEqual([
      ["1.1", "Выплата единовременного пособия молодым специалистам", "Управление образования,\nруководители общеобразовательных организаций", "period", "2027-01-01", "2028-12-31", "не менее 10 выплат ежегодно"],
      ["1.2", "Мониторинг вакансий педагогических работников", "МКУ «Информационно-методический центр»", "recurring", "2027-01-01", "2028-12-31", "банк вакансий на сайте"],
      ["1.3", "Заключение договоров о целевом обучении", "Управление образования", "period", "2027-03-01", "2027-05-31", ""],
      ["1.4", "Закрепление наставников за молодыми педагогами", "Руководители общеобразовательных организаций", "period", "2027-09-01", "2027-10-31", "приказы о наставничестве"],
      ["1.5", "Семинар для наставников", "МКУ «Информационно-методический центр»", "period", "2027-04-01", "2027-09-30", "проведено не менее 2 семинаров"],
    ]);
    // Two sources of funding and their two sums stay in their own columns, a paragraph each.
    const funding = (extra: Readonly<Record<string, string>>) => Object.entries(extra).filter(([k]) => /финансирования/.test(k)).map(([, v]) => v.replace(/\s+/g, " "));
    expect(plan.items.map((i) => funding(i.extra))).toEqual([
      ["областной бюджет местный бюджет", "1 620,0 180,0"],
      ["не требуется", "–"],
      ["не требуется", "–"],
      ["не требуется", "–"],
      ["местный бюджет", "45,0"],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(expect.arrayContaining(["Наставничество"]));
    expect(plan.items[3].section).not.toBe(plan.items[2].section);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Мальцева/);
    expect(lostWords(WRITER_TEXT, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("one cell per line with the empty cells left out (a page copied) is not read so: its rows fall short", () => {
    const copied = WRITER_TEXT.split("\n").filter((l) => l.trim() !== "").join("\n");
    expect(read(copied).meta.format).not.toBe("paragraphs");
  });

  test("an executors' cell merged down over the items that share it: the rows under it an empty line, the cell taken from above with a note", () => {
    const row = (n: number, executors: string) => [`${n}.`, `Мероприятие номер ${n} по кадровому обеспечению`, `до ${n} марта 2027 г.`, executors, `отчёт ${n}`];
    const text = [
      "№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители", "Ожидаемый результат",
      ...row(1, "Управление образования"), ...row(2, "МКУ «Методический центр»"), ...row(3, "Комитет финансов"),
      ...row(4, "Управление образования"), ...row(5, ""), ...row(6, ""), ...row(7, "Руководители ОО"), ...row(8, "Отдел кадров"),
      "", "Начальник управления образования Т.В. Мальцева",
    ].join("\n");
    const plan = read(text);
    expect(plan.meta.format).toBe("paragraphs");
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Управление образования", "МКУ «Методический центр»", "Комитет финансов", "Управление образования", "Управление образования", "Управление образования", "Руководители ОО", "Отдел кадров"]);
    expect(plan.items.map((i) => i.notes?.some((n) => n.code === "merged_continuation") ?? false)).toEqual([false, false, false, false, true, true, false, false]);
  });
});

/** A Writer text table «№ | Наименование | Срок | Исполнители | Результат» over its column numbers, then the signature. */
function writerTable(rows: readonly (readonly string[])[], after: readonly string[] = ["", "Начальник управления образования Т.В. Мальцева"]): string {
  return [
    "План мероприятий по кадровому обеспечению образовательных организаций округа на 2030–2032 годы",
    "№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители", "Ожидаемый результат",
    "1", "2", "3", "4", "5",
    ...rows.flat(),
    ...after,
  ].join("\n");
}

const ROWS = [
  ["1.", "Мониторинг потребности в педагогических кадрах", "до 1 марта 2030 г.", "Управление образования", "аналитическая справка"],
  ["2.", "Заключение договоров о целевом обучении", "ежегодно, до 1 октября", "Руководители ОО", "не менее 8 договоров"],
  ["3.", "Совещание руководителей по кадровым вопросам", "1 раз в полугодие", "МКУ «Методический центр»", ""],
  ["4.", "Конкурс профессионального мастерства", "2030–2032 гг.", "Комитет финансов", "проведено 3 конкурса"],
];

describe("a Writer text row's cells told apart by their words", () => {
  test("a result's list item that says how often it comes true («… ежегодно;») stays in the result, under its deadline", () => {
    const row = ["5.", "Компенсация расходов на наём жилья педагогам", "Администрация округа", "Управление образования", "2030–2032 гг.", "- компенсацию получают не менее 5 педагогов ежегодно;", "- не менее 80 % педагогов продолжают работу"];
    // Executors before the deadline here: the columns in rechnoy's order.
    const text = writerTable([...ROWS.map((r) => [r[0], r[1], r[3], r[2], r[4]]), row]).replace("Срок исполнения\nОтветственные исполнители", "Ответственные исполнители\nСрок исполнения");
    const plan = read(text);
    expect(plan.meta.format).toBe("paragraphs");
    const item = plan.items[4];
    expect([item.responsible.text, item.deadline.text, item.result]).toEqual([
      "Администрация округа\nУправление образования",
      "2030–2032 гг.",
      "- компенсацию получают не менее 5 педагогов ежегодно;\n- не менее 80 % педагогов продолжают работу",
    ]);
  });

  test("a body's members («члены рабочей группы») are an executor's paragraph, not the result's first line", () => {
    const row = ["5.", "Рассмотрение хода реализации плана на заседаниях рабочей группы", "1 раз в полугодие", "Управление образования", "члены рабочей группы", "протоколы заседаний рабочей группы"];
    const plan = read(writerTable([...ROWS, row]));
    expect(plan.meta.format).toBe("paragraphs");
    expect([plan.items[4].responsible.text, plan.items[4].result]).toEqual(["Управление образования\nчлены рабочей группы", "протоколы заседаний рабочей группы"]);
  });

  test("an empty cell after a cell of several paragraphs, the row's last cell after it: the table goes on to the next section", () => {
    const text = [
      "План мероприятий по кадровому обеспечению системы образования города Каменска на 2025 год",
      "№ п/п", "Мероприятие", "Исполнитель", "Срок исполнения", "Примечание", "Результаты",
      "1", "2", "3", "4", "5", "6",
      "1. Выявление кадровых потребностей",
      "1.1", "Разработка базы данных вакантных должностей", "ДОО", "ежемесячно до 5 числа", "при необходимости", "Информация на официальном сайте",
      "1.2", "Реализация кадрового резерва руководителей", "ДОО", "23.05.2025", "", "Заключено не менее 10 договоров",
      "1.3", "Мониторинг базы данных вакантных должностей", "начальник отдела кадров", "ЦРО", "ведущий инспектор", "еженедельно", "", "Доля педагогов, прошедших обучение, не менее 70 %",
      "Раздел 2. Аттестация педагогических работников",
      "2.1.", "Информационное сопровождение курсов повышения квалификации", "Территориальная аттестационная комиссия", "по мере необходимости", "при необходимости", "Проведено не менее 4 семинаров",
      "",
      "Начальник управления образования ____________ Н.Г. Сорокина",
    ].join("\n");
    const plan = read(text);
    expect(plan.meta.format).toBe("paragraphs");
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1.1", "ДОО", "ежемесячно до 5 числа", "Информация на официальном сайте"],
      ["1.2", "ДОО", "23.05.2025", "Заключено не менее 10 договоров"],
      ["1.3", "начальник отдела кадров\nЦРО\nведущий инспектор", "еженедельно", "Доля педагогов, прошедших обучение, не менее 70 %"],
      ["2.1", "Территориальная аттестационная комиссия", "по мере необходимости", "Проведено не менее 4 семинаров"],
    ]);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Сорокина/);
  });

  test("the last row's empty last cell before the signatures: its two executors stay executors, the result empty", () => {
    const row = ["5.", "Конкурс «Педагог года»", "октябрь 2030 г.", "Отдел кадров", "Комитет финансов", ""];
    for (const after of [["", "Начальник управления образования Т.В. Мальцева"], ["", "", "Начальник управления образования", "Т.В. Мальцева"], []]) {
      const plan = read(writerTable([...ROWS, row], after));
      expect(plan.meta.format).toBe("paragraphs");
      expect([plan.items[4].responsible.text, plan.items[4].result, plan.items[4].notes ?? []]).toEqual(["Отдел кадров\nКомитет финансов", "", []]);
    }
  });
});

describe("the head's sign-off right under a Writer text's table, no empty paragraph between", () => {
  // WRITER_TEXT without the empty paragraph before its sign-off: the last row has all its cells before it.
  const under = (...end: string[]) => [...WRITER_TEXT.split("\n").slice(0, -2), ...end].join("\n");
  test.each([
    ["on one line", ["Начальник управления образования Т.В. Мальцева"]],
    ["on one line, spaces before the name, «Исп. …» under it", ["Начальник управления образования                И.П. Крылова", "Исп. Рочева Т.А."]],
    ["wrapped over two lines", ["Начальник управления образования администрации", "Горнозаводского муниципального округа\tТ.В. Мальцева"]],
  ])("%s: no paragraph of the last row", (_label, end) => {
    const text = under(...end);
    const plan = read(text);
    const last = plan.items[plan.items.length - 1];
    expect([last.number, last.result]).toEqual(["1.5", "проведено не менее 2 семинаров"]);
    expect(plan.meta.signatureBlock.join(" ").replace(/\s+/g, " ")).toBe(end.join(" ").replace(/\s+/g, " "));
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("under a sum row closing the table", () => {
    const text = under("Всего по программе", "", "", "", "1 845,0", "Начальник управления образования Т.В. Мальцева");
    const plan = read(text);
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования Т.В. Мальцева"]);
    expect(plan.items[plan.items.length - 1].result).toBe("проведено не менее 2 семинаров");
  });
});
