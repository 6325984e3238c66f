/**
 * A 300-page PDF plan (A4 landscape, one text run per cell line, wrapped names, sections, the header repeated and a
 * page number on every page, with and without cell borders) read and structured as `plankadry structure plan.pdf`
 * does: readInput (pdfjs-dist text and operators, then the positioned-text kernel), then structurePlan. Target: under
 * 10 s on the development machine; printed, never asserted.
 *
 * Also printed: whether every item drawn was read back exactly (number, name, section, deadline, result).
 *
 * Run: npx tsc -p tsconfig.cli.json && node build/bench/pdf.bench.js
 */
import fontkit from "@pdf-lib/fontkit";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import * as path from "path";
import { PDFDocument, rgb } from "pdf-lib";
import { structurePlan } from "../src/core/plan";
import type { PlanItem } from "../src/core/plan/types";
import { readInput } from "../src/io/readInput";
import { measure, row } from "./measure";

const FONT = path.join(__dirname, "..", "..", "node_modules", "pdfjs-dist", "standard_fonts", "LiberationSans-Regular.ttf");
const SIZE = 9;
const LINE = 11;
const COLUMNS = [40, 85, 335, 505, 625, 802];
const HEADER = [["№", "п/п"], ["Наименование мероприятия"], ["Ответственный", "исполнитель"], ["Срок", "исполнения"], ["Ожидаемый", "результат"]];
const DEADLINES = ["ежемесячно", "до 20 декабря", "I квартал 2026 года", "В течение года", "15.03.2026", "по мере необходимости"];
const PEOPLE = [["Иванова А.А., методист"], ["Отдел кадров управления", "образования"], ["Петров П.П., Сидорова", "Е.В."]];

/** An item as drawn: what a reader must give back. */
interface DrawnItem {
  readonly number: string;
  readonly name: string;
  readonly section: string;
  readonly deadline: string;
  readonly result: string;
}

/**
 * The plan as a PDF. Ruled, the column borders are drawn down the whole table, through the section titles too (a
 * title typed in one cell of a sheet runs over the empty cells beside it, and their borders are printed through it).
 */
export async function writePlan(pages: number, ruled: boolean): Promise<{ bytes: Uint8Array; items: number; drawn: DrawnItem[] }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  let items = 0;
  const drawn: DrawnItem[] = [];
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([842, 595]);
    let y = 40;
    const text = (t: string, x: number, top: number) => page.drawText(t, { x, y: 595 - top - SIZE, size: SIZE, font });
    const rule = (top: number) => ruled && page.drawLine({ start: { x: 40, y: 595 - top }, end: { x: 802, y: 595 - top }, thickness: 0.5, color: rgb(0, 0, 0) });
    if (p === 1) {
      text("План мероприятий по кадровому обеспечению на 2026 год", 300, y);
      y += 3 * LINE;
    }
    const top = y;
    rule(y);
    HEADER.forEach((lines, c) => lines.forEach((l, k) => text(l, COLUMNS[c] + 4, y + k * LINE)));
    y += 2 * LINE + 4;
    rule(y);
    while (y + 4 * LINE < 595 - 60) {
      if (items % 40 === 0) {
        text(`${items / 40 + 1}. Раздел ${items / 40 + 1}. Организационные мероприятия по кадровому обеспечению`, 44, y);
        y += LINE + 4;
        rule(y);
      }
      const n = `${Math.floor(items / 40) + 1}.${(items % 40) + 1}`;
      text(n, 44, y);
      const name = ["Проведение мероприятия номер " + items + " по повышению", "квалификации педагогических работников", "образовательных организаций"];
      name.forEach((l, k) => text(l, COLUMNS[1] + 4, y + k * LINE));
      PEOPLE[items % PEOPLE.length].forEach((l, k) => text(l, COLUMNS[2] + 4, y + k * LINE));
      text(DEADLINES[items % DEADLINES.length], COLUMNS[3] + 4, y);
      const result = `Проведено не менее ${items % 40} семинаров`;
      text(result, COLUMNS[4] + 4, y);
      drawn.push({ number: n, name: name.join(" "), section: String(Math.floor(items / 40) + 1), deadline: DEADLINES[items % DEADLINES.length], result });
      y += 3 * LINE + 4;
      rule(y);
      items++;
    }
    if (ruled) for (const x of COLUMNS) page.drawLine({ start: { x, y: 595 - top }, end: { x, y: 595 - y }, thickness: 0.5, color: rgb(0, 0, 0) });
    text(String(p), 421, 595 - 40);
  }
  return { bytes: await doc.save(), items, drawn };
}

/** Items read back exactly as drawn (number, name, section, deadline, result), in order. */
function exactItems(drawn: readonly DrawnItem[], found: readonly PlanItem[]): number {
  return drawn.filter((d, i) => {
    const f = found[i];
    return f !== undefined && f.number === d.number && f.name === d.name && f.section === d.section && f.deadline.text === d.deadline && f.result === d.result;
  }).length;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-pdf-bench-"));
  try {
    // CPU time beside wall time: on a shared machine the wall clock says more about the neighbours than about us.
    // The first document read also loads pdfjs-dist (compiling it costs some 0.4 s of CPU); the second does not.
    const widths = [7, 7, 6, 7, 10, 13, 14, 17, 10, 14, 7, 6, 6];
    console.log(row(["pages", "ruled", "MB", "items", "read ms", "read cpu ms", "structure ms", "structure cpu ms", "total ms", "total cpu ms", "pages/s", "found", "exact"], widths));
    const verdicts: string[] = [];
    for (const ruled of [false, true]) {
      const { bytes, items, drawn } = await writePlan(300, ruled);
      const file = path.join(dir, `plan-${ruled}.pdf`);
      writeFileSync(file, bytes);
      const readCpu = process.cpuUsage();
      const read = await measure(() => readInput(file));
      const readCpuMs = cpuMs(readCpu);
      const structureCpu = process.cpuUsage();
      const structured = await measure(() => structurePlan(read.value.documents[0]));
      const structureCpuMs = cpuMs(structureCpu);
      const plan = structured.value.ok ? structured.value.plan.items : [];
      const exact = exactItems(drawn, plan);
      const totalMs = read.ms + structured.ms;
      const cpuTotal = readCpuMs + structureCpuMs;
      console.log(row([300, ruled ? "yes" : "no", bytes.length / 1048576, items, read.ms, readCpuMs, structured.ms, structureCpuMs, totalMs, cpuTotal, 300 / (totalMs / 1000), plan.length, exact], widths));
      const under = (ms: number) => (ms < 10_000 ? "under" : "OVER");
      const same = plan.length === items && exact === items ? "exactly" : `NOT exactly (${plan.length} items found, ${exact} of ${items} exact)`;
      verdicts.push(`${ruled ? "ruled" : "unruled"}: ${under(cpuTotal)} 10 s of CPU (${(cpuTotal / 1000).toFixed(1)} s), ${under(totalMs)} 10 s of wall time (${(totalMs / 1000).toFixed(1)} s), structured ${same}`);
    }
    for (const v of verdicts) console.log(`300-page PDF, ${v}`);
    console.log(`load average (1 min) ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs: wall time stretches with it, CPU time does not`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
