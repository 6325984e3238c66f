/**
 * Shared by the plan benchmarks: a plan of N items written as a plain .xlsx (one sheet, text cells, a header repeated
 * every 25 items as after page breaks, a section row every 50), and the time exceljs alone takes to load it, the
 * baseline both plan benchmarks divide by.
 */
import ExcelJS from "exceljs";

const DEADLINES = ["ежемесячно", "до 20 декабря", "I квартал 2026 года", "В течение года", "15.03.2026", "Сентябрь – октябрь 2026 года", "по мере необходимости"];
const PEOPLE = ["Иванова А.А., методист", "Отдел кадров управления образования", "Петров П.П.", "МБОУ «СОШ № 5», руководители ОО"];
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];

/** The rows of the plan, as a user would have them in a sheet. */
export function planRows(items: number): string[][] {
  const rows: string[][] = [["План мероприятий на 2026 год"], [], HEADER];
  for (let i = 0; i < items; i++) {
    if (i % 50 === 0) rows.push([`${i / 50 + 1}.`, `Раздел ${i / 50 + 1}. Организационные мероприятия по кадровому обеспечению`]);
    const n = `${Math.floor(i / 50) + 1}.${(i % 50) + 1}`;
    rows.push([n, `Проведение мероприятия номер ${i} по повышению квалификации педагогов`, `${PEOPLE[i % PEOPLE.length]}, ${["ИМЦ", "ИРО", "ЦОКО"][i % 3]} № ${i % 97}`, DEADLINES[i % DEADLINES.length], `Проведено не менее ${i % 40} семинаров`]);
    if (i % 25 === 24) rows.push([], HEADER, ["", "продолжение текста после разрыва страницы"]);
  }
  return rows;
}

/** Writes the plan with exceljs's streaming writer (shared strings, as Excel saves them). */
export async function writePlanXlsx(file: string, items: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("План");
  for (const r of planRows(items)) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

/** CPU milliseconds (user + system, the whole process) and wall milliseconds of one piece of work. */
export async function cpuTimed<T>(work: () => T | Promise<T>): Promise<{ value: T; cpuMs: number; wallMs: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await work();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs };
}

/** The baseline: exceljs loading the file, nothing else (best of `runs`, CPU time). */
export async function loadBaseline(file: string, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, (await cpuTimed(() => new ExcelJS.Workbook().xlsx.readFile(file))).cpuMs);
  return best;
}
