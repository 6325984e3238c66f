/** Reading a sheet into a Grid: strings as stored, numbers and dates as shown, merges, hidden rows, chunks. */
import { readUsedRange } from "../../src/excel";
import { fakeHost } from "./fakeHost";

function plannedSheet(apiVersion?: string) {
  const { fake, host } = fakeHost({ apiVersion });
  const ws = fake.workbook.addSheet("План");
  // Used range B2:D5: a merged title, a header, two rows, the second hidden; a date and a percent with formats.
  fake.workbook.setValues("План", [["План мероприятий", "", ""], ["№", "Мероприятие", "Срок"], ["1.1", "Совещание", 45536], ["1.2", "Отчёт", 0.344]], 1, 1);
  ws.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
  ws.rows[3][3]!.numberFormat = "dd.mm.yyyy";
  ws.rows[4][3]!.numberFormat = "0.0%";
  ws.hiddenRows.add(4);
  return { fake, host };
}

test("a sheet with a merged title and a hidden row becomes a Grid at its sheet position", async () => {
  const { host, fake } = plannedSheet();
  const result = await readUsedRange(host, { sheet: "План" });
  expect(result.sheet).toBe("План");
  expect(result.address).toBe("План!B2:D5");
  expect(result.grid).toEqual({
    rows: [
      { cells: ["План мероприятий", "", ""], row: 2, col: 2 },
      { cells: ["№", "Мероприятие", "Срок"], row: 3, col: 2 },
      { cells: ["1.1", "Совещание", "01.09.2024"], row: 4, col: 2 },
      { cells: ["1.2", "Отчёт", "34,4%"], row: 5, col: 2, hidden: true },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  });
  expect(fake.stats.syncs).toBe(2);
});

test("without ExcelApi 1.13 the grid has no merges and nothing fails", async () => {
  const { host } = plannedSheet("1.7");
  const result = await readUsedRange(host, { sheet: "План" });
  expect(result.grid.merges).toEqual([]);
  expect(result.grid.rows).toHaveLength(4);
});

test("hidden rows are found even when a column is hidden too", async () => {
  const { host, fake } = plannedSheet();
  fake.workbook.sheetByName("План")!.hiddenCols.add(1);
  const result = await readUsedRange(host, { sheet: "План" });
  expect(result.grid.rows.map((r) => r.hidden === true)).toEqual([false, false, false, true]);
});

test("the selection is read only where it meets the used range", async () => {
  const { host, fake } = plannedSheet();
  const ws = fake.workbook.sheetByName("План")!;
  fake.workbook.activeSheetId = ws.id;
  fake.workbook.selection = { sheetId: ws.id, area: { top: 2, left: 2, bottom: 1_048_575, right: 2 } }; // column C from row 3
  const result = await readUsedRange(host, { selection: true });
  expect(result.grid.rows.map((r) => [r.row, r.col, ...r.cells])).toEqual([
    [3, 3, "Мероприятие"],
    [4, 3, "Совещание"],
    [5, 3, "Отчёт"],
  ]);
});

test("a missing sheet is Excel's ItemNotFound", async () => {
  const { host } = plannedSheet();
  await expect(readUsedRange(host, { sheet: "Нет" })).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("a sheet whose values exceed the response limit is read in chunks, each under the limit", async () => {
  const limit = 200_000;
  const { fake, host } = fakeHost({ payloadLimit: limit });
  const rows = Array.from({ length: 3000 }, (_, i) => [`строка ${i + 1} `.padEnd(40, "ж"), i + 1]);
  fake.workbook.setValues("Лист1", rows);
  const result = await readUsedRange(host, { chunkBytes: 160_000 });
  expect(result.grid.rows).toHaveLength(3000);
  expect(result.grid.rows[2999].cells).toEqual([rows[2999][0], "3000"]);
  expect(fake.stats.syncs).toBeGreaterThan(3);
  expect(fake.stats.maxResponseBytes()).toBeLessThanOrEqual(limit);
});
