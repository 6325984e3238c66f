/**
 * The full summary set of a 10,000-item plan, built in the core and written to .xlsx (what `plankadry summary` does
 * after reading). Baseline: writing the structured plan sheet alone.
 */
import { structurePlan } from "../src/core/plan";
import { planSheet } from "../src/core/plan/planSheets";
import { summarySheets } from "../src/core/summary";
import { readTextDocument } from "../src/io/text/readTextDocument";
import { writeXlsx } from "../src/xlsx";
import { measure, row } from "./measure";

const DEADLINES = ["ежемесячно", "до 20 декабря", "I квартал 2026 года", "В течение года", "15.03.2026", "Сентябрь – октябрь 2026 года"];
const PEOPLE = ["Иванова А.А., методист", "Отдел кадров управления образования", "Петров П.П.", "МБОУ «СОШ № 5», руководители ОО"];

function plan(items: number) {
  const lines = ["План мероприятий на 2026 год", "", "№ п/п\tНаименование мероприятия\tОтветственный\tСрок\tРезультат"];
  for (let i = 0; i < items; i++) {
    if (i % 50 === 0) lines.push(`${i / 50 + 1}.\tРаздел ${i / 50 + 1}. Кадровое обеспечение и методическое сопровождение\t\t\t`);
    lines.push(`${Math.floor(i / 50) + 1}.${(i % 50) + 1}\tМероприятие ${i} по повышению квалификации\t${PEOPLE[i % 4]}, ${["ИМЦ", "ИРО", "ЦОКО"][i % 3]} № ${i % 97}\t${DEADLINES[i % 6]}\tОтчёт, не менее ${i % 40} участников`);
  }
  const result = structurePlan(readTextDocument(lines.join("\n"), "bench.txt"));
  if (!result.ok) throw new Error("not a plan");
  return result.plan;
}

async function main(): Promise<void> {
  console.log(row(["items", "plan sheet ms", "summary ms", "ratio", "sheets", "MB", "peak heap MB"], [8, 14, 11, 7, 7, 6, 13]));
  for (const items of [1_000, 10_000]) {
    const p = plan(items);
    const base = await measure(() => writeXlsx([planSheet(p)]));
    const full = await measure(async () => {
      const sheets = [planSheet(p), ...summarySheets(p, { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.txt" })];
      return { sheets: sheets.length, bytes: (await writeXlsx(sheets)).length };
    });
    console.log(row([items, base.ms, full.ms, full.ms / base.ms, full.value.sheets, full.value.bytes / 1048576, full.peakHeapMb], [8, 14, 11, 7, 7, 6, 13]));
  }
}

void main();
