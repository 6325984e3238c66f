import * as paragraphCellsModule from "../../../src/core/plan/lines/paragraphCells";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/** A page's table as Chromium copies it: the header's plain cells parted by tabs, each <p> a line and a blank line. */
const page = (...blocks: string[]) => blocks.join("\n");
const HEAD = "Главная / Документы / План мероприятий\nДата публикации: 17.01.2033 · Версия для печати";
const HEADER = "№ п/п\tНаименование мероприятия\tОтветственный исполнитель\tСрок исполнения\tПоказатель";
const FOOT = "\u00a0\n\nПрикреплённые файлы:\nПостановление от 16.01.2033 № 38 (PDF, 412 Кб)\nПросмотров: 1 247\n© 2012–2033 Управление образования";

describe("a web page's table copied from the browser", () => {
  test("rows of <p> cells: each row's paragraphs shared out among the header's columns by what they say", () => {
    const text = page(HEAD, "", "План мероприятий на 2033 год", "", HEADER, "1. Кадровое обеспечение", "", "1.1.", "", "Мониторинг потребности в педагогических кадрах", "",
      "Управление образования;", "", "руководители общеобразовательных организаций", "", "ежемесячно, до 5 числа", "", "аналитическая справка", "",
      "1.2.", "", "Диагностика профессиональных дефицитов молодых педагогов", "", "и разработка индивидуальных маршрутов", "", "Управление образования (Ситникова О.В.)", "", "сентябрь – октябрь 2033 г.", "", "маршруты разработаны", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.meta.format).toBe("webcopy");
    expect(plan.sections.map((s) => s.number)).toEqual(["1"]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1.1", "Мониторинг потребности в педагогических кадрах", "Управление образования;\nруководители общеобразовательных организаций", "ежемесячно, до 5 числа", "аналитическая справка"],
      ["1.2", "Диагностика профессиональных дефицитов молодых педагогов\nи разработка индивидуальных маршрутов", "Управление образования (Ситникова О.В.)", "сентябрь – октябрь 2033 г.", "маршруты разработаны"],
    ]);
    // The site's text after the table is not the last item's: it is kept under the table.
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Прикреплённые файлы:.*Просмотров/);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("an executor merged down over rows comes once: the rows under it take it from above and say so", () => {
    const text = page(HEADER, "1.", "", "Конкурс «Педагог года»", "", "МКУ «Центр методического сопровождения»", "", "ежегодно, февраль – апрель", "", "не менее 10 участников", "",
      "2.", "", "Клуб «Будущий педагог» на базе МБОУ «СОШ № 2»", "", "с 01.09.2033 по 31.05.2034", "", "не менее 25 участников клуба", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1", "Конкурс «Педагог года»", "МКУ «Центр методического сопровождения»", "ежегодно, февраль – апрель", "не менее 10 участников"],
      ["2", "Клуб «Будущий педагог» на базе МБОУ «СОШ № 2»", "МКУ «Центр методического сопровождения»", "с 01.09.2033 по 31.05.2034", "не менее 25 участников клуба"],
    ]);
    expect(plan.items[0].notes ?? []).toEqual([]);
    expect(plan.items[1].notes?.map((n) => n.code)).toEqual(["column_uncertain"]);
  });

  test("a remark under the number goes to the number's remark column, not into the name", () => {
    const text = page(HEADER, "1.", "", "(в ред. от 14.03.2033)", "", "Актуализация банка данных о вакансиях", "", "Управление образования", "", "ежемесячно", "", "банк вакансий обновлён", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.extra["Примечание к номеру"]])).toEqual([["1", "Актуализация банка данных о вакансиях", "(в ред. от 14.03.2033)"]]);
  });

  test("the signatures under the table are not the last item's cells", () => {
    const text = page(HEADER, "1.", "", "Семинар для молодых педагогов", "", "ИМЦ", "", "май 2033 г.", "", "проведён семинар", "", "Начальник управления образования ____________ О.В. Лебедева", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([["Семинар для молодых педагогов", "ИМЦ", "май 2033 г.", "проведён семинар"]]);
    expect(plan.meta.signatureBlock[0]).toMatch(/Лебедева/);
  });

  test("a sign-off set in a table of its own (the position and the name two plain cells, parted by a tab) is not the last item's, nor does it make the page a tab-separated table", () => {
    const text = page(HEADER, "1.", "", "Семинар для молодых педагогов", "", "ИМЦ", "", "май 2033 г.", "", "проведён семинар", "",
      "2.", "", "Конкурс «Педагог года»", "", "Управление образования", "", "ежегодно, февраль – апрель", "", "не менее 10 участников", "",
      "Начальник управления образования\tО.В. Лебедева", "Исполнитель: Новикова О.С., тел. 8 (3185) 95-16-89", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.meta.format).toBe("webcopy");
    expect(plan.items.map((i) => [i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["Семинар для молодых педагогов", "ИМЦ", "май 2033 г.", "проведён семинар"],
      ["Конкурс «Педагог года»", "Управление образования", "ежегодно, февраль – апрель", "не менее 10 участников"],
    ]);
    expect(plan.meta.signatureBlock.slice(0, 2).map((l) => l.replace(/\s+/g, " "))).toEqual(["Начальник управления образования О.В. Лебедева", "Исполнитель: Новикова О.С., тел. 8 (3185) 95-16-89"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  /**
   * A page saved by Word as a web page has <p> in every cell, the header's too: the captions come a paragraph each,
   * over the row of column numbers; the last column («Отметка о выполнении») is empty in every row, so the copy gives
   * nothing of it; a numbered row with only its name over rows it numbers is a group heading; the signature stands
   * after empty paragraphs.
   */
  test("a header of paragraphs over column numbers, an empty last column, a group row and a signature after empty paragraphs", () => {
    const text = page(
      "ПЛАН МЕРОПРИЯТИЙ", "", "\u00a0", "",
      "№ п/п", "", "Наименование мероприятия", "", "Срок реализации", "", "Ответственные исполнители", "", "Ожидаемый результат (форма отчёта)", "", "Отметка о выполнении", "",
      "1", "", "2", "", "3", "", "4", "", "5", "", "6", "",
      "I. Организационные меры", "",
      "1.", "", "Мониторинг укомплектованности школ кадрами", "", "до 1 февраля 2034 г.", "", "Ковалёва Н.В., заместитель начальника", "", "аналитическая справка", "",
      "2.", "", "Ведение банка вакансий", "", "ежемесячно", "", "руководители образовательных организаций", "", "реестр вакансий;", "", "сведения на сайте", "",
      "3.", "", "Организация целевого обучения:", "",
      "3.1.", "", "формирование заявки на целевое обучение", "", "ежегодно, до 1 марта", "", "Управление образования", "", "заявка", "",
      "3.2.", "", "заключение договоров с выпускниками", "", "в течение срока действия плана", "", "руководители образовательных организаций", "", "договоры", "",
      "\u00a0", "", "\u00a0", "", "Начальник Управления образования", "", "\u00a0", "", "Исп. Рочева Т.А.",
    );
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.meta.format).toBe("webcopy");
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Организационные меры"], ["3", "Организация целевого обучения:"]]);
    expect(plan.columns.extra).toEqual(["Отметка о выполнении"]);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text, i.result, i.extra["Отметка о выполнении"] ?? ""])).toEqual([
      ["1", "до 1 февраля 2034 г.", "Ковалёва Н.В., заместитель начальника", "аналитическая справка", ""],
      ["2", "ежемесячно", "руководители образовательных организаций", "реестр вакансий;\nсведения на сайте", ""],
      ["3.1", "ежегодно, до 1 марта", "Управление образования", "заявка", ""],
      ["3.2", "в течение срока действия плана", "руководители образовательных организаций", "договоры", ""],
    ]);
    expect(plan.items.flatMap((i) => i.notes ?? [])).toEqual([]);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Начальник Управления образования/);
    expect(lostWords(text, plan)).toEqual([]);
  });

  const CAPTIONS = ["№ п/п", "", "Наименование мероприятия", "", "Срок реализации", "", "Ответственные исполнители", "", "Ожидаемый результат", ""];
  const ROWS = [
    "1.", "", "Мониторинг укомплектованности школ кадрами", "", "до 1 февраля 2034 г.", "", "Ковалёва Н.В., заместитель начальника", "", "аналитическая справка", "",
    "2.", "", "Ведение банка вакансий", "", "ежемесячно", "", "руководители образовательных организаций", "", "реестр вакансий", "",
  ];
  const SIGNED = ["\u00a0", "", "Начальник Управления образования", ""];
  const NUMBERED = [...CAPTIONS, "1", "", "2", "", "3", "", "4", "", "5", ""];

  test("column numbers with dots («1.», «2.» …) under the captions are the header's, not an item", () => {
    const text = page("ПЛАН МЕРОПРИЯТИЙ", "", ...CAPTIONS, "1.", "", "2.", "", "3.", "", "4.", "", "5.", "", ...ROWS, ...SIGNED);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.meta.format).toBe("webcopy");
    expect(plan.items.map((i) => [i.number, i.deadline.text])).toEqual([["1", "до 1 февраля 2034 г."], ["2", "ежемесячно"]]);
  });

  /**
   * Sosnogorsky's last row: the row above's result is merged down far less often than its executors, so the row's last
   * paragraph, which reads as either, is its own result (the signature after empty paragraphs is not the row's).
   */
  test("the last row's result is its own, not the row above's merged down", () => {
    const text = page(
      ...NUMBERED,
      "1.", "", "Конкурс профессионального мастерства молодых педагогов", "", "01.03.2035 – 30.04.2035", "", "МКУ «Сосногорский ИМЦ» (Рочева Т.А.)", "", "не менее 10 участников; приказ об итогах конкурса", "",
      "2.", "", "Подведение итогов реализации плана мероприятий, подготовка предложений по плану на следующий период", "", "декабрь 2036 г.", "", "Лыткин А.С., начальник Управления образования", "",
      "аналитический доклад; проект плана на 2037–2039 годы", "", "\u00a0", "", "\u00a0", "", "Начальник Управления образования", "", "Исп. Рочева Т.А.",
    );
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items[1]).toMatchObject({ responsible: { text: "Лыткин А.С., начальник Управления образования" }, result: "аналитический доклад; проект плана на 2037–2039 годы" });
    expect(plan.items[1].notes ?? []).toEqual([]);
  });

  test("a web page has no page breaks: no executor's short first paragraph is taken for text a break pushed down", () => {
    const text = page(HEADER,
      "1.", "", "Семинар для заместителей директоров", "", "Управление образования", "", "май 2033 г.", "", "проведён семинар", "",
      "2.", "", "Семинар для молодых педагогов", "", "ИМЦ", "", "руководители школ", "", "июнь 2033 г.", "", "проведён семинар", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items[1].responsible.text).toBe("ИМЦ\nруководители школ");
    expect(plan.issues.filter((i) => i.code === "continuation_suspected")).toEqual([]);
  });

  /**
   * A legal system's page of the whole act (zavolzhsky-2029): the plan is annex 2, and annex 3, the plan's target
   * indicators under their own heading and header, follows its last row, their rows numbered «1.», «2.» too.
   */
  const ANNEX_3 = [
    "", "Приложение N 3", "", "к постановлению", "", "Правительства Заволжской области", "", "от 28 января 2029 г. N 41-п", "",
    "ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ", "РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ", "",
    "N п/п", "", "Наименование показателя", "", "Единица измерения", "", "2029 год", "", "2030 год", "",
    "1.", "", "Укомплектованность общеобразовательных организаций педагогическими кадрами", "", "процентов", "", "96,5", "", "97,5", "",
    "2.", "", "Количество договоров о целевом обучении", "", "единиц", "", "120", "", "140", "",
  ];

  test("the next annex after the plan's last row ends the table: it is kept under it, not read as rows", () => {
    const text = page(...NUMBERED, ...ROWS, ...ANNEX_3);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.result])).toEqual([
      ["1", "Ковалёва Н.В., заместитель начальника", "аналитическая справка"],
      ["2", "руководители образовательных организаций", "реестр вакансий"],
    ]);
    expect(plan.meta.signatureBlock.slice(0, 2)).toEqual(["Приложение N 3", "к постановлению"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("another table's header after the last row ends the table too, with no annex heading before it", () => {
    const text = page(...NUMBERED, ...ROWS, ...ANNEX_3.slice(12));
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "аналитическая справка"], ["2", "реестр вакансий"]]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  /** The next annex's table read as one: its header and its numbered rows, every cell a paragraph. */
  const targetRows = (doc: ReturnType<typeof readTextDocument>) =>
    doc.blocks.flatMap((b) => (b.kind === "table" ? [b] : [])).slice(1).map((b) => b.grid.rows.map((r) => r.cells.join(" | ")));

  test("the next annex's table is a table of its own, its rows kept together as rows, the plan's items as they were", () => {
    const text = page(...NUMBERED, ...ROWS, ...ANNEX_3, FOOT);
    const doc = readTextDocument(text, "page.txt");
    expect(targetRows(doc)).toEqual([
      [
        "N п/п | Наименование показателя | Единица измерения | 2029 год | 2030 год",
        "1. | Укомплектованность общеобразовательных организаций педагогическими кадрами | процентов | 96,5 | 97,5",
        "2. | Количество договоров о целевом обучении | единиц | 120 | 140",
      ],
    ]);
    const plan = structureOrFail(doc);
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "аналитическая справка"], ["2", "реестр вакансий"]]);
    expect(plan.meta.otherTables.map((t) => [t.kind, t.header[1]])).toEqual([["targets", "Наименование показателя"]]);
    // The heading and the title over it, the page's foot under it: the plan's text after its table.
    expect(plan.meta.signatureBlock).toEqual(["Приложение N 3", "к постановлению", "Правительства Заволжской области", "от 28 января 2029 г. N 41-п", "ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ", "РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ", "Прикреплённые файлы:", "Постановление от 16.01.2033 № 38 (PDF, 412 Кб)", "Просмотров: 1 247", "© 2012–2033 Управление образования"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  /**
   * The act's next table right under the plan's last row, under a title in capitals alone, no «Приложение» over it
   * (its lines parted by a <br>), its captions over column numbers, its rows «1», «2» (shape browser-copy-act-titled).
   */
  const TITLED = [
    "ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ РЕЗУЛЬТАТИВНОСТИ", "РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ", "",
    "№ п/п", "", "Наименование показателя", "", "Единица измерения", "", "2034 год", "",
    "1", "", "2", "", "3", "", "4", "",
    "1", "", "Доля педагогических работников в возрасте до 35 лет", "", "процентов", "", "21", "",
    "2", "", "Доля молодых педагогов, за которыми закреплены наставники", "", "процентов", "", "85", "",
  ];

  test("the next annex's cells split over paragraphs (a <p> a line, as Word saves a cell broken by hand): each row's paragraphs stay its, joined in their cell", () => {
    const split = [
      ...ANNEX_3.slice(0, 22),
      "1.", "", "Укомплектованность общеобразовательных организаций", "", "педагогическими кадрами", "", "процентов", "", "96,5", "", "97,5", "",
      "2.", "", "Количество договоров", "", "о целевом обучении", "", "единиц", "", "120", "", "140", "",
      "3.", "", "Доля молодых педагогов, за которыми закреплены наставники", "", "процентов", "", "85", "", "86", "",
    ];
    const text = page(...NUMBERED, ...ROWS, ...split, FOOT);
    const doc = readTextDocument(text, "page.txt");
    expect(targetRows(doc)).toEqual([
      [
        "N п/п | Наименование показателя | Единица измерения | 2029 год | 2030 год",
        "1. | Укомплектованность общеобразовательных организаций\nпедагогическими кадрами | процентов | 96,5 | 97,5",
        "2. | Количество договоров\nо целевом обучении | единиц | 120 | 140",
        "3. | Доля молодых педагогов, за которыми закреплены наставники | процентов | 85 | 86",
      ],
    ]);
    const plan = structureOrFail(doc);
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "аналитическая справка"], ["2", "реестр вакансий"]]);
    expect(plan.meta.signatureBlock.slice(-4)).toEqual(["Прикреплённые файлы:", "Постановление от 16.01.2033 № 38 (PDF, 412 Кб)", "Просмотров: 1 247", "© 2012–2033 Управление образования"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a next table with no number column (its header's plain cells parted by tabs) after the last row is a table of its own, not the last row's cells", () => {
    const indicators = [
      "СВЕДЕНИЯ О ДОСТИЖЕНИИ ПОКАЗАТЕЛЕЙ", "КАДРОВОГО ОБЕСПЕЧЕНИЯ", "",
      "Наименование показателя\tЕдиница измерения\t2029 год\t2030 год", "",
      "Укомплектованность общеобразовательных организаций педагогическими кадрами", "", "процентов", "", "96,5", "", "97,5", "",
      "Количество договоров о целевом обучении", "", "единиц", "", "120", "", "140", "",
    ];
    const text = page(...NUMBERED, ...ROWS, ...indicators, FOOT);
    const doc = readTextDocument(text, "page.txt");
    expect(targetRows(doc)).toEqual([
      [
        "Наименование показателя | Единица измерения | 2029 год | 2030 год",
        "Укомплектованность общеобразовательных организаций педагогическими кадрами | процентов | 96,5 | 97,5",
        "Количество договоров о целевом обучении | единиц | 120 | 140",
      ],
    ]);
    const plan = structureOrFail(doc);
    expect(plan.meta.format).toBe("webcopy");
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "аналитическая справка"], ["2", "реестр вакансий"]]);
    expect(plan.meta.otherTables.map((t) => t.header[0])).toEqual(["Наименование показателя"]);
    expect(plan.meta.signatureBlock.slice(0, 2)).toEqual(["СВЕДЕНИЯ О ДОСТИЖЕНИИ ПОКАЗАТЕЛЕЙ", "КАДРОВОГО ОБЕСПЕЧЕНИЯ"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a title in capitals over the next table after the last row is that table's, not the last row's result", () => {
    const text = page(...NUMBERED, ...ROWS, ...TITLED, FOOT);
    const doc = readTextDocument(text, "page.txt");
    const plan = structureOrFail(doc);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.result])).toEqual([
      ["1", "Ковалёва Н.В., заместитель начальника", "аналитическая справка"],
      ["2", "руководители образовательных организаций", "реестр вакансий"],
    ]);
    expect(plan.meta.signatureBlock.slice(0, 2)).toEqual(["ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ РЕЗУЛЬТАТИВНОСТИ", "РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ"]);
    expect(targetRows(doc)).toEqual([
      [
        "№ п/п | Наименование показателя | Единица измерения | 2034 год",
        "1 | 2 | 3 | 4",
        "1 | Доля педагогических работников в возрасте до 35 лет | процентов | 21",
        "2 | Доля молодых педагогов, за которыми закреплены наставники | процентов | 85",
      ],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a result in capitals over no other table stays the last row's", () => {
    const rows = [...ROWS.slice(0, -2), "ПРОТОКОЛ СОВЕЩАНИЯ РУКОВОДИТЕЛЕЙ", ""];
    const plan = structureOrFail(readTextDocument(page(...NUMBERED, ...rows, FOOT), "page.txt"));
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "аналитическая справка"], ["2", "ПРОТОКОЛ СОВЕЩАНИЯ РУКОВОДИТЕЛЕЙ"]]);
  });

  /**
   * An act prints its executors in lower case, a party a paragraph, a consent after a body it cannot oblige
   * (zavolzhsky-2029, items 3.3, 5.1 and 5.5): the consent ends one party, not the cell, and the parties after it, in
   * lower case or in straight quotes, are the cell's, not the result's nor the name's.
   */
  test("an executors' cell of one party a paragraph: the paragraphs after «(по согласованию)» are more of its parties", () => {
    const text = page(...NUMBERED,
      "1.", "", "Открытие психолого-педагогических классов в общеобразовательных организациях", "", "с 1 сентября 2029 г.", "",
      "органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)", "", 'ГАУ ДПО "ЗИРО"', "", "открыто не менее 12 классов", "",
      "2.", "", "Предоставление педагогическим работникам служебных жилых помещений", "", "постоянно", "",
      "органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)", "", "министерство строительства и жилищно-коммунального хозяйства области", "",
      "жильем обеспечены все нуждающиеся педагогические работники", "",
      "3.", "", "Подведение итогов реализации плана мероприятий", "", "декабрь 2031 г.", "", "министерство образования области", "", 'ГАУ ДПО "ЗИРО"', "", "проект плана мероприятий на 2032 - 2034 годы", "",
      ...SIGNED);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.responsible.text, i.result])).toEqual([
      ['органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)\nГАУ ДПО "ЗИРО"', "открыто не менее 12 классов"],
      ["органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)\nминистерство строительства и жилищно-коммунального хозяйства области", "жильем обеспечены все нуждающиеся педагогические работники"],
      ['министерство образования области\nГАУ ДПО "ЗИРО"', "проект плана мероприятий на 2032 - 2034 годы"],
    ]);
  });

  test("a party in lower case after the name is the executors' first, not the name's last paragraph", () => {
    const text = page(HEADER,
      "1.", "", "Реализация программы наставничества для педагогов дошкольных образовательных организаций", "", "министерство образования области", "",
      'ГКУ "Центр занятости населения" (по согласованию)', "", "в течение 2026 года", "", "проведено не менее 4 семинаров", "", FOOT);
    const plan = structureOrFail(readTextDocument(text, "page.txt"));
    expect(plan.items.map((i) => [i.name, i.responsible.text])).toEqual([
      ["Реализация программы наставничества для педагогов дошкольных образовательных организаций", 'министерство образования области\nГКУ "Центр занятости населения" (по согласованию)'],
    ]);
  });

  test("the table is read once: each row's paragraphs are shared out among its columns once", () => {
    const share = jest.spyOn(paragraphCellsModule, "paragraphCells");
    try {
      const rows = Array.from({ length: 30 }, (_, k) => [`${k + 1}.`, "", `Семинар № ${k + 1} для молодых педагогов`, "", "май 2033 г.", "", "Управление образования", "", "проведён семинар", ""]).flat();
      const doc = readTextDocument(page("ПЛАН МЕРОПРИЯТИЙ", "", ...NUMBERED, ...rows, ...SIGNED), "page.txt");
      expect(doc.blocks.filter((b) => b.kind === "table").map((b) => b.kind === "table" && b.grid.rows.length)).toEqual([32]);
      // One sharing a row, and a few more where the last row meets the page's text after the table.
      expect(share.mock.calls.length).toBeLessThan(30 + 5);
    } finally {
      share.mockRestore();
    }
  });
});
