import { RULES } from "../../src/core/plan/validate";
import { ids } from "../../src/taskpane/ids";
import { eventually } from "./helpers/eventually";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

browserSuite("«Настройки» in the browser", (open) => {
  test("a rule switched off is stored in the document and no longer reported; defaults bring it back", async () => {
    const pane = await open({ sheets: { План: seedCells("001_116feb1af0268eee.txt") } });
    await pane.byId(ids.tab("settings")).click();
    await pane.byId(ids.settingsSection("rules")).click();
    await pane.byId(ids.ruleEnabled("responsible_variant")).uncheck();
    const on = RULES.filter((r) => r.enabledByDefault).length - 1;
    await expect(pane.byId(ids.settingsSection("rules")).innerText()).resolves.toBe(`Правила проверки: включено ${on} из ${RULES.length}`);
    await pane.screenshot("14-settings");
    await pane.byId(ids.settingsSave).click();
    await pane.byId(ids.opDone).waitFor();
    const stored = await pane.page.evaluate(() => (globalThis as unknown as { __e2e: { settings: Map<string, unknown> } }).__e2e.settings.get("plankadry.rules"));
    expect(JSON.parse(String(stored))).toEqual({ rules: { responsible_variant: { enabled: false } } });

    await pane.byId(ids.tab("validation")).click();
    await pane.byId(ids.validationRun).click();
    await pane.byId(ids.validationTotals).waitFor();
    await expect(pane.byId(ids.issue("responsible_variant")).count()).resolves.toBe(0);

    await pane.byId(ids.tab("settings")).click();
    await pane.byId(ids.settingsReset).click();
    await pane.byId(ids.opDone).waitFor();
    await pane.byId(ids.tab("validation")).click();
    await eventually(async () => (await pane.byId(ids.issue("responsible_variant")).count()) > 0, true);
  });

  test("the language switch turns the pane English at once and is remembered", async () => {
    const pane = await open({ sheets: { Лист1: [["x"]] } });
    await pane.byId(ids.tab("settings")).click();
    await pane.page.getByRole("radio", { name: "English" }).check();
    await expect(pane.byId(ids.tab("structure")).innerText()).resolves.toBe("Structure");
    const stored = await pane.page.evaluate(() => (globalThis as unknown as { __e2e: { settings: Map<string, unknown> } }).__e2e.settings.get("plankadry.language"));
    expect(stored).toBe("en");
  });

  test("Office in English: the pane starts in English; stored settings that are damaged are reported, not fatal", async () => {
    const pane = await open({ config: { displayLanguage: "en-US", settings: { "plankadry.rules": '{"rules": {"no_such_rule": {}}}' } }, sheets: { Sheet1: [["x"]] } });
    await expect(pane.byId(ids.tab("structure")).innerText()).resolves.toBe("Structure");
    await expect(pane.byId(ids.notice).first().innerText()).resolves.toMatch(/damaged/);
  });
});
