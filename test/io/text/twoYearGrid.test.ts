import { readFileSync } from "fs";
import path from "path";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A month grid over two years as `pdftotext -layout` prints a Calc план-график (uglegorsky-2035, cut to its first
 * items and the top of page 2): «Сроки исполнения» centred over the whole grid, «2035 год» and «2036 год» each
 * centred over its twelve months, «янв.» … «дек.» under them, and the header repeated on page 2.
 */
const lines = readFileSync(path.join(__dirname, "../../fixtures/plans/official/uglegorsky-2035.layout.txt"), "utf8").split("\n");
const text = [...lines.slice(0, 41), ...lines.slice(97, 114)].join("\n");

test("each month is dated by the year over it, not by the caption over the years; a page's header repeat is no row", () => {
  const plan = structureOrFail(readTextDocument(text, "uglegorsky-2035.layout.txt"));
  expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
    ["1.1", "recurring", "2035-01-01", "2036-12-31", "month"],
    ["1.2", "period", "2035-02-01", "2035-03-31", null],
    ["1.3", "period", "2035-01-01", "2035-04-30", null],
    ["1.4", "recurring", "2035-01-01", "2036-12-31", "half_year"],
    ["1.5", "period", "2035-10-01", "2035-11-30", null],
    ["4.1", "recurring", "2036-01-01", "2036-12-31", "month"],
    // Marks only in the last months of 2035 beside a row marked in every month of 2036: each in its own year's grid.
    ["4.2", "period", "2035-10-01", "2035-12-31", null],
  ]);
  expect(plan.columns.extra[0]).toBe("Сроки исполнения 2035 год янв.");
  expect(plan.columns.extra[12]).toBe("Сроки исполнения 2036 год янв.");
});

/**
 * Quarters over two years as `pdftotext -layout` prints a ruled PDF: «Срок исполнения» centred over the grid, each
 * year one word over its own quarters (over the third, as it happens), the quarters on two lines («I» over
 * «квартал», the second line's words one space apart).
 */
describe("quarters on two lines under a year each", () => {
  const at = (parts: readonly (readonly [number, string])[]) => parts.reduce((line, [col, text]) => line.padEnd(col) + text, "");
  const QUARTER_AT = [76, 84, 92, 100, 108, 116, 124, 132];
  const marks = (cols: readonly number[]) => cols.map((c) => [QUARTER_AT[c - 1], "х"] as const);
  const text = [
    "План мероприятий по кадровому обеспечению на 2027–2028 годы",
    "",
    at([[0, "№"], [7, "Наименование мероприятия"], [48, "Результат"], [98, "Срок исполнения"], [138, "Исполнитель"]]),
    at([[87, "2027"], [121, "2028"]]),
    at(["I", "II", "III", "IV", "I", "II", "III", "IV"].map((q, k) => [QUARTER_AT[k] - Math.floor(q.length / 2), q] as const)),
    at([[72, Array(8).fill("квартал").join(" ")]]),
    "Раздел 1. Кадровый резерв",
    at([[0, "1.1"], [7, "Обновление базы данных"], [48, "Приказ"], ...marks([2, 6]), [138, "РМО"]]),
    at([[7, "кадрового резерва"]]),
    at([[0, "1.2"], [7, "Совещание руководителей"], [48, "Протокол"], ...marks([4, 5]), [138, "УО"]]),
    at([[0, "1.3"], [7, "Отчёт о выполнении плана"], [48, "Справка"], ...marks([1, 2, 3, 4, 5, 6, 7, 8]), [138, "ИМЦ"]]),
  ].join("\n");

  test("each quarter is dated by the year over it, whichever quarter the year's word stands over", () => {
    const plan = structureOrFail(readTextDocument(text, "two-years.layout.txt"));
    expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
      ["1.1", "recurring", "2027-01-01", "2028-12-31", "year"],
      ["1.2", "period", "2027-10-01", "2028-03-31", null],
      ["1.3", "recurring", "2027-01-01", "2028-12-31", "quarter"],
    ]);
    expect(plan.columns.extra).toEqual([2027, 2028].flatMap((y) => ["I", "II", "III", "IV"].map((q) => `Срок исполнения ${y} ${q} квартал`)));
  });

  // The years alone over the grid on the header's first line; «Ответственные» wrapped beside the quarters' ordinals.
  test("the ordinals' line beside another caption's wrapped word is the header's, not a row numbered «I»", () => {
    const beside = [
      "План работы на 2026–2027 годы",
      "",
      at([[0, "№ п/п"], [7, "Содержание работы"], [45, "Форма отчётности"], [85, "2026 г."], [118, "2027 г."], [138, "Ответственные"]]),
      at([...["I", "II", "III", "IV", "I", "II", "III", "IV"].map((q, k) => [QUARTER_AT[k] - 2, q] as const), [138, "исполнители"]]),
      at(QUARTER_AT.map((c) => [c - 3, "кв."] as const)),
      "Цель 1. Кадровый резерв",
      at([[0, "1.1."], [7, "Обновление базы данных"], [45, "Приказ"], ...marks([2, 6]), [138, "РМО"]]),
      at([[0, "1.2."], [7, "Совещание руководителей"], [45, "Протокол"], ...marks([4, 5]), [138, "УО"]]),
    ].join("\n");
    const plan = structureOrFail(readTextDocument(beside, "two-years.layout.txt"));
    expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
      ["1.1", "recurring", "2026-01-01", "2027-12-31", "year"],
      ["1.2", "period", "2026-10-01", "2027-03-31", null],
    ]);
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["РМО", "УО"]);
  });

  // pdftotext sets a year's caption where its letters fall, not always over its columns' middle: «2028» here stands
  // nearer the first quarter of 2028 than «2027» does only by a character or two.
  test("each year has its four quarters, wherever its caption stands", () => {
    const OFF = [73, 81, 89, 97, 105, 113, 121, 129];
    const off = [
      "План мероприятий по кадровому обеспечению на 2027–2028 годы",
      "",
      at([[0, "№"], [7, "Наименование мероприятия"], [48, "Результат"], [96, "Период выполнения"], [138, "Исполнитель"]]),
      at([[86, "2027"], [122, "2028"]]),
      at(["I", "II", "III", "IV", "I", "II", "III", "IV"].map((q, k) => [OFF[k] - Math.floor(q.length / 2), q] as const)),
      at([[70, Array(8).fill("квартал").join(" ")]]),
      "Раздел 1. Кадровый резерв",
      at([[0, "1.1"], [7, "Обновление базы данных"], [48, "Приказ"], [OFF[4], "х"], [138, "РМО"]]),
      at([[0, "1.2"], [7, "Совещание руководителей"], [48, "Протокол"], [OFF[1], "х"], [OFF[5], "х"], [138, "УО"]]),
    ].join("\n");
    const plan = structureOrFail(readTextDocument(off, "two-years.layout.txt"));
    expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
      ["1.1", "period", "2028-01-01", "2028-03-31", null],
      ["1.2", "recurring", "2027-01-01", "2028-12-31", "year"],
    ]);
    expect(plan.columns.extra).toEqual([2027, 2028].flatMap((y) => ["I", "II", "III", "IV"].map((q) => `Период выполнения ${y} ${q} квартал`)));
  });
});
