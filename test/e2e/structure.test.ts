import { PLAN_SHEET_LAYOUT } from "../../src/core/plan/planSheets";
import { ids } from "../../src/taskpane/ids";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

const SEED = "001_116feb1af0268eee.txt";

browserSuite("«Структура» in the browser", (open) => {
  test("seed 001 pasted on a sheet becomes «План (структура)» with its 28 items; the source is untouched", async () => {
    const cells = seedCells(SEED);
    const pane = await open({ sheets: { План: cells } });
    await pane.byId(ids.pane).waitFor();
    await pane.screenshot("01-structure-start");
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    await pane.screenshot("02-structure-done");

    expect(await pane.sheetNames()).toEqual(["План", "План (структура)", "Исходные строки"]);
    const plan = (await pane.sheetValues("План (структура)"))!;
    const items = plan.slice(PLAN_SHEET_LAYOUT.firstItemRow).filter((r) => r.some((c) => c !== ""));
    // 28: counted by hand in the seed (sections 1–5: 6 + 6 + 5 + 6 + 5 items).
    expect(items).toHaveLength(28);
    expect(items[0][PLAN_SHEET_LAYOUT.columns.number]).toBe("1.1");
    expect(String(items[0][PLAN_SHEET_LAYOUT.columns.name])).toMatch(/^Проведение мониторинга вакансий/);
    // The pane says the same.
    await expect(pane.byId(ids.structureSummary).innerText()).resolves.toMatch(/Пунктов: 28/);
    // Source cells as they were pasted.
    const source = (await pane.sheetValues("План"))!;
    cells.forEach((row, r) => row.forEach((v, c) => expect(source[r][c]).toBe(v)));
  });

  test("a column reassigned by hand re-structures the plan and writes it with that column kept as extra", async () => {
    const pane = await open({ sheets: { План: seedCells(SEED) } });
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    // Column E holds the results; make it «Прочее».
    await pane.byId(ids.columnMeaning("E")).click();
    await pane.page.getByRole("option", { name: "Прочее (сохраняется)" }).click();
    await expect(pane.byId(ids.columnMeaning("E")).innerText()).resolves.toContain("Прочее");
    await pane.screenshot("03-structure-reassigned");
    await pane.byId(ids.structureWrite).click();
    await pane.byId(ids.opDone).waitFor();
    const plan = (await pane.sheetValues("План (структура)"))!;
    const header = plan[PLAN_SHEET_LAYOUT.headerRow];
    expect(header).toContain("Графа E");
    const first = plan[PLAN_SHEET_LAYOUT.firstItemRow];
    expect(first[PLAN_SHEET_LAYOUT.columns.result]).toBe("");
    expect(String(first[header.indexOf("Графа E")])).toMatch(/^Ежемесячный отчет/);
  });
});
