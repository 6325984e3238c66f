import { groupLines, phrases } from "../../../../src/core/table/positioned/groupLines";
import { splitRunsAtRules } from "../../../../src/core/table/positioned/splitRunsAtRules";
import type { PositionedWord, RulingLine } from "../../../../src/core/table/positioned/types";

/** A run as pdfjs gives it: its words' positions estimated from their share of the run's characters. */
function run(texts: readonly string[], x0: number, x1: number, y: number, id: number): PositionedWord[] {
  const chars = texts.join(" ").length;
  const unit = (x1 - x0) / chars;
  let at = 0;
  return texts.map((text) => {
    const word = { text, x: x0 + at * unit, y, width: text.length * unit, height: 11.7, page: 1, run: id };
    at += text.length + 1;
    return word;
  });
}

/** A column border as Chromium (Skia) prints it: each cell's side filled on its own, two hairlines a point apart. */
const border = (x: number, y0: number, y1: number): RulingLine[] => [
  { page: 1, x0: x, x1: x, y0, y1 },
  { page: 1, x0: x + 0.7, x1: x + 0.7, y0, y1 },
];

/**
 * pdfjs joins text drawn close together on one line into one run: a full cell and the next one («II полугодие» and
 * «руководители», «Ответственные» and «Форма отчёта» where the first caption fills its column).
 */
describe("a text run across a cell border", () => {
  const rules = [...border(46, 60, 200), ...border(144, 60, 200), ...border(215.2, 60, 200), ...border(311.1, 60, 200), ...border(397.6, 60, 200)];

  test.each([
    ["left hairline first", rules],
    ["right hairline first", [...rules].reverse()],
  ])("a border drawn twice a hair apart cuts the run once, between the two cells' words (%s)", (_, drawn) => {
    const words = [...run(["3."], 30, 40, 150, 1), ...run(["Открытые", "уроки"], 49, 137, 150, 2), ...run(["II", "полугодие", "руководители"], 146.5, 292.8, 150, 3)];
    const cut = splitRunsAtRules(words, drawn);
    const [line] = groupLines(cut);
    const cells = (x0: number, x1: number) => line.words.filter((w) => w.x >= x0 && w.x + w.width <= x1).map((w) => w.text);
    expect(cells(144, 215.2)).toEqual(["II", "полугодие"]);
    expect(cells(215.9, 311.1)).toEqual(["руководители"]);
  });

  test("the two cells' captions one space apart are two phrases, however near", () => {
    const words = [...run(["№"], 30, 38, 72, 1), ...run(["Мероприятие"], 60, 130, 72, 2), ...run(["Сроки"], 162, 198, 72, 3), ...run(["Ответственные", "Форма", "отчёта"], 218.3, 394.9, 72, 4)];
    const [line] = groupLines(splitRunsAtRules(words, rules));
    expect(phrases(line, 7).map((p) => p.text)).toEqual(["№", "Мероприятие", "Сроки", "Ответственные", "Форма отчёта"]);
  });
});
