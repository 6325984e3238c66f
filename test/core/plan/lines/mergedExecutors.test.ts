import { readFileSync } from "fs";
import * as path from "path";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { mergedDownRows, type MergedRow } from "../../../../src/core/plan/lines/mergedExecutors";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * Writer's print of a table whose executors' cell is merged down over 1.2–1.3 and 1.4–1.5, in drawing order
 * (pdftotext -raw, a browser's copy): the merged cell is drawn once, with the first row it spans, and the rows under it
 * give no executors' lines. Their names end in lower case («договоров о целевом…», «и разработка…»), as an executors'
 * cell may open.
 */
const TEXT = [
  "КОМПЛЕКС МЕР",
  "по развитию кадрового потенциала на 2033 год",
  "№ п/п",
  "Наименование",
  "мероприятия",
  "Ответственный",
  "исполнитель",
  "Срок",
  "исполнения",
  "Показатель",
  "(индикатор)",
  "1. Организационные меры",
  "1.1.",
  "Разработка",
  "муниципального",
  "комплекса мер по",
  "развитию кадрового",
  "потенциала",
  "Управление",
  "образования",
  "(Ситникова О.В.)",
  "до 1 марта",
  "2033 г.",
  "постановление",
  "администрации",
  "округа",
  "1.2.",
  "Проведение",
  "профориентационных",
  "мероприятий для",
  "обучающихся 8–",
  "11 классов",
  "МКУ «Центр",
  "методического",
  "сопровождения»",
  "(Горбунова И.П.)",
  "ежегодно,",
  "февраль –",
  "апрель",
  "охват не менее 300",
  "обучающихся",
  "1.3.",
  "Отбор выпускников",
  "для заключения",
  "договоров о целевом",
  "обучении по",
  "программам",
  "педагогического",
  "бакалавриата",
  "ежегодно, до",
  "1 июля",
  "заключено не менее 6",
  "договоров в год",
  "1.4.",
  "Закрепление",
  "наставников за",
  "молодыми педагогами",
  "Руководители",
  "общеобразовательных",
  "организаций",
  "в течение",
  "2033 года",
  "100 % молодых",
  "педагогов",
  "закреплены",
  "1.5.",
  "Диагностика",
  "профессиональных",
  "дефицитов молодых",
  "педагогов",
  "и разработка",
  "индивидуальных",
  "образовательных",
  "маршрутов",
  "сентябрь –",
  "октябрь 2033 г.",
  "маршруты",
  "разработаны",
  "1.6.",
  "Проведение",
  "конкурса",
  "профессионального",
  "мастерства",
  "МКУ «Центр",
  "методического",
  "сопровождения»",
  "ежегодно,",
  "март",
  "проведён конкурс",
  "1.7.",
  "Выплата",
  "подъёмных молодым",
  "специалистам",
  "Управление",
  "образования",
  "(Ситникова О.В.)",
  "в течение",
  "2033 года",
  "выплаты",
  "произведены",
].join("\n");

describe("an executors' cell merged down, in drawing order", () => {
  const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));
  const item = (n: string) => plan.items.find((i) => i.number === n)!;

  test("a row with no executors' lines keeps its name whole and takes the executors above, noted", () => {
    expect(item("1.3").name).toBe("Отбор выпускников для заключения договоров о целевом обучении по программам педагогического бакалавриата");
    expect(item("1.3").responsible.text).toBe("МКУ «Центр методического сопровождения» (Горбунова И.П.)");
    expect(item("1.5").name).toBe("Диагностика профессиональных дефицитов молодых педагогов и разработка индивидуальных образовательных маршрутов");
    expect(item("1.5").responsible.text).toBe("Руководители общеобразовательных организаций");
    for (const n of ["1.3", "1.5"]) expect(item(n).notes?.map((x) => x.code)).toContain("merged_continuation");
  });

  test("the rows with executors of their own keep them, with no such note", () => {
    expect(item("1.4").responsible.text).toBe("Руководители общеобразовательных организаций");
    expect(item("1.6").responsible.text).toBe("МКУ «Центр методического сопровождения»");
    for (const n of ["1.1", "1.2", "1.4", "1.6", "1.7"]) expect(item(n).notes?.map((x) => x.code) ?? []).not.toContain("merged_continuation");
  });

  test("no word is lost", () => {
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});

describe("mergedDownRows", () => {
  const section: MergedRow = { kind: "section" };
  const own: MergedRow = { kind: "item", gap: 5, executors: true };
  const better = (gap: number): MergedRow => ({ kind: "item", gap, executors: true });
  const none: MergedRow = { kind: "item", gap: null, executors: false };

  test("a row that reads better without executors by more than half an empty cell's cost is under a merged cell", () => {
    expect([...mergedDownRows([section, own, better(-1.5), own, own, none, own])]).toEqual([2, 5]);
  });

  test("a close call, or a row first in its section, is not", () => {
    expect([...mergedDownRows([section, own, better(-0.2), own, own, own])]).toEqual([]);
    expect([...mergedDownRows([section, own, own, section, better(-1.5), own, own])]).toEqual([]);
  });

  test("a plan whose rows often have no executors, or whose first row has none, keeps its empty cells", () => {
    expect([...mergedDownRows([section, own, none, none, own, none, own])]).toEqual([]);
    expect([...mergedDownRows([section, none, own, own, none, own, own])]).toEqual([]);
  });

  test("a row a line of which reads as executors by its own words has its own cell, however it was read", () => {
    const worded: MergedRow = { kind: "item", gap: null, executors: false, executorWording: true };
    const wordedBetter: MergedRow = { kind: "item", gap: -1.5, executors: true, executorWording: true };
    expect([...mergedDownRows([section, own, worded, own, own, own, wordedBetter, own])]).toEqual([]);
    expect([...mergedDownRows([section, own, none, own, own, own, wordedBetter, own])]).toEqual([2]);
  });

  test("a row that gives its name alone (its other cells printed elsewhere, pdftotext's blocks) is under no merged cell", () => {
    const nameOnly: MergedRow = { kind: "item", gap: null, executors: false, otherCells: false };
    const nameOnlyBetter: MergedRow = { kind: "item", gap: -1.5, executors: true, otherCells: false };
    expect([...mergedDownRows([section, own, nameOnly, own, own, nameOnlyBetter, own])]).toEqual([]);
    expect([...mergedDownRows([section, own, { ...nameOnly, otherCells: true }, own, own, nameOnlyBetter, own])]).toEqual([2]);
  });

  test("too few items say nothing", () => {
    expect([...mergedDownRows([section, own, none, own])]).toEqual([]);
  });
});

/**
 * pdftotext -raw of a plan whose rows glue their cells on common baselines (pdf-pdftotext-stream-lower-results, seed
 * 37): the last row 2.1.5 reads all its lines as the name, none as executors, though its own («Территориальная
 * аттестационная комиссия, РМО») are glued among them. With the executors above («О.С. Соколов») and no deadline it
 * would read as the table's signing, and the item would go to the end matter.
 */
const GLUED_LAST_ROW = [
  "УТВЕРЖДАЮ",
  "Начальник управления образования",
  "администрации Берёзовского муниципального района",
  "____________ С.А. Миронов",
  "«___» __________ 2026 г.",
  "План работы по развитию кадрового потенциала педагогических работников на 2026 год",
  "№ п/п Содержание работы Форма отчётности Период реализации Ответственные исполнители",
  "Цель 1. Аттестация педагогических работников",
  "Задача 1.1. Обеспечение выявление кадровых потребностей",
  "1.1.1. Формирование целевого обучения выпускников итоговый протокол заседания согласно плану О.С. Фёдорова",
  "общеобразовательных организаций с привлечением ведущих комиссии руководители образовательных",
  "специалистов регионального института организаций",
  "1.1.2. Подготовка и направление базы данных вакантных протокол заседания комиссии по плану заседаний РУМО руководители образовательных",
  "должностей педагогических работников в сетевом формате с организаций",
  "использованием дистанционных технологий на территории",
  "муниципального округа",
  "1.1.3. Реализация диагностики профессиональных дефицитов итоговый протокол заседания по плану заседаний РУМО Гусева Н.П.",
  "учителей для педагогов дошкольных образовательных комиссии",
  "организаций",
  "Задача 1.2. Обеспечение повышение профессионального мастерства",
  "1.2.1. Обеспечение участия персонифицированной программы аналитический отчёт о по мере необходимости методист",
  "наставничества для педагогов дошкольных образовательных результатах мониторинга ИРО",
  "организаций",
  "Цель 2. Развитие системы наставничества",
  "Задача 2.1. Обеспечение привлечение молодых специалистов",
  "2.1.1 Обеспечение участия аттестации педагогических работников индивидуальные планы по графику Волкова Е.Н., главный специалист",
  "на квалификационные категории профессионального развития отдела общего образования",
  "2.1.2 Реализация диагностики профессиональных дефицитов приказ управления образования Постоянно Новикова И.Г., заместитель начальника",
  "учителей по итогам учебного года управления образования",
  "2.1.3 Организация и проведение базы данных вакантных приказ управления образования II квартал 2026 года главный специалист отдела общего",
  "должностей педагогических работников на территории образования, А.В. Волкова",
  "муниципального округа с привлечением ведущих",
  "специалистов регионального института",
  "2.1.4 Организация и проведение диагностики профессиональных аналитический отчёт о по графику О.С. Соколов",
  "дефицитов учителей на территории муниципального округа результатах мониторинга",
  "2.1.5 Актуализация курсов повышения квалификации руководящих аналитическая справка в течение 2026 года Территориальная аттестационная",
  "работников на территории муниципального округа комиссия, РМО",
  "Начальник управления образования ____________ С.А. Миронов",
  "Исполнитель: Новикова И.Г., тел. 8 (3300) 77-93-89",
  "1",
  "\f",
].join("\n");

describe("a row that the executors above would turn into the table's signing", () => {
  const plan = structureOrFail(readTextDocument(GLUED_LAST_ROW, "plan.txt"));

  test("stays an item, with no executors taken from above", () => {
    expect(plan.items.map((i) => i.number)).toEqual(["1.1.1", "1.1.2", "1.1.3", "1.2.1", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5"]);
    const last = plan.items.find((i) => i.number === "2.1.5")!;
    expect(last.responsible.text).not.toBe("О.С. Соколов");
    expect(last.notes?.map((x) => x.code) ?? []).not.toContain("merged_continuation");
  });
});

describe("a merged cell drawn once is drawing order's alone", () => {
  test("text read another way (pdftotext without layout, its flows) takes no executors from above", () => {
    // verkhnerechny-2027's raw text (official fixture): read by flows, rows 6–8 gave no executors' lines and took the
    // cell above, and the section's title went into an item (sections 2/4 → 1/4).
    const text = readFileSync(path.join(__dirname, "../../../fixtures/plans/official/verkhnerechny-2027.raw.txt"), "utf8");
    const plan = structureOrFail(readTextDocument(text, "verkhnerechny-2027.raw.txt"));
    expect(plan.items.filter((i) => i.notes?.some((n) => n.code === "merged_continuation")).map((i) => i.number)).toEqual([]);
  });
});
