/** Excel on the web refuses requests and responses over 5 MB; the fake counts 2 bytes per UTF-16 code unit. */
import { createFakeExcel } from ".";

const MB5 = 5 * 1024 * 1024;

test("a request over the limit fails with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
  const fake = createFakeExcel();
  // 100 cells of 30,000 Cyrillic letters: 3,000,000 code units = 6,000,000 bytes > 5,242,880.
  const big = Array.from({ length: 100 }, () => ["ж".repeat(30_000)]);
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").getRange("A1:A100").values = big;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
  expect(fake.workbook.valueAt("Лист1", 0, 0)).toBe("");
  expect(fake.stats.log[0].requestBytes).toBeGreaterThan(6_000_000);
});

test("a request just under the limit passes, and stats record syncs and bytes", async () => {
  const fake = createFakeExcel();
  // 80 × 30,000 = 2,400,000 code units = 4,800,000 bytes plus the envelope, under 5,242,880.
  const ok = Array.from({ length: 80 }, () => ["ж".repeat(30_000)]);
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").getRange("A1:A80").values = ok;
    await ctx.sync();
  });
  expect(fake.stats.syncs).toBe(1);
  expect(fake.stats.log[0].requestBytes).toBeGreaterThan(4_800_000);
  expect(fake.stats.log[0].requestBytes).toBeLessThan(MB5);
});

test("a response over the limit fails with ResponsePayloadSizeLimitExceeded and leaves values unloaded", async () => {
  const fake = createFakeExcel();
  fake.workbook.setValues("Лист1", Array.from({ length: 100 }, () => ["ж".repeat(30_000)]));
  await fake.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Лист1").getRange("A1:A100").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    const half = ctx.workbook.worksheets.getItem("Лист1").getRange("A1:A50").load("values");
    await ctx.sync();
    expect(half.values).toHaveLength(50);
  });
  expect(fake.stats.log.map((r) => r.responseBytes > MB5)).toEqual([true, false]);
});

test("the limit is configurable", async () => {
  const fake = createFakeExcel({ payloadLimit: 1000 });
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Лист1").getRange("A1").values = [["я".repeat(600)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
