import ExcelJS from "exceljs";
import fc from "fast-check";
import { text } from "../../src/core/sheet/sheetSpec";
import { readXlsx, writeXlsx } from "../../src/xlsx";
import { loadWorkbook, partText } from "./helpers/buildWorkbook";

/** Texts Excel would turn into numbers, dates, formulas or errors if they were typed or written as values. */
const TRICKY = ["4.10", "- пункт", "=СУММ(A1)", "+7", "@x", "2018-12-31", "01.09.2024", "1 234", "007", "34,4%", "TRUE", "#N/A", "1E5"];

function gridOf(docs: Awaited<ReturnType<typeof readXlsx>>): string[][] {
  const block = docs[0].blocks[0];
  return block && block.kind === "table" ? block.grid.rows.map((r) => [...r.cells]) : [];
}

describe("text cells stay text", () => {
  it("writes tricky texts as strings with the text format, never as formulas or numbers", async () => {
    const bytes = await writeXlsx([{ name: "Текст", rows: TRICKY.map((t) => [text(t)]) }]);
    const ws = (await loadWorkbook(bytes)).getWorksheet("Текст")!;
    TRICKY.forEach((t, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect([cell.type, cell.value, cell.numFmt]).toEqual([ExcelJS.ValueType.String, t, "@"]);
    });
    const xml = (await partText(bytes, "xl/worksheets/sheet1.xml"))!;
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml.match(/t="s"/g)).toHaveLength(TRICKY.length);
    expect(gridOf(await readXlsx(bytes, "t.xlsx"))).toEqual(TRICKY.map((t) => [t]));
  });

  it("normalises line breaks and drops characters XML cannot carry", async () => {
    const bytes = await writeXlsx([{ name: "Т", rows: [[text("строка 1\r\nстрока 2\u0007\u000b")]] }]);
    expect(gridOf(await readXlsx(bytes, "t.xlsx"))).toEqual([["строка 1\nстрока 2"]]);
  });

  it("round-trips random grids of strings written as text cells (fast-check)", async () => {
    // Letters of both alphabets, digits, the signs Excel reacts to, spaces and line breaks, other planes.
    const char = fc.constantFrom(..."aZяЁ09 .,;:-+=@#%'\"<>&/\\\n\t€№😀".split(/(?:)/u));
    const cellText = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(""));
    const grid = fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(grid, async (values) => {
        const bytes = await writeXlsx([{ name: "Данные", rows: values.map((row) => row.map((v) => text(v))) }]);
        const read = gridOf(await readXlsx(bytes, "r.xlsx"));
        // What a reader is expected to give: rows 1..last row with text, columns A..last column with text.
        const width = Math.max(0, ...values.map((row) => row.reduce((w, v, i) => (v !== "" ? i + 1 : w), 0)));
        const last = values.reduce((l, row, i) => (row.some((v) => v !== "") ? i + 1 : l), 0);
        const expected = values.slice(0, last).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
        expect(read).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
