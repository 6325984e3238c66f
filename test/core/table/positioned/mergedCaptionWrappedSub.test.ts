import { findHeaderBand, headerCells } from "../../../../src/core/table/positioned/findHeaderBand";
import { groupLines } from "../../../../src/core/table/positioned/groupLines";
import { planHeaderVerdict } from "../../../../src/core/table/positioned/planHeaderVerdict";
import { splitRunsAtRules } from "../../../../src/core/table/positioned/splitRunsAtRules";
import type { PositionedWord, RulingLine } from "../../../../src/core/table/positioned/types";

/**
 * A programme's header as Writer prints it to PDF (words, text runs and rules as the PDF reader gets them, in points):
 * «Сроки реализации» merged over «дата начала | дата окончания» (a rule under the merged cell, one between the two),
 * the start's caption one line centred in its cell, the end's two lines («дата» / «окончания») — the wider
 * «окончания» overhangs the merged caption on the right; the funding caption wrapped over four lines; the column
 * numbers under the header, the first item under them.
 */
const WORDS: [number, number, number, number, string][] = [
  [64, 173.8, 9.2, 6, "N"], [59, 186.6, 19.2, 7, "п/п"], [142.2, 180.2, 85.6, 8, "Мероприятие"], [307.8, 180.2, 83.0, 9, "Исполнитель"],
  [446.7, 161.0, 37.0, 10, "Сроки"], [491.1, 161.0, 73.9, 10, "реализации"], [618.7, 161.0, 41.7, 11, "Объём"],
  [604.1, 173.8, 70.8, 12, "финансиро"], [603.3, 186.6, 33.0, 13, "вания"], [642.9, 186.6, 33.0, 13, "(тыс."], [614.1, 199.4, 50.9, 14, "рублей)"],
  [706.8, 180.2, 64.2, 15, "Результат"], [420.4, 186.9, 28.9, 16, "дата"], [456.5, 186.9, 43.3, 16, "начала"],
  [536.7, 180.5, 30.1, 17, "дата"], [518, 193.3, 67.4, 18, "окончания"],
  [64.8, 212.7, 7.6, 19, "1"], [181.2, 212.7, 7.6, 20, "2"], [345.5, 212.7, 7.6, 21, "3"], [456.3, 212.7, 7.6, 22, "4"],
  [547.9, 212.7, 7.6, 23, "5"], [635.8, 212.7, 7.6, 24, "6"], [735.1, 212.7, 7.6, 25, "7"],
  [56.8, 239.3, 21.0, 27, "1.1."], [91.1, 239.3, 66.2, 28, "Разработка"], [289.8, 239.3, 82.1, 32, "руководители"],
  [419.7, 239.3, 6.3, 35, "в"], [432.2, 239.3, 43.9, 35, "течение"], [482.4, 239.3, 25.1, 35, "года"], [603, 239.3, 5.5, 36, "–"], [687, 239.3, 41.6, 37, "Приказ"],
];
const RULES: [number, number, number, number][] = [
  [51, 159.4, 796.3, 159.4], [414, 172.7, 597.8, 172.7], [51.5, 211.1, 795.8, 211.1], [51.5, 224.4, 795.8, 224.4], [51.5, 237.7, 795.8, 237.7],
  [51.3, 159.1, 51.3, 535.3], [85.6, 159.6, 85.6, 224.6], [284.3, 159.6, 284.3, 224.6], [414.2, 159.6, 414.2, 224.6], [505.8, 172.4, 505.8, 224.6],
  [597.5, 159.6, 597.5, 224.6], [681.5, 159.6, 681.5, 224.6], [796.1, 159.1, 796.1, 535.3],
];
const words: PositionedWord[] = WORDS.map(([x, y, width, run, text]) => ({ text, x, y, width, height: 11, page: 1, run }));
const rules: RulingLine[] = RULES.map(([x0, y0, x1, y1]) => ({ x0, y0, x1, y1, page: 1 }));

describe("a caption merged over two sub-captions, the end's wrapped line overhanging it (a PDF printed by Writer)", () => {
  const lines = groupLines(splitRunsAtRules(words, rules));
  // The phrase gap readPositionedText takes: 0.6 of the median word height.
  const gap = 0.6 * 11;
  const band = findHeaderBand(lines, gap, planHeaderVerdict, 20, rules)!;

  test("the header takes every caption line down to the column numbers, «окончания» and «рублей)» included", () => {
    expect(lines.slice(band.first, band.last + 1).flatMap((l) => l.words.map((w) => w.text))).toEqual(expect.arrayContaining(["окончания", "рублей)"]));
    expect(lines[band.last + 1].text).toBe("1 2 3 4 5 6 7");
  });

  test("the span's two columns are named with the caption, and the funding caption is read whole", () => {
    expect(headerCells(lines.slice(band.first, band.last + 1), gap).map((c) => c.text)).toEqual([
      "N п/п",
      "Мероприятие",
      "Исполнитель",
      "Сроки реализации дата начала",
      "Сроки реализации дата окончания",
      "Объём финансирования (тыс. рублей)",
      "Результат",
    ]);
  });
});
