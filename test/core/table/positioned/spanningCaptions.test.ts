import { headerCells } from "../../../../src/core/table/positioned/findHeaderBand";
import { groupLines } from "../../../../src/core/table/positioned/groupLines";
import type { PositionedWord } from "../../../../src/core/table/positioned/types";

/** Lines of fixed-width text as words at character offsets (x) and line numbers (y), as the text readers place them. */
function textLines(lines: readonly string[]) {
  const words: PositionedWord[] = lines.flatMap((l, y) => [...l.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: m.index!, y, width: m[0].length, height: 1, page: 1 })));
  return groupLines(words);
}

/** Words centred over columns `width` characters wide from `from` (the columns of «квартал квартал …»). */
function centredOver(words: readonly string[], from: number, width: number): string {
  let line = "";
  words.forEach((w, k) => {
    line = line.padEnd(from + k * width + Math.floor((7 - w.length) / 2)) + w;
  });
  return line;
}

/** Two spaces part phrases, as in the fixed-width reader. */
const cellsOf = (lines: readonly string[]) => headerCells(textLines(lines), 1.5).map((c) => c.text);

describe("a header caption merged over period columns", () => {
  test("a year over quarters one space apart, overlapping none of them: each quarter a column under the year", () => {
    expect(cellsOf(["№ п/п                     2025               Наименование мероприятия       Исполнитель", "           I кв.    II кв.    III кв. IV кв."])).toEqual([
      "№ п/п",
      "2025 I кв.",
      "II кв.",
      "III кв.",
      "IV кв.",
      "Наименование мероприятия",
      "Исполнитель",
    ]);
  });

  test("quarters stacked over two lines one space apart («I II» over «кв. кв.») under a caption that overlaps them", () => {
    expect(cellsOf(["№     Мероприятие       Сроки исполнения, 2026 г.         Результат", centredOver(["I", "II", "III", "IV"], 22, 8), "                      квартал квартал квартал квартал"])).toEqual([
      "№",
      "Мероприятие",
      "Сроки исполнения, 2026 г. I квартал",
      "II квартал",
      "III квартал",
      "IV квартал",
      "Результат",
    ]);
  });

  test("a header cell wrapped over two lines is one column, and words under a caption that are not periods stay with it", () => {
    expect(cellsOf(["№   Срок            Ответственный", "    исполнения      исполнитель"])).toEqual(["№", "Срок исполнения", "Ответственный исполнитель"]);
    expect(cellsOf(["№   Сроки 2025 года   Итог", "    план   факт"])).toEqual(["№", "Сроки 2025 года план факт", "Итог"]);
  });
});

describe("a deadline caption merged over the span's start and end («Срок реализации» over «начало | окончание»)", () => {
  test("each end is a column named with the caption, so that «окончание» is not the add-in's own derived column", () => {
    expect(cellsOf(["№ п/п   Наименование мероприятия    Срок реализации     Ответственный", "                                    начало   окончание"])).toEqual([
      "№ п/п",
      "Наименование мероприятия",
      "Срок реализации начало",
      "Срок реализации окончание",
      "Ответственный",
    ]);
  });

  test("an end's caption one space before the next caption's wider wrapped line («окончания финансирования») is two columns", () => {
    // Writer's captions centred in their cells: «финансирования» reaches past «Источник» over it on the left.
    const header = [
      "Ответственный         Срок реализации                          Объём",
      "                                              Источник",
      " исполнитель,                                              финансирования,",
      "                     начала    окончания финансирования",
      "соисполнители                                                 тыс. руб.",
    ];
    expect(cellsOf(header)).toEqual([
      "Ответственный исполнитель, соисполнители",
      "Срок реализации начала",
      "Срок реализации окончания",
      "Источник финансирования",
      "Объём финансирования, тыс. руб.",
    ]);
  });

  test("a caption at the left of its merged cell, over the start alone: the end beside it, under the caption's line, is its column", () => {
    expect(cellsOf(["№ п/п   Срок выполнения              Содержание работы", "        начало       окончание"])).toEqual([
      "№ п/п",
      "Срок выполнения начало",
      "Срок выполнения окончание",
      "Содержание работы",
    ]);
    expect(cellsOf(["№   Срок исполнения        Мероприятие", "    с          по"])).toEqual(["№", "Срок исполнения с", "Срок исполнения по", "Мероприятие"]);
  });

  test("a start's caption wrapped over two lines beside an end's caption of its own stays two columns as typed", () => {
    expect(cellsOf(["№   Дата      Дата окончания   Мероприятие", "    начала"])).toEqual(["№", "Дата начала", "Дата окончания", "Мероприятие"]);
  });

  test("a caption over two phrases that name no span's ends stays one column, its lines joined", () => {
    expect(cellsOf(["№ п/п   Наименование мероприятия    Срок реализации     Ответственный", "                                    плановый   текущий"])).toHaveLength(4);
  });
});

/**
 * Quarters over two years as `pdftotext -layout` prints a ruled PDF with narrow grid columns (the corpus's
 * schedule-2y-pdftotext-layout, seed 39): the last quarters of one year and the first of the next one space apart
 * («III кв. IV кв. I кв.», one phrase), each year's caption over its second and third quarters. The phrase's cluster
 * takes the next year's first quarter to the first year; each year has four.
 */
test("two years over quarters run into one phrase across the turn of the year: four quarters each", () => {
  expect(
    cellsOf([
      "N п/п                2024 год                        2025 год               Содержание работы                       Ответственные",
      "         I кв.   II кв.    III кв. IV кв. I кв.  II кв.    III кв. IV кв.                                           исполнители",
    ]),
  ).toEqual([
    "N п/п",
    "2024 год I кв.",
    "II кв.",
    "III кв.",
    "IV кв.",
    "2025 год I кв.",
    "II кв.",
    "III кв.",
    "IV кв.",
    "Содержание работы",
    "Ответственные исполнители",
  ]);
});
