import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";
import { drawnTwoItems, expectEndingKept } from "./drawnTwoItems";

/**
 * A table Writer printed, copied from a browser's PDF viewer (text in drawing order): each cell's lines together,
 * cells left to right, the header too; captions of one line on one baseline run together («Содержание работы
 * Примечания»). The column numbers count six columns, one of them no catalogue names.
 */
const TEXT = [
  "План работы по развитию кадрового потенциала на 2026 год",
  "N",
  "п/п",
  "Сроки",
  "реализации",
  "Содержание работы Примечания",
  "Ответственный",
  "исполнитель",
  "Результаты",
  "1 2 3 4 5 6",
  "Раздел 1. Работа с кадровым резервом",
  "1.1. не позднее",
  "30.01.2026",
  "Разработка программы",
  "наставничества в школах района",
  "по мере",
  "поступления заявок",
  "Павлова Т.И., методист",
  "Заключено не менее",
  "10 договоров",
  "1.2. ежемесячно",
  "Актуализация базы данных",
  "вакантных должностей",
  "УО",
  "Банк вакансий",
].join("\n");

describe("a table in drawing order with a column no catalogue names", () => {
  test("the header is counted into its six columns, the extra one kept, and its cells' fate noted", () => {
    const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));
    expect(plan.columns.extra).toEqual(["Примечания"]);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2"]);
    // Where the extra cells' lines went cannot be told apart from the columns beside them: every item says so.
    for (const item of plan.items) expect(item.notes?.some((n) => n.text?.includes("«Примечания»"))).toBe(true);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});

/** Writer breaks long words at a narrow executors' column's edge without a hyphen. */
const NARROW = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Мероприятие",
  "Срок",
  "Исполнитель",
  "1. Семинар для молодых",
  "учителей района",
  "март 2027 г.",
  "МБУ",
  "«Информационн",
  "о-методический",
  "центр»",
  "2. Конкурс «Педагогический",
  "старт»",
  "апрель 2027 г.",
  "руководители",
  "общеобразователь",
  "ных организаций",
].join("\n");

describe("a word broken without a hyphen at a narrow column's edge", () => {
  test("is read whole, and the note keeps it as printed", () => {
    const plan = structureOrFail(readTextDocument(NARROW, "plan.txt"));
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["МБУ «Информационно-методический центр»", "руководители общеобразовательных организаций"]);
    expect(plan.items[1].notes?.some((n) => n.text.includes("«общеобразователь ных»"))).toBe(true);
    expect(lostWords(NARROW, plan)).toEqual([]);
  });
});

/** A note column between the events and the executors, its one value repeated; the second row's note is empty. */
const NOTES = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Мероприятие Примечание",
  "Ответственный",
  "исполнитель",
  "Срок",
  "1 2 3 4 5",
  "1. Семинар для молодых",
  "учителей района",
  "по",
  "согласованию",
  "Иванова А.А., методист",
  "март 2027 г.",
  "2. Конкурс «Педагогический",
  "старт»",
  "Отдел образования",
  "апрель 2027 г.",
  "3. Форум молодых педагогов",
  "по",
  "согласованию",
  "ИМЦ",
  "май 2027 г.",
].join("\n");

describe("an extra column's value in drawing order, repeated down the table", () => {
  test("is taken off the border of the cells beside it into its own column", () => {
    const plan = structureOrFail(readTextDocument(NOTES, "plan.txt"));
    expect(plan.columns.extra).toEqual(["Примечание"]);
    expect(plan.items.map((i) => [i.name, i.responsible.text, i.extra["Примечание"] ?? ""])).toEqual([
      ["Семинар для молодых учителей района", "Иванова А.А., методист", "по согласованию"],
      ["Конкурс «Педагогический старт»", "Отдел образования", ""],
      ["Форум молодых педагогов", "ИМЦ", "по согласованию"],
    ]);
    // The empty note cannot be told from the columns beside it: only that row says so.
    expect(plan.items.map((i) => i.notes?.some((n) => n.text?.includes("«Примечание» в тексте не отделить")) ?? false)).toEqual([false, true, false]);
    expect(lostWords(NOTES, plan)).toEqual([]);
  });
});

/** A plan in drawing order that ends with the head's sign-off on one line, the blank for the signature gone. */
const SIGNED = drawnTwoItems(["Начальник управления образования О.В. Кузнецова"]);

describe("the head's sign-off at the end of a plan in drawing order", () => {
  const plan = structureOrFail(readTextDocument(SIGNED, "plan.txt"));

  test("is no line of the last row, and is kept under the table", () => expectEndingKept(SIGNED, "Начальник управления образования О.В. Кузнецова"));

  test("the same words inside the table are an executor's cell", () => {
    expect(plan.items[0].responsible.text).toBe("Заместитель начальника управления Н.С. Лаптева");
  });
});

