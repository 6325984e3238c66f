/** Tables, merges, hidden rows, formats and settings behave as in Excel. */
import { createFakeExcel } from ".";

test("tables.add over a range overlapping another table fails; over merged cells MergedRangeConflict", async () => {
  const fake = createFakeExcel();
  fake.workbook.setValues("Лист1", [["a", "b", "c"], [1, 2, 3], [4, 5, 6]]);
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Лист1");
    ws.tables.add("A1:B3", true);
    await ctx.sync();
    ws.tables.add("B1:C3", true);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    ws.getRange("E1:F1").merge();
    ws.tables.add("E1:F3", true);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });
  expect(fake.workbook.tables).toHaveLength(1);
});

test("hasHeaders=false inserts a header row and shifts the data down one row", async () => {
  const fake = createFakeExcel();
  fake.workbook.setValues("Лист1", [["x", "y"], ["z", "w"], ["below", ""]]);
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").tables.add("A1:B2", false);
    await ctx.sync();
  });
  const col = (c: number) => [0, 1, 2, 3].map((r) => fake.workbook.valueAt("Лист1", r, c));
  expect(col(0)).toEqual(["Столбец1", "x", "z", "below"]);
  expect(col(1)).toEqual(["Столбец2", "y", "w", ""]);
  expect(fake.workbook.tables[0].area).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
});

test("duplicate and blank headers are renamed; table names must be valid and unique", async () => {
  const fake = createFakeExcel();
  fake.workbook.setValues("Лист1", [["Срок", "срок", ""], [1, 2, 3]]);
  await fake.Excel.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Лист1").tables.add("A1:C2", true);
    await ctx.sync();
    t.name = "1плохое";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    t.name = "План_мероприятий";
    await ctx.sync();
  });
  expect([0, 1, 2].map((c) => fake.workbook.valueAt("Лист1", 0, c))).toEqual(["Срок", "срок2", "Столбец3"]);
  expect(fake.workbook.tables[0].name).toBe("План_мероприятий");
});

test("merge keeps the top-left value; merged areas are found by their top-left cell", async () => {
  const fake = createFakeExcel({ apiVersion: "1.13" });
  fake.workbook.setValues("Лист1", [["a", "b"], ["c", "d"], ["e", "f"]]);
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Лист1");
    ws.getRange("A1:B1").merge();
    ws.getRange("A2:A3").merge();
    const inside = ws.getRange("A1:B3").getMergedAreasOrNullObject().load("address");
    const lower = ws.getRange("A3:B3").getMergedAreasOrNullObject().load("address");
    await ctx.sync();
    expect(inside.address).toBe("Лист1!A1:B1, Лист1!A2:A3");
    expect(lower.isNullObject).toBe(true); // A2:A3 starts above A3
  });
  expect([fake.workbook.valueAt("Лист1", 0, 1), fake.workbook.valueAt("Лист1", 2, 0)]).toEqual(["", ""]);
});

test("hidden rows: rowHidden is true/false/null for all/none/some; the visible view skips them", async () => {
  const fake = createFakeExcel();
  fake.workbook.setValues("Лист1", [["a"], ["b"], ["c"]]);
  fake.workbook.sheetByName("Лист1")!.hiddenRows.add(1);
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Лист1");
    const all = ws.getRange("A1:A3").load("rowHidden,values");
    const one = ws.getRange("A2").load("rowHidden");
    const view = ws.getRange("A1:A3").getVisibleView().load("values,cellAddresses");
    await ctx.sync();
    expect([all.rowHidden, one.rowHidden]).toEqual([null, true]);
    expect(all.values).toEqual([["a"], ["b"], ["c"]]); // hidden rows are still in values
    expect(view.values).toEqual([["a"], ["c"]]);
    expect(view.cellAddresses).toEqual([["Лист1!A1"], ["Лист1!A3"]]);
  });
});

test("text shows numbers with the cell's format in the display locale", async () => {
  const fake = createFakeExcel({ displayLocale: "ru-RU" });
  const sheet = fake.workbook.sheetByName("Лист1")!;
  fake.workbook.setValues("Лист1", [[0.344, 1234567, 45536, 2.5, true]]);
  ["0.0%", "#,##0", "dd.mm.yyyy", "General", "General"].forEach((f, c) => (sheet.rows[0][c]!.numberFormat = f));
  await fake.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Лист1").getRange("A1:E1").load("text");
    await ctx.sync();
    // 45536 = 1 Sep 2024 (1 Jan 2024 is 45292, + 244 days)
    expect(r.text).toEqual([["34,4%", "1\u00a0234\u00a0567", "01.09.2024", "2,5", "ИСТИНА"]]);
  });
});

test("no fill reads #FFFFFF with pattern None; settings keep JSON values", async () => {
  const fake = createFakeExcel();
  await fake.Excel.run(async (ctx) => {
    const fill = ctx.workbook.worksheets.getItem("Лист1").getRange("A1").format.fill.load("color,pattern");
    ctx.workbook.settings.add("k", { a: [1, "б"] });
    const s = ctx.workbook.settings.getItem("k").load("value");
    await ctx.sync();
    expect([fill.color, fill.pattern]).toEqual(["#FFFFFF", "None"]);
    expect(s.value).toEqual({ a: [1, "б"] });
    ctx.workbook.settings.getItem("нет");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test("the last visible sheet cannot be deleted; onChanged handlers fire on a user edit", async () => {
  const fake = createFakeExcel();
  const seen: unknown[] = [];
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Лист1");
    ws.onChanged.add(async (args) => void seen.push(args));
    ws.delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
  await fake.simulateEdit("Лист1", "B2", "4.10");
  expect(seen).toEqual([expect.objectContaining({ address: "B2", changeType: "RangeEdited", details: { valueBefore: "", valueAfter: 4.1 } })]);
});
