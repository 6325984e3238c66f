/** A cancelled or failed write removes the sheets it made, and only those (issue 14, defect 1). */
import { text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { fakeServices } from "./fakeServices";

const sheet = (name: string, rows = 3): SheetSpec => ({ name, rows: Array.from({ length: rows }, (_, i) => [text(`${name} ${i + 1}`)]) });
const names = (fake: { workbook: { sheets: { name: string; visibility: string }[] } }) => fake.workbook.sheets.map((s) => `${s.name}:${s.visibility}`);

test("cancelling after the first sheet keeps a user's hidden and very hidden sheets and a co-author's new sheet", async () => {
  const { fake, services } = await fakeServices();
  fake.workbook.setValues("Лист1", [["данные"]]);
  fake.workbook.addSheet("Справочник").visibility = "Hidden";
  fake.workbook.addSheet("Служебный").visibility = "VeryHidden";
  const controller = new AbortController();
  const write = services.writeSheets([sheet("Отчёт"), sheet("План"), sheet("Исходные строки")], {
    signal: controller.signal,
    onProgress: (done) => {
      if (done >= 1 && !controller.signal.aborted) {
        fake.workbook.addSheet("Соавтор"); // added by someone else while the pane writes
        controller.abort();
      }
    },
  });
  await expect(write).rejects.toMatchObject({ name: "AbortError" });
  expect(names(fake)).toEqual(["Лист1:Visible", "Справочник:Hidden", "Служебный:VeryHidden", "Соавтор:Visible"]);
});

test("a write that fails half-way removes the sheets it finished, nothing else", async () => {
  const { fake, services } = await fakeServices();
  fake.workbook.addSheet("Скрытый").visibility = "Hidden";
  // A sheet name Excel refuses fails the second sheet after the first was written.
  const bad: SheetSpec = { name: "План", rows: [[text("x".repeat(40_000))]], columns: [{ width: -5 }] };
  await expect(services.writeSheets([sheet("Отчёт"), bad])).rejects.toBeDefined();
  expect(names(fake)).toEqual(["Лист1:Visible", "Скрытый:Hidden"]);
});

test("a Cancel pressed as the last sheet is finished still removes every sheet of the call", async () => {
  const { fake, services } = await fakeServices();
  const controller = new AbortController();
  const specs = [sheet("План"), sheet("Исходные строки")];
  const write = services.writeSheets(specs, {
    signal: controller.signal,
    onProgress: (done, total) => done === total && controller.abort(),
  });
  await expect(write).rejects.toMatchObject({ name: "AbortError" });
  expect(names(fake)).toEqual(["Лист1:Visible"]);
});
