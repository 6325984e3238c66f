import { splitLine } from "../../../../src/core/table/positioned/splitLine";
import type { Line, PositionedWord, RulingLine } from "../../../../src/core/table/positioned/types";

/**
 * One row of a ruled table printed by Writer: columns «Наименование» (x 50–200), «начало» (200–260), «окончание»
 * (260–320), «Исполнитель» (320–450); each cell's line one text run, 5 points per letter.
 */
const SEPARATORS = [200, 260, 320];
const CHAR = 5;
const ROW = { top: 100, bottom: 110 };

function line(cells: readonly { x: number; text: string }[]): Line {
  const words: PositionedWord[] = [];
  cells.forEach((cell, run) => {
    let x = cell.x;
    for (const text of cell.text.split(" ")) {
      words.push({ text, x, y: ROW.top, width: text.length * CHAR, height: 10, page: 1, run });
      x += (text.length + 1) * CHAR;
    }
  });
  return { page: 1, top: ROW.top, bottom: ROW.bottom, words, row: 1, text: cells.map((c) => c.text).join(" ") };
}

/** Vertical borders at every separator, on the rows above (y 60–90), and on this row where `here` says so. */
function borders(here: readonly number[]): RulingLine[] {
  const above = [50, ...SEPARATORS, 450].map((x) => ({ page: 1, x0: x, x1: x, y0: 60, y1: 90 }));
  const row = here.map((x) => ({ page: 1, x0: x, x1: x, y0: 95, y1: 115 }));
  return [...above, ...row];
}

describe("splitLine: a cell merged over two columns of a ruled table", () => {
  // «по мере обращения» centred over «начало | окончание»: its words cross the border the rows above draw at 260.
  const merged = line([
    { x: 55, text: "Выплата пособия" },
    { x: 225, text: "по мере обращения" },
    { x: 325, text: "Финансовое управление" },
  ]);

  test("one text run over a column edge where this row draws no border is one cell", () => {
    const cells = splitLine(merged, SEPARATORS, 1, 4, 0, borders([50, 200, 320, 450])).cells;
    expect(cells).toEqual(["Выплата пособия", "по мере обращения", "", "Финансовое управление"]);
  });

  test("in a table without rules no border says where cells merge: the run is cut at the edge as before", () => {
    const cells = splitLine(merged, SEPARATORS, 1, 4, 0, []).cells;
    expect(cells).toEqual(["Выплата пособия", "по мере", "обращения", "Финансовое управление"]);
  });

  test("two runs, one per cell, stay two cells with no border between them (the border is no evidence of a run)", () => {
    const two = line([
      { x: 55, text: "Анкетирование" },
      { x: 205, text: "01.02.2027" },
      { x: 265, text: "30.04.2027" },
    ]);
    expect(splitLine(two, SEPARATORS, 1, 4, 0, borders([50, 200, 320, 450])).cells).toEqual(["Анкетирование", "01.02.2027", "30.04.2027", ""]);
  });
});

describe("splitLine: a row merged over the whole table, justified", () => {
  // «Цель: …» in one cell over all the columns, justified: each word its own run, the gaps wide, some of them over the
  // columns' edges, which the rows above and below draw and this row does not.
  const words = ["Цель:", "обеспечение", "организаций", "педагогическими", "кадрами", "округа"];
  const at = [55, 100, 170, 235, 330, 415];
  const justified: Line = (() => {
    const ws: PositionedWord[] = words.map((text, k) => ({ text, x: at[k], y: ROW.top, width: text.length * CHAR, height: 10, page: 1, run: k }));
    return { page: 1, top: ROW.top, bottom: ROW.bottom, words: ws, row: 1, text: words.join(" ") };
  })();
  const below = [50, ...SEPARATORS, 450].map((x) => ({ page: 1, x0: x, x1: x, y0: 120, y1: 150 }));

  test("where the borders break off for the line alone, it is one cell in reading order, across the table", () => {
    const split = splitLine(justified, SEPARATORS, 1, 4, 0, [...borders([50, 450]), ...below]);
    expect(split.cells).toEqual([words.join(" "), "", "", ""]);
    expect(split.spanning).toBe(true);
  });

  test("where the rules stop under the line (the table ended) its words stay in the columns they stand in", () => {
    const split = splitLine(justified, SEPARATORS, 1, 4, 0, borders([50, 450]));
    expect(split.cells.filter(Boolean).length).toBeGreaterThan(1);
  });
});

