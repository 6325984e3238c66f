/**
 * Adapter figures against the strict fake Excel: plan-like sheets of 1k / 10k / 100k rows written with
 * writeSheet and read back with readUsedRange. Prints syncs, request/response bytes per sync (max / average) and
 * the time spent (adapter + fake together). Prints only; asserts nothing.
 *
 *   npx tsc -p tsconfig.cli.json && node build/bench/excelAdapter.bench.js
 */
import { date, num, text, type SheetSpec } from "../src/core/sheet/sheetSpec";
import { officeHost, readUsedRange, writeSheet, type ExcelRunner } from "../src/excel";
import { createFakeExcel } from "../test/fake-excel";

const RESPONSIBLE = ["Начальник отдела кадров Иванова И.И.", "Методист ЦТРиГО Петров П.П.", "Руководители ОО"];
const DEADLINES = ["в течение года", "ежеквартально", "до 20 декабря", "01.09.2024"];

function planSheet(rows: number): SheetSpec {
  const body = Array.from({ length: rows }, (_, i) => [
    text(`${1 + Math.floor(i / 50)}.${(i % 50) + 1}`),
    text(`Мероприятие по привлечению и закреплению педагогических кадров, пункт ${i + 1}`),
    text(RESPONSIBLE[i % RESPONSIBLE.length]),
    text(DEADLINES[i % DEADLINES.length]),
    num(i % 7, "integer"),
  ]);
  const header = ["№ п/п", "Наименование мероприятия", "Ответственные", "Срок", "Кол-во"].map((h) => text(h, "header"));
  return { name: "План", rows: [header, ...body], table: { name: "План", area: { top: 0, left: 0, bottom: rows, right: 4 } }, freeze: { rows: 1, cols: 0 }, columns: [{ width: 8 }, { width: 60, wrap: true }, { width: 30 }, { width: 20 }, { width: 8 }] };
}

const ORGS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБДОУ «Детский сад № 5»", "МБУ ДО «ДДТ»"];
const POSITIONS: [string, string][] = [["учитель", "математика"], ["учитель", "русский язык"], ["воспитатель", ""], ["педагог-психолог", ""]];

/** A consolidated vacancy table: text, numbers (rates, hours) and dates, as the vacancy capability writes it. */
function vacancySheet(rows: number): SheetSpec {
  const body = Array.from({ length: rows }, (_, i) => {
    const [position, subject] = POSITIONS[i % POSITIONS.length];
    return [text(`2026-${String((i % 12) + 1).padStart(2, "0")}`), text(ORGS[i % ORGS.length]), text(position), text(subject), num((i % 4) * 0.5 + 0.5, "decimal2"), num(((i % 4) * 0.5 + 0.5) * 18, "decimal1"), date(`2026-${String((i % 12) + 1).padStart(2, "0")}-15`)];
  });
  const header = ["Период", "Организация", "Должность", "Предмет", "Ставок", "Часов", "Дата открытия"].map((h) => text(h, "header"));
  return { name: "Вакансии", rows: [header, ...body], table: { name: "Вакансии", area: { top: 0, left: 0, bottom: rows, right: 6 } }, freeze: { rows: 1, cols: 0 } };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  for (const [kind, make] of [["plan", planSheet], ["vacancy table", vacancySheet]] as const) for (const rows of [1_000, 10_000, 100_000]) {
    const fake = createFakeExcel();
    const host = officeHost(fake.Excel as unknown as ExcelRunner, fake.Office);
    const spec = make(rows);
    let t = performance.now();
    const written = await writeSheet(host, spec);
    const writeMs = performance.now() - t;
    const log = fake.stats.log;
    const avgReq = log.reduce((n, r) => n + r.requestBytes, 0) / log.length;
    console.log(`${kind}, ${rows} rows write: ${written.syncs} syncs, ${written.chunks} chunks, request max ${kb(fake.stats.maxRequestBytes())} avg ${kb(avgReq)}, ${writeMs.toFixed(0)} ms`);
    fake.stats.reset();
    t = performance.now();
    const read = await readUsedRange(host, { sheet: spec.name });
    const readMs = performance.now() - t;
    const avgRes = fake.stats.log.reduce((n, r) => n + r.responseBytes, 0) / fake.stats.log.length;
    console.log(`${kind}, ${rows} rows read:  ${fake.stats.syncs} syncs, ${read.grid.rows.length} rows, response max ${kb(fake.stats.maxResponseBytes())} avg ${kb(avgRes)}, ${readMs.toFixed(0)} ms`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
