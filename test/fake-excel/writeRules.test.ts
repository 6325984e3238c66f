/** What Excel does to values written to a range, and what it refuses. Expected values are worked out by hand. */
import { createFakeExcel, type FakeExcel } from ".";

const SHAPE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

async function write(fake: FakeExcel, address: string, prop: "values" | "formulas" | "numberFormat", data: unknown): Promise<void> {
  await fake.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Лист1").getRange(address);
    (range as unknown as Record<string, unknown>)[prop] = data;
    await ctx.sync();
  });
}

describe("shape of 2-D writes", () => {
  for (const prop of ["values", "formulas", "numberFormat"] as const) {
    test(`${prop}: a 1×2 array on a 2×2 range fails at sync with InvalidArgument`, async () => {
      const fake = createFakeExcel();
      await expect(write(fake, "A1:B2", prop, [["1", "2"]])).rejects.toMatchObject({
        code: "InvalidArgument",
        message: SHAPE,
        debugInfo: { code: "InvalidArgument", message: SHAPE, errorLocation: `Range.${prop}` },
      });
      await expect(write(fake, "A1:B2", prop, [["1"], ["2"]])).rejects.toMatchObject({ code: "InvalidArgument" });
      await expect(write(fake, "A1:B2", prop, "@")).rejects.toMatchObject({ code: "InvalidArgument" }); // a bare scalar: strict
      await expect(write(fake, "A1:B2", prop, [["1", "2"], ["3", "4"]])).resolves.toBeUndefined();
    });
  }
});

describe("coercion of strings written to values (General cells)", () => {
  // [input, value Excel keeps, formula or null]
  const CASES: [string, string | number | boolean, string | null][] = [
    ["4.10", 4.1, null],
    ["1,234", 1234, null],
    ["1.2", 1.2, null],
    ["007", 7, null],
    ["-5", -5, null],
    ["2018-12-31", 43465, null], // 1 Jan 2019 is serial 43466
    ["TRUE", true, null],
    ["=СУММ(A1)", "#NAME?", "=СУММ(A1)"],
    ["=1+2*3", 7, "=1+2*3"],
    ["- пункт", "#NAME?", "=- пункт"],
    ["+7", 7, "=+7"],
    ["01.09.2024", "01.09.2024", null], // not an en-US date: stays text
    ["Иванов И.И.", "Иванов И.И.", null],
  ];
  test.each(CASES)("%s", async (input, value, formula) => {
    const fake = createFakeExcel();
    await write(fake, "A1", "values", [[input]]);
    const cell = fake.workbook.cellOf("Лист1", 0, 0)!;
    expect(cell.value).toBe(value);
    expect(cell.formula ?? null).toBe(formula);
  });

  test("percent strings become fractions with a percent format", async () => {
    const fake = createFakeExcel();
    await write(fake, "A1:B1", "values", [["34.4%", "34,4%"]]);
    expect(fake.workbook.cellOf("Лист1", 0, 0)).toMatchObject({ numberFormat: "0.0%" });
    expect(fake.workbook.valueAt("Лист1", 0, 0)).toBeCloseTo(0.344, 12);
    expect(fake.workbook.valueAt("Лист1", 0, 1)).toBeCloseTo(3.44, 12); // en-US: the comma groups digits
  });

  test("an ISO date sets the m/d/yyyy format, shown as the regional short date", async () => {
    const fake = createFakeExcel({ displayLocale: "ru-RU" });
    await write(fake, "A1", "values", [["2018-12-31"]]);
    expect(fake.workbook.cellOf("Лист1", 0, 0)?.numberFormat).toBe("m/d/yyyy");
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Лист1").getRange("A1").load("text");
      await ctx.sync();
      expect(r.text).toEqual([["31.12.2018"]]);
    });
  });
});

describe("text format '@' keeps strings as typed", () => {
  const TEXTS = ["4.10", "007", "=СУММ", "- пункт", "+7", "34,4%", "2018-12-31", "TRUE"];
  test("with '@' set first, every string stays text", async () => {
    const fake = createFakeExcel();
    const address = `A1:${String.fromCharCode(64 + TEXTS.length)}1`;
    await write(fake, address, "numberFormat", [TEXTS.map(() => "@")]);
    await write(fake, address, "values", [TEXTS]);
    TEXTS.forEach((t, i) => expect([fake.workbook.cellOf("Лист1", 0, i)?.value, fake.workbook.cellOf("Лист1", 0, i)?.formula]).toEqual([t, undefined]));
  });

  test("'@' set after the values is too late: the number stays a number", async () => {
    const fake = createFakeExcel();
    await write(fake, "A1", "values", [["4.10"]]);
    await write(fake, "A1", "numberFormat", [["@"]]);
    expect(fake.workbook.valueAt("Лист1", 0, 0)).toBe(4.1);
  });
});

describe("limits", () => {
  test("a cell over 32,767 characters fails with InvalidArgument", async () => {
    const fake = createFakeExcel();
    await expect(write(fake, "A1", "values", [["я".repeat(32_768)]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(fake, "A1", "values", [["я".repeat(32_767)]])).resolves.toBeUndefined();
  });

  test("a formula-like string over 8,200 characters fails with GeneralException; as text it is fine", async () => {
    const fake = createFakeExcel();
    const long = `- ${"пункт ".repeat(1_400)}`; // 8,402 characters
    await expect(write(fake, "A1", "values", [[long]])).rejects.toMatchObject({ code: "GeneralException" });
    await write(fake, "A1", "numberFormat", [["@"]]);
    await write(fake, "A1", "values", [[long]]);
    expect(fake.workbook.valueAt("Лист1", 0, 0)).toBe(long);
  });

  test("a failing write changes no cell of the range", async () => {
    const fake = createFakeExcel();
    await expect(write(fake, "A1:B1", "values", [["ok", "я".repeat(40_000)]])).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.valueAt("Лист1", 0, 0)).toBe("");
  });
});

describe("sheet names", () => {
  const INVALID = ["", " ", "a".repeat(32), "a/b", "a\\b", "a?b", "a*b", "a:b", "a[b", "a]b", "'Лист", "Лист'", "History", "history"];
  test.each(INVALID)("%p is refused with InvalidArgument", async (name) => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("a duplicate name (any case) is refused with ItemAlreadyExists, on add and on rename", async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet("Свод");
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("ЛИСТ1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      ctx.workbook.worksheets.getItem("Свод").name = "лист1";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Лист1", "Свод"]);
  });

  test("31 characters and Cyrillic are fine", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Ж".repeat(31));
      await ctx.sync();
    });
    expect(fake.workbook.sheetByName("Ж".repeat(31))).toBeDefined();
  });
});
