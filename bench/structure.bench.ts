/**
 * Structuring plans of 1k / 10k / 100k items pasted as TSV with page breaks (repeated headers, continuations).
 * Baseline: reading the same text into a grid; the ratio shows what structuring adds on top of reading.
 */
import { structurePlan } from "../src/core/plan";
import { readTextDocument } from "../src/io/text/readTextDocument";
import { measure, row } from "./measure";

const DEADLINES = ["ежемесячно", "до 20 декабря", "I квартал 2026 года", "В течение года", "15.03.2026", "Сентябрь – октябрь 2026 года", "по мере необходимости"];
const PEOPLE = ["Иванова А.А., методист", "Отдел кадров управления образования", "Петров П.П.", "МБОУ «СОШ № 5», руководители ОО"];

function planText(items: number): string {
  const lines = ["План мероприятий на 2026 год", "", "№ п/п\tНаименование мероприятия\tОтветственный\tСрок\tРезультат"];
  for (let i = 0; i < items; i++) {
    if (i % 50 === 0) lines.push(`${i / 50 + 1}.\tРаздел ${i / 50 + 1}. Организационные мероприятия по кадровому обеспечению\t\t\t`);
    const n = `${Math.floor(i / 50) + 1}.${(i % 50) + 1}`;
    lines.push(`${n}\tПроведение мероприятия номер ${i} по повышению квалификации педагогов\t${PEOPLE[i % PEOPLE.length]}\t${DEADLINES[i % DEADLINES.length]}\tПроведено не менее ${i % 40} семинаров`);
    if (i % 25 === 24) lines.push("", "№ п/п\tНаименование мероприятия\tОтветственный\tСрок\tРезультат", "\tпродолжение текста после разрыва страницы\t\t\t");
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  console.log(row(["items", "read ms", "structure ms", "ratio", "peak heap MB", "items found"], [8, 10, 13, 7, 13, 12]));
  for (const items of [1_000, 10_000, 100_000]) {
    const text = planText(items);
    const read = await measure(() => readTextDocument(text, "bench.txt"));
    const structured = await measure(() => structurePlan(read.value));
    const found = structured.value.ok ? structured.value.plan.items.length : 0;
    console.log(row([items, read.ms, structured.ms, structured.ms / read.ms, structured.peakHeapMb, found], [8, 10, 13, 7, 13, 12]));
  }
}

void main();
