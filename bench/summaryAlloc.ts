/**
 * Bytes allocated by validation and by the sheet specs of the 10k-item summary (issue 15: their garbage collections
 * made the summary's time swing from run to run). Run with a young generation large enough that no collection happens
 * inside a stage, so the growth of the used heap across a stage is what it allocated:
 *   node --expose-gc --min-semi-space-size=1024 --max-semi-space-size=1024 build/bench/summaryAlloc.js [items] [runs]
 * Prints, per stage and per validation rule, the median MB allocated and CPU ms over `runs` (5) runs, and the number of
 * collections seen during the stages (a figure is only exact when that is 0). Not a benchmark of `npm run bench`.
 */
import { PerformanceObserver } from "perf_hooks";
import { validatePlan } from "../src/core/plan/validate";
import { RULES } from "../src/core/plan/validate/rules";
import { ValidationRun } from "../src/core/plan/validate/validationRun";
import { benchSummarySheets, structuredBenchPlan } from "./benchPlan";

const gc = (globalThis as { gc?: () => void }).gc;
/** Start times of the collections V8 made by itself (not those gc() forced), and the windows of the stages measured. */
const collections: number[] = [];
const windows: [number, number][] = [];

/** MB the work allocated and its CPU ms, measured after a full collection. */
function measured<T>(work: () => T): { value: T; mb: number; cpuMs: number } {
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  windows.push([start, performance.now()]);
  const used = process.cpuUsage(cpu);
  return { value, mb: (process.memoryUsage().heapUsed - heap) / 1048576, cpuMs: (used.user + used.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  if (!gc) throw new Error("run with --expose-gc");
  const items = Number(process.argv[2] ?? 10_000);
  const runs = Number(process.argv[3] ?? 5);
  new PerformanceObserver((list) => collections.push(...list.getEntries().map((e) => e.startTime))).observe({ entryTypes: ["gc"] });
  const plan = await structuredBenchPlan(items);
  const figures = new Map<string, { mb: number[]; cpu: number[] }>();
  const note = (name: string, m: { mb: number; cpuMs: number }) => {
    const f = figures.get(name) ?? { mb: [], cpu: [] };
    f.mb.push(m.mb);
    f.cpu.push(m.cpuMs);
    figures.set(name, f);
  };
  for (let i = 0; i < runs; i++) {
    const issues = measured(() => validatePlan(plan));
    note("validate", issues);
    note("sheets", measured(() => benchSummarySheets(plan, issues.value)));
    // Each rule alone, on a run of its own (so a rule that derives what others share pays for it here).
    for (const rule of RULES) if (rule.enabledByDefault) note(`  ${rule.code}`, measured(() => rule.check(plan, { threshold: rule.threshold?.default ?? null, run: new ValidationRun(plan) })));
  }
  await new Promise((r) => setTimeout(r, 50));
  const inside = collections.filter((t) => windows.some(([a, b]) => t >= a && t <= b)).length;
  console.log(`${items} items, ${runs} runs, median MB allocated and CPU ms; collections inside stages: ${inside}`);
  for (const [name, f] of figures) console.log(`${name.padEnd(28)} ${median(f.mb).toFixed(1).padStart(7)} MB ${median(f.cpu).toFixed(0).padStart(6)} ms`);
}

void main();
