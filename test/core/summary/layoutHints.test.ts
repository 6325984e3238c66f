import { columnWidths, rowHeights } from "../../../src/core/sheet/layoutHints";
import type { SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { text } from "../../../src/core/sheet/sheetSpec";

const spec: SheetSpec = {
  name: "x",
  rows: [
    [text("Заголовок отчёта, длинный настолько, что займёт не одну строку на ширине одного столбца", "title")],
    [text("№", "header"), text("Предупреждения", "header")],
    [text("1"), text("Короткий")],
    [text("2"), text("Текст, который переносится на несколько строк, потому что столбец узкий", "wrap")],
  ],
  columns: [{ width: 6 }, { width: 12, wrap: true }],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
};

test("a header word is never broken: the column widens to fit it", () => {
  expect(columnWidths(spec)).toEqual([6, Math.ceil("Предупреждения".length * 1.2) + 2]);
});

test("rows get the height of their wrapped text; one-line rows keep Excel's default", () => {
  const widths = columnWidths(spec);
  const heights = rowHeights(spec, widths);
  expect(heights[2]).toBeUndefined();
  const perLine = widths[1] * 1.1 - 1;
  const lines = Math.ceil("Текст, который переносится на несколько строк, потому что столбец узкий".length / perLine);
  expect(heights[3]).toBe(lines * 15 + 3);
  // The title spans both columns, so it wraps at their joint width; its 14-pt letters are 1.4 times as large.
  const titleLength = (spec.rows[0][0].value as { text: string }).text.length;
  const titleLines = Math.ceil(titleLength / (((widths[0] + widths[1]) * 1.1) / 1.4 - 1));
  expect(heights[0]).toBe(Math.ceil(titleLines * 1.4 * 15 + 3));
});
