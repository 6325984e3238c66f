import { cutBlockCells } from "../../../../src/core/plan/lines/cutBlockCells";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";

const linesOf = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const cut = (texts: readonly string[]) => cutBlockCells(linesOf(texts), texts.map((_, i) => i), ["deadline", "result"]).map((c) => [c.column, c.text]);

/**
 * pdftotext without -layout gives a Writer table's later columns as blocks, cells parted by blank lines; where the
 * row between two deadlines has nothing in the next column the blank line goes too, and two rows' deadlines run on.
 */
describe("a block's deadline whose words the parser reads past", () => {
  test("a tail of lines that is a deadline of its own, lost in the whole's meaning, is the next row's cell", () => {
    expect(cut(["В течении года", "(ежеквартальн", "о)", "не позднее", "11.05.2026"])).toEqual([
      ["deadline", "В течении года (ежеквартальн о)"],
      ["deadline", "не позднее 11.05.2026"],
    ]);
  });

  test("a deadline whose later lines are no deadline of their own stays one cell", () => {
    expect(cut(["ежемесячно до 10", "числа"])).toEqual([["deadline", "ежемесячно до 10 числа"]]);
    expect(cut(["в течение года", "(по плану", "работы РМО)"])).toEqual([["deadline", "в течение года (по плану работы РМО)"]]);
  });
});

describe("a block's cells of different columns with no blank line between them", () => {
  const cells = (texts: readonly string[]) => cutBlockCells(linesOf(texts), texts.map((_, i) => i), ["deadline", "result", "responsible"]).map((c) => [c.column, c.text]);

  test("a deadline whole on its line opens its own cell, not a result's (belorechensky-2028 raw text, item 2.3)", () => {
    expect(cells(["II квартал 2028 г.", "трудоустроено не менее 5", "молодых специалистов"])).toEqual([
      ["deadline", "II квартал 2028 г."],
      ["result", "трудоустроено не менее 5 молодых специалистов"],
    ]);
  });

  test("an executors' cell keeps its consent note, broken over two lines or not", () => {
    expect(cells(["Руководители", "образовательных", "организаций,", "ФГБОУ ВО «УрГПУ» (по", "согласованию)"])).toEqual([
      ["responsible", "Руководители образовательных организаций, ФГБОУ ВО «УрГПУ» (по согласованию)"],
    ]);
  });
});
