/** Notes with issue messages on the structured sheet: written, replaced, removed; a user's own notes stay. */
import { text } from "../../src/core/sheet/sheetSpec";
import { addCellNotes, clearCellNotes, writeSheet } from "../../src/excel";
import { fakeHost } from "./fakeHost";

const sheet = { name: "План (структура)", rows: [[text("№"), text("Исполнитель")], [text("1.1"), text("Ланикна Н.Н.")], [text("1.2"), text("")]] };

test("notes are written once per cell, replaced on the next run and removed by clear; the user's note stays", async () => {
  const { host, fake } = fakeHost();
  await writeSheet(host, sheet);
  const state = fake.workbook.sheetByName("План (структура)")!;
  state.notes.push({ cell: "A1", text: "заметка пользователя", kind: "note" });
  const written = await addCellNotes(host, "План (структура)", [
    { row: 2, col: 2, text: "Исполнитель записан иначе: Ланкина Н.Н." },
    { row: 2, col: 2, text: "Нет должности" },
    { row: 3, col: 2, text: "Не указан исполнитель" },
  ]);
  expect(written).toBe(2);
  expect(state.notes.map((n) => [n.cell, n.text])).toEqual([
    ["A1", "заметка пользователя"],
    ["B2", "Исполнитель записан иначе: Ланкина Н.Н.\nНет должности"],
    ["B3", "Не указан исполнитель"],
  ]);
  await addCellNotes(host, "План (структура)", [{ row: 3, col: 2, text: "Не указан исполнитель" }]);
  expect(state.notes.map((n) => n.cell)).toEqual(["A1", "B3"]);
  expect(await clearCellNotes(host, "План (структура)")).toBe(1);
  expect(state.notes.map((n) => n.cell)).toEqual(["A1"]);
});

test("a note the user already deleted does not stop the others from being removed", async () => {
  const { host, fake } = fakeHost();
  await writeSheet(host, sheet);
  await addCellNotes(host, "План (структура)", [{ row: 2, col: 2, text: "а" }, { row: 3, col: 2, text: "б" }]);
  const state = fake.workbook.sheetByName("План (структура)")!;
  state.notes.splice(0, 1);
  expect(await clearCellNotes(host, "План (структура)")).toBe(2);
  expect(state.notes).toEqual([]);
});

test("Excel 2019 (ExcelApi 1.7) has neither notes nor comments: nothing is written and the caller is told", async () => {
  const { host } = fakeHost({ apiVersion: "1.7" });
  await writeSheet(host, sheet);
  expect(await addCellNotes(host, "План (структура)", [{ row: 2, col: 2, text: "а" }])).toBe(0);
});

test("Excel with comments but no notes (1.10–1.17) gets comments", async () => {
  const { host, fake } = fakeHost({ apiVersion: "1.12" });
  await writeSheet(host, sheet);
  await addCellNotes(host, "План (структура)", [{ row: 2, col: 2, text: "а" }]);
  expect(fake.workbook.sheetByName("План (структура)")!.notes.map((n) => [n.cell, n.kind])).toEqual([["B2", "comment"]]);
  expect(await clearCellNotes(host, "План (структура)")).toBe(1);
});
