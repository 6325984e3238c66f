import { repeatedHeaders } from "../../../../src/core/table/positioned/repeatedHeaders";
import type { Line } from "../../../../src/core/table/positioned/types";

/** Lines given as their words, each word at its own x (only the words and pages matter here). */
function line(page: number, top: number, text: string): Line {
  const words = text.split(" ").map((t, k) => ({ text: t, x: 50 + 60 * k, y: top, width: 40, height: 10, page }));
  return { page, top, bottom: top + 10, words, row: 0, text };
}

// A header of two caption rows («Срок» merged over «начало | окончание») and the column numbers under it.
const PAGE_1 = [line(1, 100, "№ Наименование Срок Исполнитель"), line(1, 112, "п/п мероприятия начало окончание ответственный"), line(1, 124, "1 2 3 4 5"), line(1, 136, "1.1 Анкетирование 2027 2028 Отдел")];

describe("repeatedHeaders", () => {
  test("a later page that sets the header's lines again repeats it, line for line", () => {
    const lines = [...PAGE_1, line(2, 50, "№ Наименование Срок Исполнитель"), line(2, 62, "п/п мероприятия начало окончание ответственный"), line(2, 74, "1 2 3 4 5")];
    const found = repeatedHeaders(lines, 0, 1, lines[2]);
    expect(found.get(2)).toEqual({ lines: [4, 5], regrouped: false, numbers: false });
  });

  test("a later page whose rows clip the captions' last lines onto the column numbers repeats the header and the numbers", () => {
    // Writer's repeated rows a little shorter: «ответственный» comes out on the numbers' line, the words in other lines.
    const lines = [...PAGE_1, line(2, 50, "№ Наименование Срок Исполнитель"), line(2, 58, "п/п мероприятия начало окончание"), line(2, 66, "1 2 3 ответственный 4 5"), line(2, 80, "программы")];
    const found = repeatedHeaders(lines, 0, 1, lines[2]);
    expect(found.get(2)).toEqual({ lines: [4, 5, 6], regrouped: true, numbers: true });
  });

  test("a caption's clipped line interleaved with a column number into one word («тыс.7руб.»): its characters are the header's", () => {
    const lines = [...PAGE_1, line(2, 50, "№ Наименование Срок Исполнитель"), line(2, 58, "п/п мероприятия начало окончание"), line(2, 66, "1 2 3 ответ4ственный 5"), line(2, 80, "программы")];
    expect(repeatedHeaders(lines, 0, 1, lines[2]).get(2)).toEqual({ lines: [4, 5, 6], regrouped: true, numbers: true });
  });

  test("a later page whose rows clip a caption's last line away: the numbers whole and most of the header's words repeat it", () => {
    const lines = [...PAGE_1, line(2, 50, "№ Наименование Срок Исполнитель"), line(2, 58, "п/п мероприятия начало окончание"), line(2, 66, "1 2 3 4 5"), line(2, 80, "программы")];
    expect(repeatedHeaders(lines, 0, 1, lines[2]).get(2)).toEqual({ lines: [4, 5, 6], regrouped: true, numbers: true });
    // Without the numbers' row to anchor it, some of the header's words are no header.
    expect(repeatedHeaders(lines.slice(0, 6), 0, 1, null).has(2)).toBe(false);
  });

  test("lines with a word the header has not are no header, whatever else they share with it", () => {
    const lines = [...PAGE_1, line(2, 50, "№ Наименование Срок Исполнитель"), line(2, 58, "п/п мероприятия начало окончание ответственный 1 2 3 4 5 итого")];
    expect(repeatedHeaders(lines, 0, 1, lines[2]).has(2)).toBe(false);
  });
});
