/** Highlights are removable exactly; going to a cell activates its sheet; writeSheets writes all sheets. */
import { text } from "../../src/core/sheet/sheetSpec";
import { clearHighlights, highlightCells, selectCell, writeSheets, STATUS_COLORS } from "../../src/excel";
import { fakeHost } from "./fakeHost";

test("clearing highlights restores the previous fills exactly, even after highlighting twice", async () => {
  const { host, fake } = fakeHost();
  fake.workbook.setValues("Лист1", [["a", "b", "c"]]);
  const ws = fake.workbook.sheetByName("Лист1")!;
  ws.rows[0][1]!.format = { fill: "#FFFFFF" }; // a white fill is not "no fill"
  ws.rows[0][2]!.format = { fill: "#00B050" };
  await highlightCells(host, "Лист1", [{ row: 1, col: 1 }, { row: 1, col: 2 }, { row: 1, col: 3 }], "bad");
  await highlightCells(host, "Лист1", [{ row: 1, col: 3 }], "warn");
  expect([0, 1, 2].map((c) => ws.rows[0][c]?.format?.fill)).toEqual([STATUS_COLORS.bad.fill, STATUS_COLORS.bad.fill, STATUS_COLORS.warn.fill]);
  const restored = await clearHighlights(host, "Лист1");
  expect(restored).toBe(3);
  expect([0, 1, 2].map((c) => ws.rows[0][c]?.format?.fill)).toEqual([undefined, "#FFFFFF", "#00B050"]);
  expect(fake.workbook.settings.has("plankadry.highlights")).toBe(false);
});

test("selectCell activates the sheet and selects the 1-based cell", async () => {
  const { host, fake } = fakeHost();
  const other = fake.workbook.addSheet("Данные");
  await selectCell(host, "Данные", 12, 3);
  expect(fake.workbook.activeSheetId).toBe(other.id);
  expect(fake.workbook.selection).toEqual({ sheetId: other.id, area: { top: 11, left: 2, bottom: 11, right: 2 } });
  await expect(selectCell(host, "Нет", 1, 1)).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("writeSheets writes every sheet and leaves the first one active", async () => {
  const { host, fake } = fakeHost();
  const progress: number[] = [];
  const result = await writeSheets(host, [{ name: "Первый", rows: [[text("1")]] }, { name: "Второй", rows: [[text("2")]] }], { onProgress: (done) => progress.push(done) });
  expect(result.sheets.map((s) => s.sheet)).toEqual(["Первый", "Второй"]);
  expect(fake.workbook.activeSheetId).toBe(fake.workbook.sheetByName("Первый")!.id);
  expect(progress[progress.length - 1]).toBe(2);
  expect(result.syncs).toBe(fake.stats.syncs);
});

describe("fill.pattern is ExcelApi 1.9 (issue 14, defect 6)", () => {
  const setUp = (apiVersion: string) => {
    const { host, fake } = fakeHost({ apiVersion });
    fake.workbook.setValues("Лист1", [["a", "b"]]);
    const ws = fake.workbook.sheetByName("Лист1")!;
    ws.rows[0][1]!.format = { fill: "#FFFFFF" };
    return { host, ws };
  };

  test.each(["1.9", "1.14"])("on ExcelApi %s a user's white fill comes back after clearing, and no fill stays none", async (apiVersion) => {
    const { host, ws } = setUp(apiVersion);
    await highlightCells(host, "Лист1", [{ row: 1, col: 1 }, { row: 1, col: 2 }], "bad");
    await clearHighlights(host, "Лист1");
    expect([ws.rows[0][0]?.format?.fill, ws.rows[0][1]?.format?.fill]).toEqual([undefined, "#FFFFFF"]);
  });

  test("on ExcelApi 1.8 the pattern is not read (white and none look alike there, so white is cleared)", async () => {
    const { host, ws } = setUp("1.8");
    await highlightCells(host, "Лист1", [{ row: 1, col: 2 }], "bad");
    await clearHighlights(host, "Лист1");
    expect(ws.rows[0][1]?.format?.fill).toBeUndefined();
  });

  test("a host that claims every set makes the adapter load fill.pattern on ExcelApi 1.8: the fake refuses the load", async () => {
    const { host } = setUp("1.8");
    const overclaiming = { ...host, isSetSupported: () => true };
    await expect(highlightCells(overclaiming, "Лист1", [{ row: 1, col: 2 }], "bad")).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