/** A deadline printed in two columns under a merged caption («Срок» over «начало | окончание»), in drawing order. */
const SPAN = [
  "План мероприятий на 2027–2028 годы",
  "№",
  "п/п",
  "Наименование",
  "мероприятия",
  "Срок реализации Ответственный",
  "исполнитель",
  "Ожидаемый",
  "результат",
  "начало окончание",
  "1.",
  "Анализ возрастного состава",
  "педагогических работников",
  "II квартал",
  "2027 г.",
  "IV квартал",
  "2028 г.",
  "Отдел общего",
  "образования",
  "информационная",
  "справка",
  "2.",
  "Заключение договоров о",
  "целевом обучении",
  "май 2027 г.",
  "август",
  "2028 г.",
  "Отдел общего",
  "образования",
  "не менее 5",
  "договоров",
  "3.",
  "Мониторинг вакансий",
  "ежемесячно",
  "Отдел общего",
  "образования",
  "сводная",
  "информация",
].join("\n");

describe("a deadline's start and end cells given one after the other", () => {
  const plan = structureOrFail(readTextDocument(SPAN, "plan.txt"));

  test("are cut where both read as deadlines: the span from the start to the end", () => {
    expect(plan.items.map((i) => [i.deadline.kind, i.deadline.start, i.deadline.end])).toEqual([
      ["period", "2027-04-01", "2028-12-31"],
      ["period", "2027-05-01", "2028-08-31"],
      ["recurring", "2027-01-01", "2028-12-31"],
    ]);
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Отдел общего образования", "Отдел общего образования", "Отдел общего образования"]);
    expect(lostWords(SPAN, plan)).toEqual([]);
  });
});

/**
 * A narrow funding column before the results, as Writer prints it: its caption and its value broken at the edge
 * without a hyphen («Источни» / «к», «требуетс» / «я»), the result's caption wrapped into brackets, results in lower
 * case. The text gives each cell's lines together, cells left to right.
 */
const FUNDING = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Мероприятие",
  "Срок",
  "Исполнители",
  "Источни",
  "к",
  "финанси",
  "рования",
  "Результат",
  "(показатель)",
  "1 2 3 4 5 6",
  "1. Семинар для молодых",
  "учителей района",
  "март 2027 г.",
  "Отдел",
  "образования",
  "не",
  "требуетс",
  "я",
  "приказ отдела",
  "2. Конкурс «Педагогический",
  "старт»",
  "апрель 2027 г.",
  "Иванова А.А.,",
  "методист",
  "не",
  "требуетс",
  "я",
  "протокол",
  "конкурса",
  "3. Форум молодых педагогов",
  "май 2027 г.",
  "Информационно-",
  "методический центр",
  "не",
  "требуетс",
  "я",
  "отчёт о форуме",
].join("\n");

describe("a narrow extra column's value broken at its edge, in drawing order", () => {
  test("is read whole into its column, the cells beside it kept on their sides", () => {
    const plan = structureOrFail(readTextDocument(FUNDING, "plan.txt"));
    expect(plan.columns.extra).toEqual(["Источник финансирования"]);
    expect(plan.items.map((i) => [i.responsible.text, i.extra["Источник финансирования"] ?? "", i.result])).toEqual([
      ["Отдел образования", "не требуется", "приказ отдела"],
      ["Иванова А.А., методист", "не требуется", "протокол конкурса"],
      ["Информационно-методический центр", "не требуется", "отчёт о форуме"],
    ]);
    // The word as printed stays in the item's notes.
    expect(plan.items[0].notes?.some((n) => n.text.includes("«требуетс я»"))).toBe(true);
    expect(lostWords(FUNDING, plan)).toEqual([]);
  });
});

/**
 * A landscape Writer table in drawing order (pdftotext -raw): a caption Writer broke inside its word («Источник» /
 * «финансирован» / «ия») names no catalogued column, and the column numbers count it. Its value, one line, stands on
 * the row's first baseline right before the result's first line, and the text runs the two on as one line.
 */
const GLUED = [
  "План мероприятий на 2029 год",
  "№",
  "п/п",
  "Наименование мероприятия Ответственные",
  "исполнители",
  "Срок",
  "реализации",
  "Источник",
  "финансирован",
  "ия",
  "Ожидаемый",
  "результат",
  "1 2 3 4 5 6",
  "1.1. Проведение ежегодного мониторинга",
  "кадрового состава школ",
  "начальник отдела кадров",
  "Кузнецова Е.А.",
  "ежегодно, до 1",
  "октября",
  "не требуется аналитический доклад",
  "о кадровом составе",
  "1.2. Формирование прогноза потребности в",
  "педагогических кадрах",
  "ГАУ ДПО «Институт",
  "развития образования»",
  "IV квартал 2029",
  "г.",
  "не требуется прогноз потребности",
  "утверждён",
  "1.3. Проведение ярмарки вакансий для",
  "выпускников вузов",
  "Министерство",
  "образования области",
  "апрель – май",
  "2029 г.",
  "не требуется трудоустроено не",
  "менее 60 выпускников",
].join("\n");

