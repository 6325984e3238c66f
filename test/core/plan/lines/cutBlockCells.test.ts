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
