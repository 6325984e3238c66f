import { joinNumberRests } from "../../../../src/core/plan/lines/numberRests";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const texts = (ls: readonly Line[]) => ls.map((l) => l.text);

describe("numbers Writer broke after a dot, in drawing order", () => {
  test("a rest that could not follow the number above it alone is its last level («1.1.» / «1.»)", () => {
    expect(texts(joinNumberRests(lines(["1.1. – Выявление кадровых", "1.1.", "1.", "не позднее", "30.01.2026"])))).toEqual(["1.1. – Выявление кадровых", "1.1.1.", "не позднее", "30.01.2026"]);
  });

  test("a rest that may follow it as a number of its own stays apart, and so do pieces parted by a blank line", () => {
    expect(texts(joinNumberRests(lines(["1.2.", "2.", "Совещание"])))).toEqual(["1.2.", "2.", "Совещание"]);
    // A № column given as a block of its own, out of order: whole numbers, no rests.
    expect(texts(joinNumberRests(lines(["1.3.", "1.4.", "1.2.", "2.1."])))).toEqual(["1.3.", "1.4.", "1.2.", "2.1."]);
    const parted: Line[] = [{ row: 1, text: "1.1." }, { row: 3, text: "1.", parted: true }];
    expect(texts(joinNumberRests(parted))).toEqual(["1.1.", "1."]);
  });

  test("«1.» over «1» is «1.1» where the numbering before it says so, each row in turn", () => {
    const read = texts(joinNumberRests(lines(["1 2 3", "1. Выявление дефицита", "1.", "1", "Сбор сведений", "1.", "2", "Мониторинг", "2. Подготовка кадров", "2.", "1", "Заключение договоров"])));
    expect(read).toEqual(["1 2 3", "1. Выявление дефицита", "1.1", "Сбор сведений", "1.2", "Мониторинг", "2. Подготовка кадров", "2.1", "Заключение договоров"]);
  });

  test("«1.» over «1» is «1.1» under a heading in Roman numerals where the next row's number is broken the same way", () => {
    const read = texts(joinNumberRests(lines(["Раздел I. Выявление", "1.", "1", "Подготовка доклада", "1.", "2", "Анализ", "Раздел II. Меры", "2.", "1", "Анкетирование", "2.", "2", "Формирование резерва"])));
    expect(read).toEqual(["Раздел I. Выявление", "1.1", "Подготовка доклада", "1.2", "Анализ", "Раздел II. Меры", "2.1", "Анкетирование", "2.2", "Формирование резерва"]);
  });

  test("«1.» over «1» stays apart where the head alone counts on («2.» after «1.3»), or nothing numbered stands before it", () => {
    expect(texts(joinNumberRests(lines(["1.3. Анализ", "2.", "1", "Семинар"])))).toEqual(["1.3. Анализ", "2.", "1", "Семинар"]);
    expect(texts(joinNumberRests(lines(["1.", "1", "Семинар"])))).toEqual(["1.", "1", "Семинар"]);
  });

  test("a number of one level over a digit is no broken number (a section «1.» over column numbers)", () => {
    expect(texts(joinNumberRests(lines(["1.", "1.", "Семинар"])))).toEqual(["1.", "1.", "Семинар"]);
  });
});
