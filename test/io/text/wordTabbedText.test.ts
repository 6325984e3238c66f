import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A Word table copied into Notepad (or saved as «Обычный текст»), typed the way a programme's plan is: a row a line,
 * cells parted by tabs, and a cell's second paragraph breaking the row's line where it starts. Nothing quotes such a
 * cell. «Объём финансирования» is merged over two years (one cell in its row: a tab fewer), a recurring deadline
 * is merged over the start and end, a total's label over the columns before its sum.
 */
const T = "\t";
const WORD_TEXT = [
  "План мероприятий по кадровому обеспечению образовательных организаций на 2027–2028 годы",
  "",
  ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок начала", "Срок окончания", "Объём финансирования, тыс. руб.", "Ожидаемый результат"].join(T),
  ["", "", "", "", "", "2027 год", "2028 год", ""].join(T),
  ["1.", "Развитие системы наставничества"].join(T),
  ["1.1.", "Мониторинг потребности в педагогических кадрах", "Управление образования", "01.02.2027", "01.03.2027", "–", "–", "Аналитическая справка"].join(T),
  ["1.2.", "Организация наставничества для молодых педагогов", "МКУ «Методический центр»"].join(T),
  ["Руководители ОО", "ежемесячно", "120,0", "130,5", "Заключены договоры"].join(T),
  ["1.3.", "Семинар для заместителей директоров", "Отдел кадров", "01.09.2027", "30.09.2027", "15,0", "15,0", "Проведено не менее 2 семинаров"].join(T),
  ["Итого по разделу 1:", "135,0", "145,5", ""].join(T),
  ["2.", "Привлечение молодых специалистов"].join(T),
  ["2.1.", "Единовременные выплаты молодым специалистам", "Комитет финансов", "01.01.2027", "31.12.2028", "300,0", "300,0", "Выплаты получили не менее 10 педагогов;"].join(T),
  "привлечено 5 выпускников",
  ["2.2.", "Встречи со студентами педагогического колледжа", "Управление образования", "по плану колледжа", "–", "–", "Протоколы встреч"].join(T),
  "",
  "Начальник управления образования\tИ.И. Мальцева",
].join("\r\n");

const read = (text: string) => structureOrFail(readTextDocument(text, "plan.txt"));

