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

  test("too few items say nothing", () => {
    expect([...mergedDownRows([section, own, none, own])]).toEqual([]);
  });
});
