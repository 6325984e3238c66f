/**
 * One expectation, two hosts: the same SheetSpecs written into Excel (through the adapter, into the strict fake) and
 * into an .xlsx file (exceljs) read back to the same cells.
 */
import { planSheet, sourceRowsSheet } from "../../src/core/plan/planSheets";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { parseNumber } from "../../src/core/text/numbers";
import { summarySheets } from "../../src/core/summary";
import { readUsedRange, writeSheet } from "../../src/excel";
import { readXlsx, writeXlsx } from "../../src/xlsx";
import { SEEDS, seedPlan } from "../helpers/seeds";
import { fakeHost } from "./fakeHost";

const plan = seedPlan(SEEDS.zima);
const specs: SheetSpec[] = [
  planSheet(plan),
  sourceRowsSheet(plan),
  ...summarySheets(plan, { madeOn: "2022-06-01", reporting: { start: "2022-01-01", end: "2022-06-30" }, source: "002.txt" }),
];

/** Numbers are compared as numbers: each host shows them in its own way ("0.5" in a file, "0,5" in ru-RU Excel). */
const canonical = (cell: string) => {
  const n = /^[-+]?\d/.test(cell) && !/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(cell) ? parseNumber(cell.replace(/,/g, ".").replace(/%$/, "")) : null;
  return n && !/\s/.test(cell.trim()) ? `#${n.value}` : cell;
};

test.each(specs.map((s) => [s.name, s] as const))("«%s»: Excel and the .xlsx file hold the same cells", async (_, spec) => {
  const [fromFile] = await readXlsx(await writeXlsx([spec]), "x.xlsx");
  const fileRows = fromFile.blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows : []));
  const { host } = fakeHost();
  await writeSheet(host, spec);
  const excel = await readUsedRange(host, { sheet: spec.name });
  const excelRows = excel.grid.rows;
  const width = Math.max(...spec.rows.map((r) => r.length));
  const norm = (rows: readonly { cells: readonly string[] }[]) =>
    spec.rows.map((_, r) => Array.from({ length: width }, (_, c) => canonical(rows[r]?.cells[c] ?? "")));
  expect(norm(excelRows)).toEqual(norm(fileRows));
});