describe("a Word table as plain text: tabs between cells, a cell's paragraphs breaking the row's line", () => {
  test("broken rows joined, a merged caption and merged cells spread over their columns, totals kept apart", () => {
    const plan = read(WORD_TEXT);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.kind, i.deadline.start, i.deadline.end, i.result])).toEqual([
      ["1.1", "Мониторинг потребности в педагогических кадрах", "Управление образования", "period", "2027-02-01", "2027-03-01", "Аналитическая справка"],
      ["1.2", "Организация наставничества для молодых педагогов", "МКУ «Методический центр»\nРуководители ОО", "recurring", "2027-01-01", "2028-12-31", "Заключены договоры"],
      ["1.3", "Семинар для заместителей директоров", "Отдел кадров", "period", "2027-09-01", "2027-09-30", "Проведено не менее 2 семинаров"],
      ["2.1", "Единовременные выплаты молодым специалистам", "Комитет финансов", "period", "2027-01-01", "2028-12-31", "Выплаты получили не менее 10 педагогов;\nпривлечено 5 выпускников"],
      ["2.2", "Встречи со студентами педагогического колледжа", "Управление образования", "on_demand", null, null, "Протоколы встреч"],
    ]);
    // The two years under their merged caption are two columns of their own, the funding of each item under them.
    const funding = (extra: Readonly<Record<string, string>>) => Object.entries(extra).filter(([k]) => /финансирования/.test(k)).map(([k, v]) => `${k.replace(/.*руб\.\s*/, "")}: ${v}`);
    expect(plan.items.map((i) => funding(i.extra))).toEqual([
      ["2027 год: –", "2028 год: –"],
      ["2027 год: 120,0", "2028 год: 130,5"],
      ["2027 год: 15,0", "2028 год: 15,0"],
      ["2027 год: 300,0", "2028 год: 300,0"],
      ["2027 год: –", "2028 год: –"],
    ]);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Развитие системы наставничества"],
      ["2", "Привлечение молодых специалистов"],
    ]);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Мальцева/);
    expect(lostWords(WORD_TEXT, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("Excel's own copy (a cell with line breaks quoted, every row whole) reads as before", () => {
    const excel = [
      ["№", "Мероприятие", "Ответственный", "Срок", "Результат"].join(T),
      ["1", "Мониторинг вакансий", '"Управление образования\nРуководители ОО"', "до 1 марта", "Справка"].join(T),
      ["2", "Семинар", "Методист", "ежеквартально", "Протокол"].join(T),
    ].join("\n");
    const plan = read(excel);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1", "Управление образования\nРуководители ОО", "до 1 марта", "Справка"],
      ["2", "Методист", "ежеквартально", "Протокол"],
    ]);
  });

  test("sections with no number: an executors' second paragraph that names a party (a person, a body) goes on the cell, a title does not", () => {
    const text = [
      "План мероприятий по кадровому обеспечению системы образования на 2025 год",
      "",
      ["N п/п", "Содержание работы", "Ожидаемый результат", "Срок исполнения", "Исполнитель"].join(T),
      "Работа с кадровым резервом руководителей",
      ["1", "Мониторинг вакантных должностей", "Протокол заседания комиссии", "II квартал 2025 года", "ЦРО"].join(T),
      ["2", "Проведение кадрового резерва руководителей", "Приказ управления образования", "согласно плану", "Орлов О.С."].join(T),
      "Гусева Е.Н., начальник отдела кадров",
      "Развитие системы наставничества",
      ["3", "Семинар для наставников", "Проведено не менее 4 семинаров", "по запросу", "РМО"].join(T),
      "Территориальная аттестационная комиссия",
      ["4", "Конкурс «Педагог года»", "Аналитическая справка", "Постоянно", "Управление образования; УО"].join(T),
      "",
      "Начальник управления образования ____________ С.А. Миронов",
    ].join("\r\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
      ["1", "ЦРО"],
      ["2", "Орлов О.С.\nГусева Е.Н., начальник отдела кадров"],
      ["3", "РМО\nТерриториальная аттестационная комиссия"],
      ["4", "Управление образования; УО"],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Работа с кадровым резервом руководителей", "Развитие системы наставничества"]);
  });
  describe("the last row's executors go on under it in paragraphs of their own; the sign-off typed under them is no cell's", () => {
    const last = ["3", "Семинар для наставников", "Проведено не менее 4 семинаров", "в течение 2025 года", "начальник отдела кадров"].join(T);
    const paragraphs = ["О.С. Волкова, главный специалист отдела общего образования", "заместитель начальника управления образования"];
    const text = (...end: string[]) =>
      [
        "План мероприятий по кадровому обеспечению системы образования на 2025 год",
        "",
        ["N п/п", "Содержание работы", "Ожидаемый результат", "Срок исполнения", "Исполнитель"].join(T),
        ["1", "Мониторинг вакантных должностей", "Протокол заседания комиссии", "II квартал 2025 года", "ЦРО"].join(T),
        ["2", "Проведение кадрового резерва руководителей", "Приказ управления образования", "согласно плану", "Орлов О.С."].join(T),
        last,
        ...paragraphs,
        ...end,
      ].join("\r\n");
    test.each([
      ["a blank line, then the signatures", ["", "Начальник управления образования ____________ О.В. Лебедева", "", "Исполнитель: Новикова О.С., тел. 8 (3185) 95-16-89"]],
      ["the head's sign-off right under, a blank to sign on", ["Начальник управления образования ____________ О.В. Лебедева"]],
      ["the head's sign-off right under, spaces for the signature", ["Начальник управления образования                    О.В. Лебедева"]],
      ["the head's sign-off right under, the position over two lines", ["Начальник управления образования", "администрации города Каменска О.В. Лебедева"]],
      ["«Исполнитель: …» right under", ["Исполнитель: Новикова О.С., тел. 8 (3185) 95-16-89"]],
      ["nothing after the table", []],
    ])("%s", (_label, end) => {
      const source = text(...end);
      const plan = read(source);
      expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
        ["1", "ЦРО"],
        ["2", "Орлов О.С."],
        ["3", ["начальник отдела кадров", ...paragraphs].join("\n")],
      ]);
      expect(plan.meta.signatureBlock.map((l) => l.replace(/\s+/g, " "))).toEqual(end.filter((l) => l !== "").map((l) => l.replace(/\s+/g, " ")));
      expect(lostWords(source, plan)).toEqual([]);
    });
  });
  describe("a sign-off right under a row short of the table's cells is not the rest of that row", () => {
    // The deadline merged over its start and end, the total's label over the columns before the sums: Word writes one
    // cell for each, so those rows have fewer cells than the table and a line under them could be their other cells.
    const text = (...end: string[]) =>
      [
        "План мероприятий по кадровому обеспечению системы образования на 2027 год",
        "",
        ["№", "Мероприятие", "Ответственный", "Начало", "Окончание", "Сумма, тыс. руб.", "Результат"].join(T),
        ["1.", "Мониторинг вакансий", "Отдел кадров", "01.02.2027", "01.03.2027", "10,0", "Справка"].join(T),
        ["2.", "Семинар для наставников", "Фёдорова Т.И., главный специалист", "В течение года", "15,0", "Приказ управления образования"].join(T),
        ["Итого:", "25,0", ""].join(T),
        ...end,
      ].join("\r\n");
    test.each([
      ["a blank to sign on", ["Начальник управления образования ____________ Н.Г. Сорокина"]],
      ["spaces for the signature", ["Начальник управления образования              С.А. Миронов"]],
      ["the name pushed right by tabs", ["Начальник управления образования\t\t\t\tН.Г. Сорокина"]],
      ["the name pushed right by tabs, «Исполнитель: …» after a blank line", ["Начальник управления образования\t\t\t\tН.Г. Сорокина", "", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23"]],
    ])("%s, under the total", (_label, end) => {
      const plan = read(text(...end));
      expect(plan.items.map((i) => [i.number, i.responsible.text, i.result])).toEqual([
        ["1", "Отдел кадров", "Справка"],
        ["2", "Фёдорова Т.И., главный специалист", "Приказ управления образования"],
      ]);
      expect(plan.meta.totals.map((t) => t.label)).toEqual(["Итого:"]);
      expect(plan.meta.signatureBlock.map((l) => l.replace(/[\s|]+/g, " "))).toEqual(end.filter((l) => l !== "").map((l) => l.replace(/\s+/g, " ")));
    });
    test("under the last item's row, the total's row not typed", () => {
      const plan = read(text().replace(/\r\nИтого:.*$/, "") + "\r\nНачальник управления образования ____________ Н.Г. Сорокина");
      expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "Справка"], ["2", "Приказ управления образования"]]);
      expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования ____________ Н.Г. Сорокина"]);
    });
  });
});
