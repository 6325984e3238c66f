import { ids } from "../../src/taskpane/ids";
import { eventually } from "./helpers/eventually";
import { browserSuite } from "./helpers/suite";

type Handle = { __fakeExcel: { workbook: { settingsFailure: string | null } } };

browserSuite("the workbook's settings cannot be read at start", (open) => {
  test("the pane says why in Russian and goes on with the default settings, keeping what the workbook holds", async () => {
    const pane = await open({ config: { settingsFailure: "GeneralException", settings: { "plankadry.language": "en" } }, sheets: { План: [["x"]] } });
    const screen = pane.byId(ids.settingsUnread);
    await screen.waitFor();
    await pane.screenshot("16-settings-unread");
    await expect(screen.innerText()).resolves.toMatch(/Не удалось прочитать настройки надстройки из книги[\s\S]*код GeneralException/);
    await pane.byId(ids.settingsDefaults).click();
    // The pane itself, in Russian: the stored English choice could not be read, so the defaults apply.
    await expect(pane.byId(ids.tab("structure")).innerText()).resolves.toBe("Структура");
    const stored = await pane.page.evaluate(() => (globalThis as unknown as { __e2e: { settings: Map<string, unknown> } }).__e2e.settings.get("plankadry.language"));
    expect(stored).toBe("en");
  });

  test("«Попробовать снова» reads them once the workbook answers", async () => {
    const pane = await open({ config: { settingsFailure: "GeneralException", settings: { "plankadry.language": "en" } } });
    await pane.byId(ids.settingsUnread).waitFor();
    await pane.byId(ids.settingsRetry).click();
    // Still failing: the screen comes back, its buttons usable again.
    await eventually(() => pane.byId(ids.settingsRetry).isEnabled(), true);
    await pane.page.evaluate(() => void ((globalThis as unknown as Handle).__fakeExcel.workbook.settingsFailure = null));
    await pane.byId(ids.settingsRetry).click();
    await expect(pane.byId(ids.tab("structure")).innerText()).resolves.toBe("Structure");
  });
});
