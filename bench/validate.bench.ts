/**
 * Validation of a large plan: 10 000 items, thousands of distinct parties (with typo variants), sections, sub-events.
 * Prints the time of validatePlan as a whole and of each rule; asserts nothing.
 * Run: npx tsc -p tsconfig.cli.json && node build/bench/validate.bench.js [items]
 */
import type { Plan, PlanItem } from "../src/core/plan/types";
import { activeRules, validatePlan, ValidationRun } from "../src/core/plan/validate";

const SYLLABLES = ["ла", "ни", "ко", "ва", "ре", "му", "то", "се", "ди", "ша", "пе", "ро", "бу", "ке", "зо", "га", "фи", "лу", "хо", "ты", "жа", "ци", "бе", "по", "ям", "ус", "оф", "ер", "ин", "ат", "ок", "юр"];
const INITIALS = "АБВГДЕЖЗИКЛМНОПРСТУФ";
const POSITIONS = ["методист", "заместитель директора", "руководитель ГМО", null];
const DEADLINES = [
  { text: "В течение года", kind: "ongoing", start: "2022-01-01", end: "2022-12-31", every: null },
  { text: "Ежеквартально", kind: "recurring", start: "2022-01-01", end: "2022-12-31", every: "quarter" },
  { text: "Март 2022 года", kind: "period", start: "2022-03-01", end: "2022-03-31", every: null },
  { text: "15.03.2023", kind: "date", start: "2023-03-15", end: "2023-03-15", every: null },
  { text: "после каникул", kind: "unparsed", start: null, end: null, every: null },
] as const;

/** A deterministic pseudo-random sequence, so every run measures the same plan. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0; // mulberry32
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A distinct surname per number: its scrambled base-32 digits as syllables, so neighbours do not look alike. */
function surname(i: number): string {
  let s = "";
  for (let n = Math.imul(i + 1, 0x9e3779b1) >>> 7, k = 0; k < 4; n = Math.floor(n / SYLLABLES.length), k++) s += SYLLABLES[n % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1) + "ова";
}

function makePlan(n: number, people: number): Plan {
  const rnd = random(42);
  const items: PlanItem[] = [];
  for (let i = 0; i < n; i++) {
    const section = String(1 + Math.floor(i / 100));
    const p = Math.floor(rnd() * people);
    let name = `${surname(p)} ${INITIALS[p % INITIALS.length]}.${INITIALS[(p * 7) % INITIALS.length]}.`;
    if (rnd() < 0.05) name = name.slice(0, 2) + name[3] + name[2] + name.slice(4); // a typo: two letters swapped
    const position = POSITIONS[p % POSITIONS.length];
    const d = DEADLINES[Math.floor(rnd() * DEADLINES.length)];
    items.push({
      number: rnd() < 0.01 ? null : `${section}.${(i % 100) + 1 + (rnd() < 0.01 ? 1 : 0)}`,
      section,
      name: `Проведение семинара ${i % 3000} по теме «Наставничество в ОО и РТИК ${i % 50}»`,
      responsible: { text: position ? `${name}, ${position}` : name, parties: [{ text: name, org: null, position, person: name }] },
      deadline: { ...d },
      result: rnd() < 0.3 ? "Повышение качества образования" : `Не менее ${i % 90} % педагогов повысят квалификацию`,
      subEvents: [],
      extra: {},
      source: { sheet: "План", rows: [i + 10] },
    });
  }
  return {
    title: "План на 2022 год",
    period: { start: "2022-01-01", end: "2022-12-31" },
    columns: { number: "№", name: "Наименование", responsible: "Ответственный", deadline: "Срок", result: "Результат", extra: [] },
    columnPositions: { number: 1, name: 2, responsible: 3, deadline: 4, result: 5 },
    sections: [],
    items,
    dropped: [],
    issues: [],
    meta: { file: "bench", sheet: "План", format: "generated", titleBlock: [], signatureBlock: [], abbreviations: {}, otherTables: [], totals: [] },
  };
}

function ms(f: () => unknown): [number, unknown] {
  const t = process.hrtime.bigint();
  const r = f();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

const n = Number(process.argv[2] ?? 10000);
const plan = makePlan(n, Math.round(n / 3));
const distinct = new Set(plan.items.map((it) => it.responsible.parties[0].text)).size;
validatePlan(makePlan(200, 70)); // warm-up
const [total, issues] = ms(() => validatePlan(plan));
console.log(`validatePlan: ${n} items, ${distinct} distinct party spellings → ${(issues as unknown[]).length} issues in ${total.toFixed(0)} ms`);
for (const { rule, threshold } of activeRules()) {
  const [t, found] = ms(() => rule.check(plan, { threshold, run: new ValidationRun(plan) }));
  console.log(`  ${rule.code.padEnd(26)} ${t.toFixed(1).padStart(8)} ms  ${String((found as unknown[]).length).padStart(6)} issues`);
}