describe("an extra column's value glued on its baseline to the next cell's first line, in drawing order", () => {
  test("is cut off that line into its column, once, the result keeping the rest", () => {
    const plan = structureOrFail(readTextDocument(GLUED, "plan.txt"));
    expect(plan.columns.extra).toEqual(["Источник финансирования"]);
    expect(plan.items.map((i) => [i.deadline.text, i.extra["Источник финансирования"] ?? "", i.result])).toEqual([
      ["ежегодно, до 1 октября", "не требуется", "аналитический доклад о кадровом составе"],
      ["IV квартал 2029 г.", "не требуется", "прогноз потребности утверждён"],
      ["апрель – май 2029 г.", "не требуется", "трудоустроено не менее 60 выпускников"],
    ]);
    expect(lostWords(GLUED, plan)).toEqual([]);
  });
});

/**
 * Executors' cells of two parties, one per line ending with «;», the first a body named in full over two lines, after
 * names whose last line is complete. A body's noun in the nominative («Министерство», «Управление», «Администрация»)
 * has an action noun's ending, but names no action: it opens the executors. A name that mentions a body does so in an
 * oblique case («с Министерством …»), and goes on.
 */
const BODIES = [
  "План мероприятий на 2030 год",
  "№",
  "п/п",
  "Наименование мероприятия",
  "Ответственные исполнители",
  "Срок",
  "Ожидаемый результат",
  "1. Составление прогноза потребности в",
  "учителях по районам и предметам",
  "Министерство образования",
  "Северной области;",
  "ГАУ ДПО «Институт",
  "развития образования»",
  "IV квартал 2030 г.",
  "прогноз утверждён",
  "2. Проведение ярмарки вакансий для",
  "выпускников колледжей",
  "Управление образования",
  "администрации округа;",
  "МБОУ «Школа № 2»",
  "май 2030 г.",
  "трудоустроено не менее 20 выпускников",
  "3. Взаимодействие с",
  "Министерством просвещения по",
  "вопросам целевого обучения",
  "Администрация округа;",
  "руководители школ",
  "в течение года",
  "заключено 10 договоров",
].join("\n");

describe("an executors' cell opening with a body's name in full, in drawing order", () => {
  test("opens the executors after the name's complete last line; a name mentioning a body keeps it", () => {
    const plan = structureOrFail(readTextDocument(BODIES, "plan.txt"));
    expect(plan.items.map((i) => [i.name, i.responsible.text])).toEqual([
      ["Составление прогноза потребности в учителях по районам и предметам", "Министерство образования Северной области; ГАУ ДПО «Институт развития образования»"],
      ["Проведение ярмарки вакансий для выпускников колледжей", "Управление образования администрации округа; МБОУ «Школа № 2»"],
      ["Взаимодействие с Министерством просвещения по вопросам целевого обучения", "Администрация округа; руководители школ"],
    ]);
    expect(lostWords(BODIES, plan)).toEqual([]);
  });
});

/**
 * Writer's drawing order: each cell's lines together, the executors' cell and then the result's, whose first lines
 * open in lower case and read on from the executors' last line as well. A result says what was done or made (a
 * predicate, a figure, a product), which executors never do.
 */
const BORDER = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Наименование",
  "мероприятия",
  "Срок",
  "исполнения",
  "Ответственные",
  "исполнители",
  "Ожидаемый",
  "результат",
  "1. Разработка",
  "муниципальной модели",
  "целевого обучения",
  "педагогов",
  "декабрь 2027",
  "г.",
  "Отдел образования",
  "администрации",
  "округа",
  "модель",
  "утверждена",
  "2. Заключение договоров",
  "о целевом обучении с",
  "выпускниками школ",
  "ежегодно,",
  "июнь – август",
  "руководители",
  "общеобразовательных",
  "организаций",
  "договоры о",
  "целевом",
  "обучении",
  "3. Организация",
  "педагогической",
  "практики студентов",
  "в течение",
  "2027/2028",
  "учебного года",
  "Руководители",
  "образовательных",
  "организаций",
  "практику прошли",
  "не менее 15",
  "студентов",
].join("\n");

describe("the border between the executors' cell and a result opening in lower case, in drawing order", () => {
  test("the result's lines are the result's: a predicate, a product, a figure", () => {
    const plan = structureOrFail(readTextDocument(BORDER, "plan.txt"));
    expect(plan.items.map((i) => [i.responsible.text, i.result])).toEqual([
      ["Отдел образования администрации округа", "модель утверждена"],
      ["руководители общеобразовательных организаций", "договоры о целевом обучении"],
      ["Руководители образовательных организаций", "практику прошли не менее 15 студентов"],
    ]);
  });
});
