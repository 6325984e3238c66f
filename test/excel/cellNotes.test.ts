/** Notes with issue messages on the structured sheet: written, replaced, removed; a user's own notes stay. */
import { text } from "../../src/core/sheet/sheetSpec";
import { addCellNotes, clearCellNotes, writeSheet } from "../../src/excel";
import { fakeHost } from "./fakeHost";
import { interceptingHost } from "./interceptingHost";

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

describe("issue 14: comments by sheet-qualified address or Range, a user's note kept, notes on record after a failure", () => {
  const name = "План (структура)";

  test("an adapter that hands getItemByCell a bare address fails on Excel 2021/2024 (the fake refuses it)", async () => {
    const { host } = fakeHost({ apiVersion: "1.14" });
    await writeSheet(host, sheet);
    await addCellNotes(host, name, [{ row: 2, col: 2, text: "а" }]);
    // The wrong adapter: a Range (or "'План (структура)'!B2") becomes plain "B2".
    const bare = interceptingHost(host, (method, args) => (method === "getItemByCell" ? ["B2"] : args));
    await expect(clearCellNotes(bare, name)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test.each(["1.18", "1.12"])("ExcelApi %s: a user's own note or comment on a highlighted cell stays, the others are written", async (apiVersion) => {
    const { host, fake } = fakeHost({ apiVersion });
    await writeSheet(host, sheet);
    const state = fake.workbook.sheetByName(name)!;
    const kind = apiVersion === "1.18" ? "note" : "comment";
    state.notes.push({ cell: "B2", text: "моё", kind });
    expect(await addCellNotes(host, name, [{ row: 2, col: 2, text: "а" }, { row: 3, col: 2, text: "б" }])).toBe(1);
    expect(state.notes.map((n) => [n.cell, n.text])).toEqual([["B2", "моё"], ["B3", "б"]]);
    expect(await clearCellNotes(host, name)).toBe(1);
    expect(state.notes.map((n) => [n.cell, n.text])).toEqual([["B2", "моё"]]);
  });

  test("a note put on a cell between the check and the write fails the call, and the notes added before it can be removed", async () => {
    const { host, fake } = fakeHost();
    await writeSheet(host, { name, rows: [[text("a")], [text("b")], [text("c")], [text("d")]] });
    const state = fake.workbook.sheetByName(name)!;
    let added = 0;
    // A co-author writes a note on A3 while the adapter queues its notes (after it looked which cells are free).
    const racing = interceptingHost(host, (method, args) => {
      if (method === "add" && typeof args[1] === "string" && added++ === 0) state.notes.push({ cell: "A3", text: "соавтор", kind: "note" });
      return args;
    });
    const notes = [1, 2, 3, 4].map((row) => ({ row, col: 1, text: `замечание ${row}` }));
    await expect(addCellNotes(racing, name, notes)).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(state.notes.map((n) => n.cell).sort()).toEqual(["A1", "A2", "A3"]);
    expect(await clearCellNotes(host, name)).toBe(2);
    expect(state.notes.map((n) => [n.cell, n.text])).toEqual([["A3", "соавтор"]]);
  });
});
