/**
 * Whether exceljs's streaming writer (stream.xlsx.WorkbookWriter, rows committed as they are made) could write the
 * summary workbook faster than writeXlsx (issue 15): the 10k-item summary's cell values alone, every row of every
 * sheet through addRow().commit() with shared strings and zlib level 3, into a stream thrown away, against
 * writeXlsx writing the whole workbook (styles, widths, merges, table, lists, charts). Alternated, CPU ms, median
 * and best of the runs after the first. Not a benchmark run by `npm run bench` (no .bench in the name).
 *   node build/bench/summaryStreamWriter.js [runs = 7]
 *
 * What the streaming writer leaves out besides (exceljs 4.4): tables (worksheet.addTable is undefined in streaming
 * mode, exceljs issue #1412, pull request #1885 never merged), images and so any drawing; charts are added to the
 * package afterwards in both cases (finishPackage). The cells still become exceljs Row and Cell objects and XML
 * through its xforms, one per cell: the per-cell cost writeXlsx left behind by writing the cells as bytes itself.
 */
import ExcelJS from "exceljs";
import { Writable } from "stream";
import type { CellSpec, SheetSpec } from "../src/core/sheet/sheetSpec";
import { excelSerial } from "../src/core/sheet/sheetSpec";
import { validatePlan } from "../src/core/plan/validate";
import { writeXlsx } from "../src/xlsx";
import { benchSummarySheets, structuredBenchPlan } from "./benchPlan";
import { median } from "./measure";
import { cpuTimed } from "./xlsxPlanFile";

/** A cell's value as the streaming writer takes it (a date as its serial, as writeXlsx writes it). */
function plainValue(cell: CellSpec | undefined): string | number | null {
  const v = cell?.value;
  if (!v) return null;
  if (v.kind === "text" || v.kind === "link") return v.text;
  if (v.kind === "number" || v.kind === "percent") return v.value;
  if (v.kind === "date") return excelSerial(v.iso);
  return null;
}

async function streamed(specs: readonly SheetSpec[]): Promise<void> {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true, useStyles: true, zip: { zlib: { level: 3 } } });
  specs.forEach((spec, i) => {
    const ws = wb.addWorksheet(`Лист${i + 1}`);
    for (const row of spec.rows) ws.addRow(row.map(plainValue)).commit();
    ws.commit();
  });
  await wb.commit();
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 7);
  const plan = await structuredBenchPlan(10_000);
  const specs = benchSummarySheets(plan, validatePlan(plan));
  const cells = specs.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  const times = { writeXlsx: [] as number[], streaming: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.writeXlsx.push((await cpuTimed(() => writeXlsx(specs))).cpuMs);
    times.streaming.push((await cpuTimed(() => streamed(specs))).cpuMs);
  }
  console.log(`10,000-item summary, ${specs.length} sheets, ${cells.toLocaleString("en")} cells; CPU ms of ${runs} alternated runs (the first left out of median and best):`);
  for (const [name, t] of Object.entries(times)) console.log(`  ${name.padEnd(10)} median ${median(t.slice(1)).toFixed(0)}  best ${Math.min(...t.slice(1)).toFixed(0)}  (${t.map((x) => x.toFixed(0)).join(" ")})`);
  console.log("  (streaming: cell values only — no styles, widths, merges, table, lists or charts)");
}

void main();
