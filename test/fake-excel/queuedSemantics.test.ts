/** The fake queues like Office.js: effects and errors at sync, PropertyNotLoaded before load + sync. */
import { createFakeExcel, FakeRichApiError } from ".";

const NOT_LOADED = (p: string) =>
  `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

function caught(fn: () => unknown): FakeRichApiError {
  try {
    fn();
  } catch (e) {
    return e as FakeRichApiError;
  }
  throw new Error("did not throw");
}

test("writes only take effect at sync", async () => {
  const fake = createFakeExcel();
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").getRange("A1:B1").values = [["a", "b"]];
    expect(fake.workbook.valueAt("Лист1", 0, 0)).toBe("");
    await ctx.sync();
    expect(fake.workbook.valueAt("Лист1", 0, 1)).toBe("b");
  });
});

test("reading a property before load + sync throws Office's PropertyNotLoaded", async () => {
  const fake = createFakeExcel();
  fake.workbook.setValues("Лист1", [[1, 2]]);
  await fake.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Лист1").getRange("A1:B1");
    const before = caught(() => range.values);
    expect(before.name).toBe("RichApi.Error");
    expect(before.code).toBe("PropertyNotLoaded");
    expect(before.message).toBe(NOT_LOADED("values"));
    expect(before.debugInfo).toEqual({ code: "PropertyNotLoaded", message: NOT_LOADED("values"), errorLocation: "Range.values" });
    range.load("values, address");
    expect(caught(() => range.values).code).toBe("PropertyNotLoaded"); // loaded but not synced yet
    await ctx.sync();
    expect(range.values).toEqual([[1, 2]]);
    expect(range.address).toBe("Лист1!A1:B1");
    expect(caught(() => range.rowCount).code).toBe("PropertyNotLoaded"); // not asked for
  });
});

test("errors of queued calls surface at sync, not at the call", async () => {
  const fake = createFakeExcel();
  await fake.Excel.run(async (ctx) => {
    const missing = ctx.workbook.worksheets.getItem("Нет такого").load("name");
    expect(missing).toBeDefined();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound", message: "The requested resource doesn't exist." });
  });
});

test("getItemOrNullObject gives isNullObject without load; getItem of a missing sheet throws ItemNotFound", async () => {
  const fake = createFakeExcel();
  await fake.Excel.run(async (ctx) => {
    const none = ctx.workbook.worksheets.getItemOrNullObject("Нет");
    const some = ctx.workbook.worksheets.getItemOrNullObject("лист1");
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
    expect(some.isNullObject).toBe(false);
  });
});

test("load forms: nested paths, collections' items, a navigation property alone loads nothing", async () => {
  const fake = createFakeExcel();
  fake.workbook.addSheet("Второй");
  await fake.Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    const range = ctx.workbook.worksheets.getItem("Лист1").getRange("A1");
    range.load({ select: ["format/font/bold"] });
    range.format.load("fill");
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Лист1", "Второй"]);
    expect(range.format.font.bold).toBe(false);
    expect(caught(() => range.format.fill.color).code).toBe("PropertyNotLoaded");
  });
});

test("operations never synced before Excel.run returns are dropped, and the context is closed", async () => {
  const fake = createFakeExcel();
  let saved: { sync(): Promise<void> } | undefined;
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").getRange("A1").values = [["x"]];
    saved = ctx;
  });
  expect(fake.workbook.valueAt("Лист1", 0, 0)).toBe("");
  expect(fake.stats.droppedOperations).toBe(1);
  await expect(saved!.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
});

test("APIs above the host's requirement set fail at sync with ApiNotFound", async () => {
  const fake = createFakeExcel({ apiVersion: "1.7" });
  expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("Worksheet.onChanged fires for the add-in's own data writes (OFFICEJS.md §6)", () => {
  test("a values write raises the event after the sync, marked ThisLocalAddin; a numberFormat write does not", async () => {
    const fake = createFakeExcel();
    const seen: unknown[] = [];
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Лист1").onChanged.add(async (args: unknown) => void seen.push(args));
      await context.sync();
      context.workbook.worksheets.getItem("Лист1").getRange("B2:C2").values = [["a", "b"]];
      await context.sync();
      expect(seen).toEqual([]); // delivered after the batch, not inside sync
      context.workbook.worksheets.getItem("Лист1").getRange("D4").numberFormat = [["@"]];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([expect.objectContaining({ address: "B2:C2", triggerSource: "ThisLocalAddin", changeType: "RangeEdited" })]);
  });
});

describe("property loads are checked against requirement sets, as setters and methods are", () => {
  test.each([
    ["1.8", "pattern", "ApiNotFound"],
    ["1.9", "pattern", null],
  ])("ExcelApi %s: load('%s') of a fill", async (apiVersion, prop, code) => {
    const fake = createFakeExcel({ apiVersion });
    const run = fake.Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Лист1").getRange("A1").format.fill.load(prop);
      await context.sync();
      return fill.toJSON();
    });
    if (code) await expect(run).rejects.toMatchObject({ code });
    else await expect(run).resolves.toEqual({ pattern: "None" });
  });

  test("a bare load() loads only what the host has", async () => {
    const fake = createFakeExcel({ apiVersion: "1.7" });
    const loaded = await fake.Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Лист1").getRange("A1").format.fill.load();
      await context.sync();
      return fill.toJSON();
    });
    expect(loaded).toEqual({ color: "#FFFFFF" });
  });
});
