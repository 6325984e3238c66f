import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { headerGutters } from "../../../src/io/text/headerGutters";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * pdftotext leaves one space between two header cells where the narrow number column's header fills it («N п/п
 * Сроки реализации»): the two read as one header cell, the number column took the deadline's header and the rows
 * were lost in section titles. The gap runs down the page under the header, clear on every row's line.
 */
describe("layout text: header cells one space apart, parted by the gap running down the page", () => {
  const text = [
    "N п/п Сроки реализации        Содержание работы                        Ответственный исполнитель",
    "1      2                      3                                        4",
    "Раздел 1. Работа с кадровым резервом руководителей",
    "1.1.   не позднее 30.01.2026 Разработка программы наставничества      Павлова Т.И., методист",
    "                              в общеобразовательных организациях",
    "1.2.   согласно плану         Актуализация базы данных вакантных      УО",
    "                              должностей педагогических работников",
    "1.3.   В течении года         Информационное сопровождение            ОО",
    "       (ежеквартально)        программы наставничества                Павлова О.С.",
    "Раздел 2. Меры социальной поддержки педагогов",
    "2.1.   Ежемесячно             Мониторинг курсов повышения             Управление образования",
    "                              квалификации руководящих работников",
  ].join("\n");

  test("the number and the deadline are two columns; every row is an item", () => {
    const plan = read(text);
    expect(plan.columns.number).toBe("N п/п");
    expect(plan.columns.deadline).toBe("Сроки реализации");
    expect(plan.items.map((i) => [i.number, i.deadline.text])).toEqual([
      ["1.1", "не позднее 30.01.2026"],
      ["1.2", "согласно плану"],
      ["1.3", "В течении года (ежеквартально)"],
      ["2.1", "Ежемесячно"],
    ]);
    expect(plan.items[1].name).toBe("Актуализация базы данных вакантных должностей педагогических работников");
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a number filling «№ п/п» and running a character over the gap («1.1.1.») leaves the edge there", () => {
    const lines = [
      "№ п/п Содержание работы                   Срок исполнения   Ответственный",
      "1      2                                   3                 4",
      "Цель 1. Аттестация педагогических работников",
      "Задача 1.1. Обеспечение выявления кадровых потребностей",
      "1.1.1. Формирование целевого обучения     ежемесячно        Отдел образования",
      "       выпускников школ",
      "1.1.2. Подготовка базы данных вакансий    до 1 марта        Гусева Н.П.",
      "1.1.3. Реализация диагностики дефицитов   по плану          методист",
      "       учителей",
    ];
    expect(headerGutters(lines, [{ judged: [0], last: 0 }])).toEqual(new Map([[0, new Set([5])]]));
    const plan = read(lines.join("\n"));
    expect(plan.columns.number).toBe("№ п/п");
    expect(plan.items.map((i) => [i.number, i.name])).toEqual([
      ["1.1.1", "Формирование целевого обучения выпускников школ"],
      ["1.1.2", "Подготовка базы данных вакансий"],
      ["1.1.3", "Реализация диагностики дефицитов учителей"],
    ]);
  });

  test("the header repeated on a page too short to show the gap parts the same cells as on the first page", () => {
    const header = "N п/п Сроки реализации        Содержание работы";
    const lines = [
      header,
      "1.1.   не позднее 30.01.2026 Разработка программы",
      "1.2.   согласно плану         Актуализация базы данных",
      "1.3.   Ежемесячно             Мониторинг курсов",
      "\f" + header,
      "2.1.   по запросу             Обеспечение участия",
    ];
    const headers = [{ judged: [0], last: 0 }, { judged: [4], last: 4, copyOf: 0 }];
    expect(headerGutters(lines, headers)).toEqual(new Map([[0, new Set([5])], [4, new Set([5])]]));
    expect(headerGutters(lines, [headers[1]])).toEqual(new Map());
  });

  test("a space inside one header cell, with its cells' text under it, parts nothing", () => {
    const lines = [
      "№     Срок исполнения   Мероприятие",
      "1.1   Ежемесячно        Семинар",
      "1.2   до 20 июня        Курсы",
      "1.3   2026 год          Конкурс",
      "1.4   Постоянно         Выплаты",
    ];
    expect(headerGutters(lines, [{ judged: [0], last: 0 }])).toEqual(new Map());
  });

  test("the gap under «N п/п» with no column starting after it (numbers and names far apart) parts nothing", () => {
    const lines = [
      "N п/п    Содержание работы",
      "1        Организация конкурса",
      "2        Проведение семинаров",
      "         для молодых педагогов",
      "3        Мониторинг вакансий",
    ];
    expect(headerGutters(lines, [{ judged: [0], last: 0 }])).toEqual(new Map());
  });

  test("a caption whose two halves name one column («Ответственный исполнитель») is not cut by a gap only its rows show", () => {
    // Every executor's initials end where «Ответственный» ends: the one space after them runs down the page under the
    // caption's one space, and «методист» starts after it on every line. Both halves name the executors' column.
    const lines = [
      "№     Наименование мероприятия          Ответственный исполнитель   Срок",
      "1.1   Семинар для молодых педагогов     Иванова А.А., методист      Ежегодно",
      "1.2   Конкурс «Педагог года»            Петрова В.В., методист      Март",
      "1.3   Мониторинг вакансий               Сидоров К.К., методист      Ежеквартально",
    ];
    const plan = read(lines.join("\n"));
    expect(plan.columns.responsible).toBe("Ответственный исполнитель");
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "Иванова А.А., методист", "Ежегодно"],
      ["1.2", "Петрова В.В., методист", "Март"],
      ["1.3", "Сидоров К.К., методист", "Ежеквартально"],
    ]);
    expect(lostWords(lines.join("\n"), plan)).toEqual([]);
  });

  test("two captions of two columns one space apart, the rows' edge a few characters past the gap, are two columns", () => {
    // A bold header is set wider than the rows: «Ответственные» fills its column and ends one space before «Форма
    // отчёта», while the results under it start three characters further on. Both halves name a plan column.
    const lines = [
      "№   Мероприятие       Сроки      Ответственные Форма отчёта",
      "1. Встреча          сентябрь     Гордеева Т.С.,   протокол",
      "   молодых          2034 г.      начальник",
      "   педагогов                     отдела",
      "2. Назначение       до           руководители     приказы",
      "   наставников      15.09.2034   ОО",
      "3. Анкетирование    октябрь,     МКУ «РМК»       аналитическая",
      "   молодых          май          (Соколова Е.В.) справка",
      "4. Участие в        февраль      Соколова Е.В.,   приказ об",
      "   конкурсе         2034 г.      методист         итогах",
    ];
    const plan = read(lines.join("\n"));
    expect([plan.columns.responsible, plan.columns.result]).toEqual(["Ответственные", "Форма отчёта"]);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.result])).toEqual([
      ["1", "Гордеева Т.С., начальник отдела", "протокол"],
      ["2", "руководители ОО", "приказы"],
      ["3", "МКУ «РМК» (Соколова Е.В.)", "аналитическая справка"],
      ["4", "Соколова Е.В., методист", "приказ об итогах"],
    ]);
    expect(lostWords(lines.join("\n"), plan)).toEqual([]);
  });
});
