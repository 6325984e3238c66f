import { columnWidths } from "../../src/core/sheet/layoutHints";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { text } from "../../src/core/sheet/sheetSpec";

/**
 * Issue 18, allowed sizes that failed late: a plan of 300,000 rows reached the writer and died there with
 * «Maximum call stack size exceeded» (Math.max(...rows) in the column widths), after 10–23 s of work.
 */
test("column widths of a sheet of 300,000 rows and of a header of 300,000 words", () => {
  const rows = Array.from({ length: 300_000 }, (_, i) => [text(String(i + 1)), text(i === 299_999 ? "последняя строка" : "x")]);
  const header = [text("№", "header"), text(Array.from({ length: 300_000 }, () => "слово").join(" ") + " Наименование", "header")];
  const spec: SheetSpec = { name: "План", rows: [header, ...rows, [text("1"), text("2"), text("третий столбец")]], columns: [{ width: 6 }, { width: 10 }] };
  expect(columnWidths(spec)).toEqual([6, Math.ceil("Наименование".length * 1.2) + 2, 10]);
});
