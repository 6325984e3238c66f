import { wordsCovered } from "../../../src/core/table/wordsCovered";

const lines = ["№ п/п Наименование", "Срок реализации Источник", "начала окончания", "1.1 Проведение семинара"].map((l) => l.toLowerCase().split(" "));
const header = ["№", "п/п", "наименование", "срок", "реализации", "начала", "окончания", "источник"];

describe("the lines that hold exactly a header's words", () => {
  test("however the lines group them and in any order: the last such line", () => {
    expect(wordsCovered(header, 0, lines.length, (j) => lines[j])).toBe(2);
  });

  test("a word the header does not have, or one too many, rules the lines out", () => {
    expect(wordsCovered(header.filter((w) => w !== "источник"), 0, lines.length, (j) => lines[j])).toBeNull();
    expect(wordsCovered(header, 1, lines.length, (j) => lines[j])).toBeNull();
  });

  test("a line the caller gives no words for (another page) ends the search; no words cover nothing", () => {
    expect(wordsCovered(header, 0, lines.length, (j) => (j < 2 ? lines[j] : null))).toBeNull();
    expect(wordsCovered([], 0, lines.length, (j) => lines[j])).toBeNull();
  });
});
