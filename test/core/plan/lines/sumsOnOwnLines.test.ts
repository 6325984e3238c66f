import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { sumsByOrder } from "../../../../src/core/plan/lines/sumsOnOwnLines";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A ruled page Writer printed, through pdftotext without -layout: the №, name and executors' columns first, row by
 * row, then the captions of the columns printed after them, each over its column number, the caption merged over the
 * years between them, and the rows' later cells one after another, parted by blank lines, each sum on a line of its
 * own.
 */
const PAGE = [
  "План мероприятий на 2026 год",
  "№",
  "п/п",
  "",
  "Мероприятие",
  "",
  "Исполнитель",
  "",
  "1",
  "2",
  "3",
  "1. Методическая работа",
  "1.1. Семинар для молодых",
  "Отдел образования",
  "учителей района",
  "1.2. Конкурс «Педагог года»",
  "Иванова А.А., методист",
  "2. Аттестация",
  "2.1. Консультации для",
  "Петров И.И.",
  "аттестуемых педагогов",
  "",
  "Срок",
  "4",
  "",
  "Объём финансирования,",
  "тыс. руб.",
  "2026 год",
  "2027 год",
  "5",
  "6",
  "",
  "Результат",
  "7",
  "",
  "март 2026 г.",
  "",
  "–",
  "",
  "1 440,0",
  "",
  "Приказ отдела",
  "образования",
  "",
  "апрель 2026 г.",
  "",
  "12 500,0",
  "",
  "–",
  "",
  "Протокол конкурса",
  "",
  "в течение года",
  "",
  "–",
  "",
  "–",
  "",
  "Журнал консультаций",
].join("\n");

/**
 * The same page where the caption over the years is the header's last caption, the rows' sums in the executors' flow,
 * each on a line of its own between an executor's lines.
 */
const UNDER_HEADER = [
  "План мероприятий на 2026 год",
  "№",
  "п/п",
  "",
  "Мероприятие",
  "",
  "Исполнитель",
  "",
  "Объём финансирования,",
  "тыс. руб.",
  "2026 год",
  "2027 год",
  "1",
  "2",
  "3",
  "4",
  "5",
  "1. Методическая работа",
  "1.1. Семинар для молодых",
  "Отдел образования",
  "–",
  "1 440,0",
  "учителей района",
  "1.2. Конкурс «Педагог года»",
  "Иванова А.А.,",
  "12 500,0",
  "–",
  "методист",
  "2. Аттестация",
  "2.1. Консультации для",
  "Петров И.И.",
  "–",
  "–",
  "аттестуемых педагогов",
  "",
  "Срок",
  "6",
  "",
  "Результат",
  "7",
  "",
  "март 2026 г.",
  "",
  "Приказ отдела",
  "образования",
  "",
  "апрель 2026 г.",
  "",
  "Протокол конкурса",
  "",
  "в течение года",
  "",
  "Журнал консультаций",
].join("\n");

const YEARS = ["Объём финансирования, тыс. руб. 2026 год", "Объём финансирования, тыс. руб. 2027 год"];

describe("sums by year on lines of their own, the caption over the years apart from the header", () => {
  test("each year is a column named by the caption and its year, and the sums go to the items in order", () => {
    const plan = structureOrFail(readTextDocument(PAGE, "plan.txt"));
    expect(plan.columns.extra).toEqual(YEARS);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, ...YEARS.map((y) => i.extra[y] ?? ""), i.result])).toEqual([
      ["1.1", "Семинар для молодых учителей района", "Отдел образования", "март 2026 г.", "–", "1 440,0", "Приказ отдела образования"],
      ["1.2", "Конкурс «Педагог года»", "Иванова А.А., методист", "апрель 2026 г.", "12 500,0", "–", "Протокол конкурса"],
      ["2.1", "Консультации для аттестуемых педагогов", "Петров И.И.", "в течение года", "–", "–", "Журнал консультаций"],
    ]);
    expect(lostWords(PAGE, plan)).toEqual([]);
  });

  test("under a header whose last caption is merged over the years, the sums in another column's flow go to the items in order", () => {
    const plan = structureOrFail(readTextDocument(UNDER_HEADER, "plan.txt"));
    expect(plan.columns.extra).toEqual(YEARS);
    expect(plan.items.map((i) => [i.number, ...YEARS.map((y) => i.extra[y] ?? "")])).toEqual([
      ["1.1", "–", "1 440,0"],
      ["1.2", "12 500,0", "–"],
      ["2.1", "–", "–"],
    ]);
    expect(plan.items.map((i) => i.notes ?? [])).toEqual([[], [], []]);
    expect(lostWords(UNDER_HEADER, plan)).toEqual([]);
  });

  test("sums that are not as many as the years times the items are given to no item by order", () => {
    expect(sumsByOrder(["–", "1 440,0", "12 500,0", "–", "–", "–"], 2, 3)).toEqual([["–", "1 440,0"], ["12 500,0", "–"], ["–", "–"]]);
    expect(sumsByOrder(["–", "1 440,0", "12 500,0", "–", "–"], 2, 3)).toBeNull();
    expect(sumsByOrder([], 2, 0)).toBeNull();
  });
});
