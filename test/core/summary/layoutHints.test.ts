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
  // Wrapped at word boundaries in a column of about 18 characters: «Текст, который» / «переносится на» /
  // «несколько строк,» / «потому что столбец» / «узкий» — counted by hand for widths[1] = 19.
  expect(widths[1]).toBe(19);
  expect(heights[3]).toBe(5 * 15 + 3);
  // The title spans both columns, so it wraps at their joint width; its 14-pt letters are 1.4 times as large.
  // 14-pt text across both columns (25 wide, about 18.6 characters a line), wrapped by hand: «Заголовок отчёта,» /
  // «длинный настолько,» / «что займёт не одну» / «строку на ширине» / «одного столбца»: 5 lines of 1.4 × 15 pt.
  expect(heights[0]).toBe(Math.ceil(5 * 1.4 * 15 + 3));
});
