import { ids } from "../../src/taskpane/ids";
import type { PanePage } from "./helpers/pane";
import { pastedSheets } from "./helpers/pasteCells";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

const SEED = "001_116feb1af0268eee.txt";

/** Makes a sheet the active one, as a user clicking its tab. */
async function activate(pane: PanePage, name: string): Promise<void> {
  await pane.page.evaluate((n) => {
    const wb = (globalThis as unknown as { __fakeExcel: { workbook: { sheets: { id: number; name: string }[]; activeSheetId: number } } }).__fakeExcel.workbook;
    wb.activeSheetId = wb.sheets.find((s) => s.name === n)!.id;
  }, name);
}

browserSuite("Run again, and the plan's period", (open) => {
  test("«Разобрать план» pressed again on «План (структура)» reads the source sheet again, not the add-in's own result", async () => {
    const pane = await open(pastedSheets({ План: seedCells(SEED) }));
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    const first = await pane.byId(ids.structureSummary).innerText();
    expect(first).toMatch(/Пунктов: 28 · разделов: 5/);
    await activate(pane, "План (структура)");
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    // The same plan from the same source: 28 items in 5 sections, the source still «План», no extra sheets.
    expect(await pane.byId(ids.structureSummary).innerText()).toBe(first);
    expect(await pane.sheetNames()).toEqual(["План", "План (структура)", "Исходные строки"]);
    const rows = (await pane.sheetValues("Исходные строки"))!.flat().map(String);
    expect(rows.some((c) => c.includes("План (структура)"))).toBe(false);
  });

  test("a pane opened on the add-in's sheet does not structure it, and says which sheet to open", async () => {
    const pane = await open({ sheets: { План: seedCells(SEED), "План (структура)": [["№ п/п", "Раздел"], ["1.1", "1"]] }, active: "План (структура)" });
    await pane.byId(ids.structureRun).click();
    await expect(pane.byId(ids.opError).innerText()).resolves.toMatch(/«План \(структура\)» записан надстройкой/);
    expect(await pane.sheetNames()).toEqual(["План", "План (структура)"]);
  });

  test("«Сводные листы» before «Структура»: the report is for a half-year of the plan (2023–2024), not of today", async () => {
    const pane = await open(pastedSheets({ План: seedCells(SEED) }));
    await pane.byId(ids.tab("summary")).click();
    await pane.byId(ids.summaryRun).click();
    await pane.byId(ids.opDone).waitFor();
    const report = (await pane.sheetValues("Отчёт об исполнении"))!.flat().join(" ");
    expect(report).toMatch(/полугодие 202[34]/);
    expect(report).not.toMatch(/полугодие 202[5-9]/);
    // The dropdown now offers the plan's half-years.
    await expect(pane.byId(ids.summaryPeriod).innerText()).resolves.toMatch(/полугодие 202[34]/);
  });
});
