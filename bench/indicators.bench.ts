/**
 * Indicator shares of a person-level staff list at scale: N person rows (default 250 000, 500 000, 1 000 000)
 * generated in memory as one sheet, with numbers as text, internal part-time rows, external part-timers and
 * subtotal rows. Prints time, µs per row (flat when the core is linear) and peak heap / RSS sampled while it runs.
 * Run: npx tsc -p tsconfig.cli.json && node build/bench/indicators.bench.js [rows…]
 */
import { type GridRow, makeGrid, type SourceDocument } from "../src/core/grid";
import { computeIndicators } from "../src/core/staffing";
import { measure } from "./measure";

const HEADER = ["ФИО", "Организация", "Тип", "Должность", "Группа", "Вид занятости", "Ставка", "Образование", "Категория", "Дата рождения", "Пол", "Молодой специалист", "Наставник", "Дата последнего КПК", "Дата увольнения"];
const PER_ORG = 400;
const TYPES = ["ОО", "ДОО", "ДО"];
const GROUPS = ["педагог", "педагог", "педагог", "АУП", "прочие"];
const EMPLOYMENT = ["основное", "основное", "основное", "основное", "внешнее совместительство", "ГПХ"];
const RATES = ["1", "0,5", "1,25", "1 ст.", "0.75"];
const EDUCATION = ["высшее педагогическое", "высшее", "СПО", "высшee"];
const CATEGORY = ["высшая", "первая", "СЗД", "нет", "высшaя", ""];

function date(seed: number, fromYear: number, span: number): string {
  const d = 1 + (seed % 28);
  const m = 1 + ((seed >> 5) % 12);
  const y = fromYear + ((seed >> 9) % span);
  return `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`;
}

function generate(rows: number): SourceDocument {
  const grid: GridRow[] = [{ cells: ["Кадры по состоянию на 01.09.2026"], row: 1 }, { cells: HEADER, row: 2 }];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let made = 0, org = 0; made < rows; org++) {
    const name = `МБОУ «СОШ № ${org + 1}»`;
    const type = TYPES[org % 3];
    for (let p = 0; p < PER_ORG && made < rows; p++, made++) {
      const r = next();
      const internal = p > 0 && r % 17 === 0;
      const fio = `Работник ${org}-${internal ? p - 1 : p}`;
      const birth = date(internal ? (org * 7919 + p - 1) >>> 0 : (org * 7919 + p) >>> 0, 1958, 45);
      grid.push({
        cells: [fio, name, type, "учитель", GROUPS[r % 5], internal ? "внутреннее совместительство" : EMPLOYMENT[(r >>> 3) % 6], RATES[(r >>> 6) % 5], EDUCATION[(r >>> 9) % 4], CATEGORY[(r >>> 11) % 6], birth, r % 7 === 0 ? "м" : "ж", r % 9 === 0 ? "да" : "", r % 5 === 0 ? "да" : "", date(r >>> 13, 2020, 7), r % 31 === 0 ? date(r >>> 7, 2025, 2) : ""],
        row: grid.length + 1,
      });
    }
    grid.push({ cells: [`Итого по ${name}`], row: grid.length + 1 });
  }
  return { name: "bench.xlsx", sheet: "Кадры", blocks: [{ kind: "table", grid: makeGrid(grid), format: "sheet" }] };
}

async function main(): Promise<void> {
  console.log("rows\tgenerate, ms\tindicators, ms\tµs/row\tindicators\tissues\tpeak heap, MB\tpeak RSS, MB");
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const rows of asked.length ? asked : [250_000, 500_000, 1_000_000]) {
    const t = performance.now();
    const doc = generate(rows);
    const generated = performance.now() - t;
    const run = await measure(() => computeIndicators([doc], { today: "2026-09-01" }));
    const result = run.value;
    const count = result.ok ? result.report.indicators.length : -1;
    const issues = result.ok ? result.report.issues.length : result.issues.length;
    console.log(`${rows}\t${generated.toFixed(0)}\t${run.ms.toFixed(0)}\t${((run.ms * 1000) / rows).toFixed(2)}\t${count}\t${issues}\t${run.peakHeapMb.toFixed(0)}\t${run.peakRssMb.toFixed(0)}`);
  }
}

void main();
