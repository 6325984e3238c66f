import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

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
