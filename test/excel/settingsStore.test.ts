/** One settings store, the workbook's, for the pane and the adapter (issue 14, defect 5). */
import type { PaneSettingsStore } from "../../src/app/services";
import { text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { describeExcelError } from "../../src/excel/describeExcelError";
import { loadWorkbookSettings, unreadWorkbookSettings } from "../../src/excel/workbookSettingsStore";
import type { FakeDocumentSettings } from "../fake-excel";
import { fakeHost } from "./fakeHost";
import { servicesOver } from "./fakeServices";

const plan: SheetSpec = { name: "План", rows: [[text("1"), text("Мероприятие")]] };

test("saving the pane's settings keeps what the adapter stored since (the sheets it owns): a rewrite still replaces its sheet", async () => {
  const { fake, host } = fakeHost();
  const services = await servicesOver(fake, host);
  await services.writeSheets([plan]);
  services.settings.set("plankadry.language", "en");
  await services.settings.save();
  await services.writeSheets([plan]);
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Лист1", "План"]);
  expect([...fake.workbook.settings.keys()].sort()).toEqual(["plankadry.language", "plankadry.ownedSheets"]);
});

test("the other store, Office's document settings, wipes them on save (the fake keeps Office's semantics)", async () => {
  const { fake, host } = fakeHost();
  const doc = fake.Office.context.document.settings;
  const services = await servicesOver(fake, host);
  doc.get("plankadry.language"); // the pane read its settings at start: Office took its copy then
  await services.writeSheets([plan]);
  const wrong = documentStore(doc);
  wrong.set("plankadry.language", "en");
  await wrong.save();
  expect([...fake.workbook.settings.keys()]).toEqual(["plankadry.language"]);
  await services.writeSheets([plan]);
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Лист1", "План", "План (2)"]);
});

test("values are text as typed; removal, and a fresh start reads what was saved; JSON stored by older versions reads as JSON", async () => {
  const { fake, host } = fakeHost();
  fake.workbook.settings.set("plankadry.rules", JSON.stringify({ rules: {} }));
  fake.workbook.settings.set("plankadry.indicatorConfig", JSON.stringify('{ "indicators": [] }'));
  const store = await loadWorkbookSettings(host);
  expect(store.get("plankadry.rules")).toBe('{"rules":{}}');
  expect(store.get("plankadry.indicatorConfig")).toBe('{ "indicators": [] }');
  expect(store.get("plankadry.language")).toBeNull();
  store.set("plankadry.indicatorConfig", null);
  store.set("plankadry.language", "ru");
  expect(store.get("plankadry.indicatorConfig")).toBeNull();
  await store.save();
  const again = await loadWorkbookSettings(host);
  expect([again.get("plankadry.indicatorConfig"), again.get("plankadry.language"), again.get("plankadry.rules")]).toEqual([null, "ru", '{"rules":{}}']);
  expect([...fake.workbook.settings.keys()].sort()).toEqual(["plankadry.language", "plankadry.rules"]);
});

/** The store the pane used before: Office.context.document.settings, saved with saveAsync. */
function documentStore(s: FakeDocumentSettings): PaneSettingsStore {
  return {
    get: (key) => (s.get(key) as string | null) ?? null,
    set: (key, value) => (value === null ? s.remove(key) : s.set(key, value)),
    save: () => new Promise<void>((resolve) => s.saveAsync(() => resolve())),
  };
}

test("settings that cannot be read: the load fails with Excel's error; going on with defaults writes only what is changed", async () => {
  const { fake, host } = fakeHost();
  fake.workbook.settings.set("plankadry.rules", JSON.stringify({ rules: { number_gap: { enabled: false } } }));
  fake.workbook.settingsFailure = "GeneralException";
  const error = await loadWorkbookSettings(host).then(() => null, (e: unknown) => e);
  expect(describeExcelError(error, "ru")).toMatch(/код GeneralException/);
  const store = unreadWorkbookSettings(host);
  expect(store.get("plankadry.rules")).toBeNull();
  store.set("plankadry.language", "en");
  await store.save();
  fake.workbook.settingsFailure = null;
  const again = await loadWorkbookSettings(host);
  expect([again.get("plankadry.language"), again.get("plankadry.rules")]).toEqual(["en", '{"rules":{"number_gap":{"enabled":false}}}']);
});
