/** Property: any grid of texts, numbers and dates survives writeSheet + readUsedRange as the user would see it. */
import fc from "fast-check";
import { date, num, text, type CellSpec } from "../../src/core/sheet/sheetSpec";
import { readUsedRange, writeSheet } from "../../src/excel";
import { fakeHost } from "./fakeHost";

const cyrillic = fc.string({ unit: fc.constantFrom(..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГД .,-–«»№%0123456789\n"), maxLength: 40 });
const tricky = fc.constantFrom("4.10", "- пункт", "=СУММ(A1)", "+7", "34,4%", "2018-12-31", "007", "1,5", "TRUE", "=", "-", "'текст", "01.09.2024");
const long = fc.integer({ min: 300, max: 9_000 }).map((n) => `-${"я".repeat(n)}`);
const textCell = fc.oneof(cyrillic, tricky, long).map((s) => ({ spec: text(s), expected: s }));
const intCell = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => ({ spec: num(n, "integer"), expected: String(n) }));
const dateCell = fc.date({ min: new Date("1995-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => {
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split("-");
  return { spec: date(iso), expected: `${day}.${m}.${y}` };
});
const emptyCell = fc.constant({ spec: text(""), expected: "" });
const cell = fc.oneof({ weight: 4, arbitrary: textCell }, { weight: 1, arbitrary: intCell }, { weight: 1, arbitrary: dateCell }, { weight: 2, arbitrary: emptyCell });

test("round trip without loss", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), async (grid) => {
      const { host } = fakeHost();
      const rows: CellSpec[][] = grid.map((r) => r.map((c) => c.spec));
      await writeSheet(host, { name: "Проверка", rows }, { chunkBytes: 20_000 });
      const back = await readUsedRange(host, { sheet: "Проверка" });
      const seen = new Map<string, string>();
      for (const r of back.grid.rows) r.cells.forEach((t, j) => seen.set(`${r.row}:${(r.col ?? 1) + j}`, t));
      grid.forEach((r, i) => r.forEach((c, j) => expect(seen.get(`${i + 1}:${j + 1}`) ?? "").toBe(c.expected)));
    }),
    { numRuns: 60 },
  );
});
