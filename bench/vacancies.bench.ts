/**
 * Consolidation of monthly vacancy tables at scale: N vacancy rows across 24 monthly sheets, generated in memory,
 * for N = 250 000, 500 000 and 1 000 000. Prints time and peak memory; the time per row should stay flat (linear).
 * Run: npx tsc -p tsconfig.cli.json && node build/bench/vacancies.bench.js [rows…]
 */
import { type GridRow, makeGrid, type SourceDocument } from "../src/core/grid";
import { consolidateVacancies, type VacancyInput } from "../src/core/vacancies";

const MONTHS = 24;
/** Vacancies per organisation and month; the number of organisations grows with N. */
const PER_ORG = 21;
const POSITIONS: readonly (readonly [string, number])[] = [["учитель", 18], ["воспитатель", 36], ["педагог-психолог", 36], ["педагог дополнительного образования", 18]];
const RATES = ["0.5", "1", "1.5", "2"];

function period(m: number): string {
  const total = 2025 * 12 + 8 + m;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** One sheet per month; every organisation keeps the same vacancies (so no check fires on every row). */
function generate(rows: number): VacancyInput[] {
  const perOrg = PER_ORG;
  const orgs = Array.from({ length: Math.ceil(rows / (MONTHS * PER_ORG)) }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
  const subjects = Array.from({ length: perOrg }, (_, j) => `предмет ${j + 1}`);
  const inputs: VacancyInput[] = [];
  for (let m = 0; m < MONTHS; m++) {
    let made = 0;
    const monthRows = Math.ceil(rows / MONTHS);
    const gridRows: GridRow[] = [{ cells: ["Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Статус"], row: 1 }];
    for (let o = 0; o < orgs.length && made < monthRows; o++) {
      for (let j = 0; j < perOrg && made < monthRows; j++, made++) {
        const [position, norm] = POSITIONS[(o + j) % POSITIONS.length];
        const rate = RATES[(o * 7 + j) % RATES.length];
        gridRows.push({ cells: [orgs[o], position, subjects[j], rate, String(Number(rate) * norm), "открыта"], row: gridRows.length + 1 });
      }
    }
    const doc: SourceDocument = { name: "bench.xlsx", sheet: `Вакансии ${period(m)}`, blocks: [{ kind: "table", grid: makeGrid(gridRows), format: "sheet" }] };
    inputs.push({ doc, file: "bench.xlsx" });
  }
  return inputs;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function main(): void {
  console.log("rows\tgenerate, ms\tconsolidate, ms\tµs/row\tissues\theap after, MB\tpeak RSS so far");
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const rows of asked.length ? asked : [250_000, 500_000, 1_000_000]) {
    let t = performance.now();
    const inputs = generate(rows);
    const generated = performance.now() - t;
    t = performance.now();
    const result = consolidateVacancies(inputs);
    const took = performance.now() - t;
    const issues = result.ok ? result.report.issues.length : -1;
    const periods = result.ok ? result.report.periods.length : 0;
    const heap = process.memoryUsage().heapUsed;
    console.log(`${rows}\t${generated.toFixed(0)}\t${took.toFixed(0)}\t${((took * 1000) / rows).toFixed(2)}\t${issues}\t${mb(heap)}\t${mb(process.resourceUsage().maxRSS * 1024)}\t(${periods} months)`);
  }
}

main();
