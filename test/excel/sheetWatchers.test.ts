/** The re-check after edits keeps working after the plan sheet is written again (issue 14, defect 2). */
import { text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { fakeServices } from "./fakeServices";

const plan = (title: string): SheetSpec => ({ name: "План", rows: [[text("№"), text("Мероприятие")], [text("1"), text(title)]] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

test("a user's edit after the plan sheet was rewritten still reaches the watcher", async () => {
  const { fake, services } = await fakeServices();
  await services.writeSheets([plan("первый вариант")]);
  const calls: string[] = [];
  await services.watchSheet("План", () => calls.push("changed"));
  await services.writeSheets([plan("второй вариант")]);
  await settle();
  calls.length = 0; // the rewrite is the add-in's own; what matters is the user's edit below
  await fake.simulateEdit("План", "B2", "исправлено");
  expect(calls).toEqual(["changed"]);
});

test("the add-in's own write to a watched sheet is reported as Excel does, and stopping ends the calls", async () => {
  const { fake, services } = await fakeServices();
  await services.writeSheets([plan("текст")]);
  let calls = 0;
  const stop = await services.watchSheet("План", () => calls++);
  await services.setCellText("План", 1, 1, "новый текст");
  await settle();
  expect(calls).toBe(1);
  stop();
  await fake.simulateEdit("План", "B2", "ещё");
  expect(calls).toBe(1);
});

test("watching a sheet that is not there fails and leaves nothing registered", async () => {
  const { fake, services } = await fakeServices();
  await expect(services.watchSheet("Нет такого", () => undefined)).rejects.toMatchObject({ code: "ItemNotFound" });
  fake.workbook.addSheet("Нет такого");
  let calls = 0;
  await services.watchSheet("Нет такого", () => calls++);
  await fake.simulateEdit("Нет такого", "A1", "x");
  expect(calls).toBe(1);
});
