import { PLAN_SHEET_LAYOUT } from "../../src/core/plan/planSheets";
import { columnLetters } from "../../src/core/sheet/sheetSpec";
import { ids } from "../../src/taskpane/ids";
import { eventually } from "./helpers/eventually";
import type { PanePage } from "./helpers/pane";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

const SEED = "001_116feb1af0268eee.txt";
const SPELLINGS = /ЦТриГО|ЦТРИГО/;

async function structured(open: (o?: object) => Promise<PanePage>): Promise<PanePage> {
  const pane = await open({ sheets: { План: seedCells(SEED) } });
  await pane.byId(ids.structureRun).click();
  await pane.byId(ids.opDone).waitFor();
  await pane.byId(ids.tab("validation")).click();
  await pane.byId(ids.validationRun).click();
  await pane.byId(ids.validationTotals).waitFor();
  return pane;
}

browserSuite("«Проверка» in the browser", (open) => {
  test("lists the spelling variants ЦТриГО / ЦТРИГО; clicking one selects its cell on the source sheet", async () => {
    const cells = seedCells(SEED);
    const pane = await structured(open);
    await pane.screenshot("04-validation");
    const variants = pane.byId(ids.issue("responsible_variant"));
    expect(await variants.count()).toBeGreaterThan(0);
    const text = await variants.first().innerText();
    expect(text).toMatch(SPELLINGS);
    const row = Number(/строка (\d+)/.exec(text)?.[1]);
    await variants.first().click();
    await eventually(() => pane.selection(), { sheet: "План", row, col: 3 });
    // The selected source cell (column C: responsible) holds one of the spellings.
    expect(cells[row - 1][2]).toMatch(SPELLINGS);
  });

  test("the severity filter leaves one group; «Исправить» rewrites the plan cell and the issue goes away", async () => {
    const pane = await structured(open);
    await pane.byId(ids.filterSeverity).click();
    await pane.page.getByRole("option", { name: "Предупреждения" }).click();
    await expect(pane.byId(ids.issueGroup("warning")).count()).resolves.toBe(1);
    await expect(pane.byId(ids.issueGroup("error")).count()).resolves.toBe(0);
    await expect(pane.byId(ids.issueGroup("info")).count()).resolves.toBe(0);

    const before = await pane.byId(ids.issue("responsible_variant")).count();
    const fix = pane.byId(ids.issueFix("responsible_variant")).first();
    const label = (await fix.getAttribute("aria-label")) ?? "";
    const preferred = /: (.+)$/.exec(label)?.[1] ?? "";
    expect(preferred).toMatch(SPELLINGS);
    await fix.click();
    await pane.byId(ids.opDone).waitFor();
    await pane.screenshot("05-validation-fixed");
    await eventually(() => pane.byId(ids.issue("responsible_variant")).count(), before - 1);
    // The cell named in the confirmation now holds the preferred spelling and no other.
    const done = await pane.byId(ids.opDone).innerText();
    const address = /ячейка ([A-Z]+)(\d+)/.exec(done)!;
    const values = (await pane.sheetValues("План (структура)"))!;
    const cell = String(values[Number(address[2]) - 1][PLAN_SHEET_LAYOUT.columns.responsible]);
    // The fix goes to the responsible column of the plan sheet, wherever its layout puts it.
    expect(address[1]).toBe(columnLetters(PLAN_SHEET_LAYOUT.columns.responsible));
    expect(cell).toContain(preferred);
    const spelling = SPELLINGS.exec(preferred)![0];
    expect(cell.match(new RegExp(SPELLINGS.source, "g"))).toEqual(expect.arrayContaining([spelling]));
    expect(cell.match(new RegExp(SPELLINGS.source, "g"))!.filter((s) => s !== spelling)).toEqual([]);
  });

  test("writes «Проверка — отчёт», highlights the plan and clears the highlights", async () => {
    const pane = await structured(open);
    await pane.byId(ids.writeReport).click();
    await pane.byId(ids.opDone).waitFor();
    const report = (await pane.sheetValues("Проверка — отчёт"))!;
    expect(report.flat()).toContain("responsible_variant");

    const filled = () => pane.filledCells("План (структура)");
    const styled = await filled();
    await pane.byId(ids.highlight).click();
    await expect(pane.byId(ids.opDone).innerText()).resolves.toMatch(/Подсвечено ячеек на листе «План \(структура\)»: [1-9]/);
    const painted = (await filled()).filter((a) => !styled.includes(a));
    expect(painted.length).toBeGreaterThan(0);
    // Only cells of items, in the checked columns (number … result: A, C, D, E, J).
    for (const a of painted) expect(a).toMatch(/^[ACDEJ]\d+$/);
    // Each painted cell carries its message as a note (the fake plays Excel with notes, ExcelApi 1.18).
    const notes = () => pane.page.evaluate(() => (globalThis as unknown as { __fakeExcel: { workbook: { sheetByName(n: string): { notes: { cell: string; text: string }[] } } } }).__fakeExcel.workbook.sheetByName("План (структура)").notes.map((n) => [n.cell, n.text]));
    const written = await notes();
    expect(written.map(([cell]) => cell).sort()).toEqual([...painted].sort());
    expect(written.map(([, t]) => t).join("\n")).toMatch(/ЦТРИГО|ЦТриГО/);
    await pane.byId(ids.clearHighlights).click();
    await expect(pane.byId(ids.opDone).innerText()).resolves.toMatch(/сняты/);
    await eventually(filled, styled);
    await eventually(notes, []);
  });
});

browserSuite("«Проверка» follows edits of the structured sheet", (open) => {
  test("typing into «План (структура)» (or pasting, which skips dropdowns) re-runs the check by itself", async () => {
    const pane = await structured(open);
    const before = await pane.byId(ids.issue("responsible_variant")).count();
    expect(before).toBeGreaterThan(0);
    // A user retypes the responsible cell of the first item on the structured sheet with a misspelt party.
    const row = PLAN_SHEET_LAYOUT.firstItemRow + 1;
    const col = String.fromCharCode(65 + PLAN_SHEET_LAYOUT.columns.responsible);
    const values = (await pane.sheetValues("План (структура)"))!;
    const original = String(values[row - 1][PLAN_SHEET_LAYOUT.columns.responsible]);
    expect(original).toMatch(/Отдел управления персоналом/);
    await pane.page.evaluate(
      ([address, text]) => (globalThis as unknown as { __fakeExcel: { simulateEdit(s: string, a: string, v: string): Promise<void> } }).__fakeExcel.simulateEdit("План (структура)", address, text),
      [`${col}${row}`, original.replace("персоналом", "персоналм")] as const,
    );
    // No click: the list gains the new spelling variant, pointing at the structured sheet.
    await eventually(() => pane.byId(ids.issue("responsible_variant")).count(), before + 1, 15000);
    expect(await pane.page.getByText(/персоналм/).count()).toBeGreaterThan(0);
  });
});
