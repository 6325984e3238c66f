import type ExcelJS from "exceljs";
import { date, num, pct, text, EMPTY, type CellSpec, type SheetSpec, type StyleName } from "../../src/core/sheet/sheetSpec";
import { writeXlsx } from "../../src/xlsx";
import { CELL_STYLES } from "../../src/xlsx/write/cellStyles";
import { cellValue } from "../../src/xlsx/write/cellValue";
import { loadWorkbook } from "./helpers/buildWorkbook";
import { mulberry32 } from "../helpers/prng";

const NAMES = Object.keys(CELL_STYLES) as StyleName[];

/** A random cell: any value kind, any named style or none. */
function randomCell(next: () => number): CellSpec {
  const style = next() < 0.3 ? undefined : NAMES[Math.floor(next() * NAMES.length)];
  switch (Math.floor(next() * 6)) {
    case 0:
      return text(`т${Math.floor(next() * 100)}`, style);
    case 1:
      return num(Math.floor(next() * 1000) / 10, next() < 0.5 ? "decimal1" : undefined, style);
    case 2:
      return pct(next(), style);
    case 3:
      return date("2026-03-15", style);
    case 4:
      return style ? { value: { kind: "empty" }, style } : EMPTY;
    default:
      return num(Math.floor(next() * 50), "integer", style);
  }
}

/**
 * Cells share one style object per look (writeSheet's SharedStyles): every cell must still read back with exactly the
 * look its own spec asks for, whatever the cells around it, inside the table and out, in wrapped columns and not.
 */
describe("shared cell styles", () => {
  test("every cell reads back with its own font, fill, border, alignment and number format", async () => {
    const next = mulberry32(15);
    const rows: CellSpec[][] = [[text("Заголовок", "title")], ["А", "Б", "В", "Г", "Д"].map((h) => text(h, "header"))];
    for (let r = 0; r < 60; r++) rows.push(Array.from({ length: 5 }, () => randomCell(next)));
    const spec: SheetSpec = {
      name: "Стили",
      rows,
      columns: [{ width: 10, wrap: true }, { width: 10 }, { width: 10, wrap: true }, { width: 10 }, { width: 10 }],
      table: { name: "Т", area: { top: 1, left: 0, bottom: 40, right: 4 } },
    };
    const ws = (await loadWorkbook(await writeXlsx([spec]))).getWorksheet("Стили")!;
    const looks: string[] = [];
    rows.forEach((row, r) =>
      row.forEach((c, col) => {
        const cell = ws.getCell(r + 1, col + 1);
        const named = c.style ? CELL_STYLES[c.style] : undefined;
        const inTable = r > 1 && r <= 40;
        const wrap = spec.columns![col].wrap === true || named?.alignment?.wrapText === true;
        const expected = {
          bold: named?.font?.bold === true,
          fill: (named?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null,
          border: named?.border ? "named" : inTable ? "grid" : "none",
          wrap,
          vertical: named?.alignment?.vertical ?? "top",
          numFmt: cellValue(c.value, (n) => n).numFmt ?? null,
        };
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const got = {
          bold: cell.font?.bold === true,
          fill: fill?.pattern === "solid" ? (fill.fgColor?.argb ?? null) : null,
          border: !cell.border?.top ? "none" : cell.border.top.color?.argb === "FFBFBFBF" ? "grid" : "named",
          wrap: cell.alignment?.wrapText === true,
          vertical: cell.alignment?.vertical,
          numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null,
        };
        expect({ at: cell.address, ...got }).toEqual({ at: cell.address, ...expected });
        looks.push(JSON.stringify(got));
      }),
    );
    // The sheet is varied enough to mean something: many looks, shared by many cells.
    expect(new Set(looks).size).toBeGreaterThan(15);
  });
});
