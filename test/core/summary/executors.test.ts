import { structurePlan } from "../../../src/core/plan";
import type { PlanItem } from "../../../src/core/plan/types";
import { groupVariants } from "../../../src/core/plan/responsible";
import { executors } from "../../../src/core/summary/byExecutorSheet";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { SEEDS, seedDocument, structureOrFail } from "../../helpers/seeds";

/** The grouping as first written: every group filters all items (quadratic, obviously right). */
function simpleExecutors(items: readonly PlanItem[]) {
  const names = (it: PlanItem) => [...new Set(it.responsible.parties.map((p) => p.text.trim()).filter(Boolean))];
  const counts = new Map<string, number>();
  for (const it of items) for (const p of names(it)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return groupVariants([...counts].map(([text, count]) => ({ text, count })))
    .map((g) => {
      const spellings = new Set(g.variants.map((v) => v.text));
      return { name: g.preferred, variants: g.variants.map((v) => v.text).filter((t) => t !== g.preferred), items: items.filter((it) => names(it).some((p) => spellings.has(p))) };
    })
    .sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name, "ru"));
}

const PEOPLE = ["Иванова А.А., методист", "Иванова А.А.", "Иваноав А.А.", "Отдел кадров управления образования", "Петров П.П.", "МБОУ «СОШ № 5», руководители ОО", "ИМЦ; ИРО", "ЦТриГО, ЦТРИГО"];

describe("executors: items per party, spelling variants grouped", () => {
  test.each(Object.values(SEEDS))("seed %s: the same rows as the simple grouping", (seed) => {
    const plan = structureOrFail(seedDocument(seed));
    expect(executors(plan.items)).toEqual(simpleExecutors(plan.items));
  });

  test("a plan whose items name several parties and their variants: the same rows, each item once per executor", () => {
    const lines = ["План мероприятий на 2026 год", "№ п/п\tНаименование мероприятия\tОтветственный\tСрок\tРезультат"];
    for (let i = 0; i < 300; i++) lines.push(`${i + 1}\tМероприятие ${i}\t${PEOPLE[i % PEOPLE.length]}, ${PEOPLE[(i * 7) % PEOPLE.length]}\tв течение года\tОтчёт`);
    const result = structurePlan(readTextDocument(lines.join("\n"), "plan.txt"));
    if (!result.ok) throw new Error("not a plan");
    const rows = executors(result.plan.items);
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.some((r) => r.variants.length > 0)).toBe(true);
    expect(rows).toEqual(simpleExecutors(result.plan.items));
  });
});
