/**
 * Large and hostile inputs through the CLI's path (readInput, then structurePlan): a 100 MB CSV plan, 1,000,000
 * blank lines before a small plan, a 10 MB cell, a sheet with 1,048,576 rows of nothing. Prints time and memory;
 * asserts nothing (DESIGN §9).
 *
 * Each input is generated in a temp directory by this process, then read by a child process of its own, so the
 * kernel's peak RSS (resourceUsage().maxRSS) is that input's alone. The child also samples memoryUsage() every
 * 50 ms and at each phase boundary; a timer cannot fire inside synchronous work, so the sampled heap peak is a
 * lower bound and maxRSS is the real peak.
 *
 * Run: npx tsc -p tsconfig.cli.json && node --expose-gc build/bench/largeInputs.bench.js [name…]
 */
import { spawnSync } from "child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { once } from "events";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { structurePlan } from "../src/core/plan";
import { readInput } from "../src/io/readInput";
import { row } from "./measure";

const MB = 1024 * 1024;
const HEADER = "№ п/п;Наименование мероприятия;Ответственный исполнитель;Срок исполнения;Ожидаемый результат";
const DEADLINES = ["ежемесячно", "до 20 декабря", "I квартал 2026 года", "В течение года", "15.03.2026", "по мере необходимости"];
const PEOPLE = ["Иванова А.А., методист", "Отдел кадров управления образования", "Петров П.П.", "МБОУ «СОШ № 5», руководители ОО"];

function record(i: number): string {
  const responsible = PEOPLE[i % PEOPLE.length];
  return `${i + 1};Проведение мероприятия номер ${i + 1} по повышению квалификации педагогов;"${responsible.replace(/"/g, '""')}";${DEADLINES[i % DEADLINES.length]};Охват ${i % 100},5 %`;
}

/** Writes records until the file reaches `bytes`, a chunk at a time: the generator never holds the file. */
async function writeCsv(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  const put = async (s: string) => {
    written += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, "drain");
  };
  await put(HEADER + "\r\n");
  while (written < bytes) {
    const chunk: string[] = [];
    for (let k = 0; k < 1000; k++) chunk.push(record(i++));
    await put(chunk.join("\r\n") + "\r\n");
  }
  out.end();
  await once(out, "finish");
}

async function millionRowSheet(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("План");
  ws.addRow(HEADER.split(";"));
  for (let i = 0; i < 3; i++) ws.addRow(record(i).split(";").map((c) => c.replace(/^"|"$/g, "")));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(sheet)!.async("string");
  const rows: string[] = [];
  for (let r = 5; r <= 1_048_576; r++) rows.push(`<row r="${r}"/>`);
  zip.file(sheet, xml.replace("</sheetData>", rows.join("") + "</sheetData>"));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const SMALL_PLAN = [HEADER, record(0), record(1), record(2)].join("\n") + "\n";
const prose = (n: number) => "Проведение семинара для молодых педагогов, наставников и руководителей (по плану). ".repeat(Math.ceil(n / 86)).slice(0, n);

const INPUTS: Record<string, (file: string) => Promise<void>> = {
  "csv-100mb.csv": (f) => writeCsv(f, 100 * MB),
  "blank-lines-1m.txt": async (f) => writeFileSync(f, "\n".repeat(1_000_000) + SMALL_PLAN.replace(/;/g, "\t")),
  "blank-records-1m.csv": async (f) => writeFileSync(f, "\r\n".repeat(1_000_000) + SMALL_PLAN),
  "cell-10mb.csv": async (f) => writeFileSync(f, [HEADER, record(0).replace(/;Проведение[^;]*;/, `;${prose(10 * MB)};`), record(1)].join("\r\n")),
  "sheet-1048576-rows.xlsx": millionRowSheet,
};

interface Figures {
  readMs: number;
  structureMs: number;
  items: number | string;
  readRssMb: number;
  maxRssMb: number;
  sampledRssMb: number;
  sampledHeapMb: number;
}

/** In the child: read and structure one file, sampling memory; prints one JSON line. */
async function child(file: string): Promise<void> {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  sample();
  let t = performance.now();
  const read = await readInput(file);
  const readMs = performance.now() - t;
  sample();
  const readRssMb = process.resourceUsage().maxRSS / 1024;
  t = performance.now();
  const results = read.documents.map((d) => structurePlan(d));
  const structureMs = performance.now() - t;
  sample();
  clearInterval(timer);
  const ok = results.find((r) => r.ok);
  const figures: Figures = {
    readMs,
    structureMs,
    items: ok?.ok ? ok.plan.items.length : (results[0] && !results[0].ok ? results[0].failure.reason : "—"),
    readRssMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    sampledRssMb: rss / MB,
    sampledHeapMb: heap / MB,
  };
  console.log(JSON.stringify(figures));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-bench-"));
  const widths = [24, 7, 9, 13, 8, 14, 11, 12, 13];
  console.log(row(["input", "MB", "read ms", "structure ms", "items", "RSS after read", "maxRSS MB", "sampled RSS", "sampled heap"], widths));
  try {
    for (const [name, make] of Object.entries(INPUTS)) {
      if (only.length && !only.some((o) => name.includes(o))) continue;
      const file = path.join(dir, name);
      await make(file);
      const run = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", file], { encoding: "utf8", maxBuffer: 16 * MB });
      const last = run.stdout.trim().split("\n").pop() ?? "";
      if (run.status !== 0 || !last.startsWith("{")) {
        console.log(row([name, statSync(file).size / MB, "failed", `exit ${run.status}`, (run.stderr || "").split("\n")[0].slice(0, 60), "", "", "", ""], widths));
        continue;
      }
      const f = JSON.parse(last) as Figures;
      console.log(row([name, statSync(file).size / MB, f.readMs, f.structureMs, f.items, f.readRssMb, f.maxRssMb, f.sampledRssMb, f.sampledHeapMb], widths));
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") void child(process.argv[3]);
else void main();
