import { ids } from "../../src/taskpane/ids";
import { pastedSheets } from "./helpers/pasteCells";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

const SEED = "001_116feb1af0268eee.txt";

browserSuite("«Исправить» only where it can work", (open) => {
  test("checked before structuring: no fix buttons, highlights off, and the pane says where fixes go; after structuring they are offered", async () => {
    const pane = await open(pastedSheets({ План: seedCells(SEED) }));
    await pane.byId(ids.tab("validation")).click();
    await pane.byId(ids.validationRun).click();
    await pane.byId(ids.validationTotals).waitFor();
    expect(await pane.byId(ids.issue("responsible_variant")).count()).toBeGreaterThan(0);
    expect(await pane.byId(ids.issueFix("responsible_variant")).count()).toBe(0);
    expect(await pane.byId(ids.highlight).isDisabled()).toBe(true);
    await expect(pane.page.getByText(/Исправления и подсветка вносятся в лист «План \(структура\)»/).count()).resolves.toBe(1);

    await pane.byId(ids.tab("structure")).click();
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    await pane.byId(ids.tab("validation")).click();
    await expect(pane.byId(ids.fixWhere).innerText()).resolves.toMatch(/меняют лист «План \(структура\)»/);
    const fixes = pane.byId(ids.issueFix("responsible_variant"));
    expect(await fixes.count()).toBeGreaterThan(0);
    await fixes.first().click();
    await pane.byId(ids.opDone).waitFor();
    // The keyboard stays in the list after the fixed issue left it.
    await expect(pane.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(ids.issueList);
  });
});
