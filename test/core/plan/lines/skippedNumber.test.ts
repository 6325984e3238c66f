import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const numbers = (texts: readonly string[]) => segmentRows(lines(texts), 0, [])?.segments.map((s) => `${s.kind}:${s.number ?? "-"}`);

describe("a row's number given after the next row's (pdftotext's block order)", () => {
  test("the number the list skipped opens its row where it comes, and the list goes on from the furthest", () => {
    expect(numbers(["1.1 Семинар", "май", "1.2 Форум", "июнь", "1.4 Конкурс", "июль", "1.3 Ярмарка вакансий", "август", "1.5 Отчёт"])).toEqual([
      "item:1.1",
      "item:1.2",
      "item:1.4",
      "item:1.3",
      "item:1.5",
    ]);
  });

  test("only the skipped number, once, and only while its list goes on", () => {
    // «1.3» again: the row is there already, the line is text.
    expect(numbers(["1.1 Семинар", "1.3 Форум", "1.2 Конкурс", "1.2 пункта положения", "1.4 Отчёт"])).toEqual(["item:1.1", "item:1.3", "item:1.2", "item:1.4"]);
    // Another list came between: «1.3» is no row of section 2.
    expect(numbers(["1.1 Семинар", "1.3 Форум", "2.1 Конкурс", "1.2 пункта положения", "2.2 Отчёт"])).toEqual(["item:1.1", "item:1.3", "item:2.1", "item:2.2"]);
  });

  test("a whole number without its dot is a quantity as often: never taken so", () => {
    expect(numbers(["1. Семинар", "3. Конкурс", "2 педагога приняты", "4. Отчёт"])).toEqual(["item:1.", "item:3.", "item:4."]);
  });
});
