/**
 * The pane's indicator command on a big staff list in the strict fake Excel: read whole into a Grid (the pane's
 * path before) against streamed chunk by chunk into the one-pass engine. Prints CPU time, syncs, progress events
 * and the peak live heap above the loaded workbook (after a collection at every progress event and at the end).
 * Prints only.
 *
 *   npm run bench -- paneStream
 */
import { sheetDocument } from "../src/core/grid";
import { computeIndicators } from "../src/core/staffing";
import { officeHost, type ExcelRunner } from "../src/excel";
import { excelServices, type OfficeGlobal } from "../src/excel/excelServices";
import { loadWorkbookSettings } from "../src/excel/workbookSettingsStore";
import { computeFromSheets } from "../src/taskpane/actions/indicatorActions";
import type { OpContext } from "../src/taskpane/hooks/useOperation";
import { createFakeExcel } from "../test/fake-excel";
import { generatePersons } from "../test/fixtures/staffing/generatePersons";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function run(rows: number, how: "whole" | "streamed"): Promise<void> {
  const scale = rows / 29;
  const list = generatePersons({ seed: 20261128, orgs: { ОО: Math.round(scale * 0.45), ДОО: Math.round(scale * 0.4), ДО: Math.round(scale * 0.15) } });
  const fake = createFakeExcel();
  fake.workbook.setValues("Кадры", list.values);
  const host = officeHost(fake.Excel as unknown as ExcelRunner, fake.Office);
  const services = excelServices(host, fake.Office as unknown as OfficeGlobal, await loadWorkbookSettings(host));
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let events = 0;
  // Live memory: garbage collected first, so that what one chunk left behind does not count.
  let sampling = 0;
  const sample = () => {
    const t = process.cpuUsage();
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    const d = process.cpuUsage(t);
    sampling += d.user + d.system;
  };
  const ctx: OpContext = { signal: new AbortController().signal, progress: () => (events++, sample()) };
  fake.stats.reset();
  const cpu = process.cpuUsage();
  if (how === "whole") {
    const read = await services.readSheet("Кадры", { onProgress: () => (events++, sample()) });
    const result = computeIndicators([sheetDocument(read.sheet, read.sheet, read.grid)], { asOf: list.asOf, today: list.asOf });
    sample();
    if (!result.ok) throw new Error("not staffing");
  } else {
    await computeFromSheets(services, { sheets: ["Кадры"], asOf: list.asOf, configText: "" }, "ru", ctx);
    sample();
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `${list.values.length} rows, ${how.padEnd(8)}: CPU ${((used.user + used.system - sampling) / 1000).toFixed(0)} ms (collections left out), ${fake.stats.syncs} syncs, ${events} progress events, peak live heap above the workbook ${mb(peak)}`,
  );
}

async function main(): Promise<void> {
  for (const rows of [20_000, 100_000]) for (const how of ["whole", "streamed"] as const) await run(rows, how);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