describe("splitLine: fixed-width text whose deadline's preposition the layout pushed left", () => {
  /** A line of text saved with its layout: x is the character offset, one character wide, one space parts words. */
  function textLine(text: string): Line {
    const words: PositionedWord[] = [];
    for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], x: m.index!, y: 0, width: m[0].length, height: 1, page: 1 });
    return { page: 1, top: 0, bottom: 1, words, row: 1, text: text.trim() };
  }
  // Columns: № 0–5, name 6–34, deadline 35–53, executors 54–: as `readAlignedText` reads them (gap 1.5, snap 3).
  const COLUMNS = [5.5, 34.5, 53.5];
  const split = (text: string) => splitLine(textLine(text), COLUMNS, 0.25, 1.5, 3).cells;

  test("«до» one space after the name's full line, its date at the deadline's edge: the deadline is «до 15 сентября»", () => {
    expect(split("      каждым молодым педагогом, до 15 сентября        Руководители")).toEqual(["", "каждым молодым педагогом,", "до 15 сентября", "Руководители"]);
  });

  test("«в» before «течение» at the deadline's edge is led over: no cell opens with «течение» alone", () => {
    expect(split("      главный специалист отдела, В течении года      Руководители")).toEqual(["", "главный специалист отдела,", "В течении года", "Руководители"]);
    expect(split("      участие педагогов школы в  конкурсе года       Руководители")).toEqual(["", "участие педагогов школы в", "конкурсе года", "Руководители"]);
  });

  test("a preposition glued after a word that overflowed the name's column ends the name's line («года с» / «учётом»)", () => {
    expect(split("      на период вплоть до 2035 года с                   района")).toEqual(["", "на период вплоть до 2035 года с", "", "района"]);
    // Not a deadline's own preposition with its date after it.
    expect(split("      на период вплоть до 2035 года с 1 марта           района")).toEqual(["", "на период вплоть до 2035 года", "с 1 марта", "района"]);
  });

  test("«не позднее» before a date in figures is led over too", () => {
    expect(split("1.1   Выплата стипендии не позднее 01.09.2027         Отдел образования")).toEqual(["1.1", "Выплата стипендии", "не позднее 01.09.2027", "Отдел образования"]);
  });

  test("«по» ending a name's line stays there before a year at the deadline's edge (its next line goes on «по итогам»)", () => {
    expect(split("      дефицитов учителей школы, по 2024 год           директор МКУ «ЦРО»")).toEqual(["", "дефицитов учителей школы, по", "2024 год", "директор МКУ «ЦРО»"]);
  });

  test("a preposition before words that are no date stays in the name («за» | «каждым»)", () => {
    expect(split("      Закрепление наставника за  каждым молодым       Руководители")).toEqual(["", "Закрепление наставника за", "каждым молодым", "Руководители"]);
  });

  test("a date at the deadline's edge after a word that opens no deadline is cut at the edge as before", () => {
    expect(split("      каждым молодым педагогом, на 15 сентября        Руководители")).toEqual(["", "каждым молодым педагогом, на", "15 сентября", "Руководители"]);
  });
});

describe("splitLine: fixed-width text whose next cell's first word the layout squeezed over the edge", () => {
  function textLine(text: string): Line {
    const words: PositionedWord[] = [];
    for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], x: m.index!, y: 0, width: m[0].length, height: 1, page: 1 });
    return { page: 1, top: 0, bottom: 1, words, row: 1, text: text.trim() };
  }
  // Columns: № 0–5, name 6–34, deadline 35–53, executors 54–79, result 80–.
  const split = (text: string) => splitLine(textLine(text), [5.5, 34.5, 53.5, 79.5], 0.25, 1.5, 3).cells;

  test("a capitalised word glued across the edge, the phrase after it going on in lower case, opens the next cell", () => {
    expect(split("2.2   Стажировка учителей          01.10.2027         Директор школы Орлов Стажировку прошли 12 педагогов")).toEqual(["2.2", "Стажировка учителей", "01.10.2027", "Директор школы Орлов", "Стажировку прошли 12 педагогов"]);
  });

  test("a word across the edge followed by none past it stays in its cell", () => {
    expect(split("2.2   Стажировка учителей          01.10.2027         Директор школы Орлов Стажировку")).toEqual(["2.2", "Стажировка учителей", "01.10.2027", "Директор школы Орлов Стажировку", ""]);
  });
});

