/**
 * `node build/scripts/lineCauses.js [--official NAME,… | --kept DIR --shape S --seeds 1,2,…] [--forms raw.txt,…] [-v]`:
 * why the items a text without cells gives are not exact, counted. For every item that is not exact, each field
 * that differs is compared word by word with the truth, and every word it holds that the truth's field does not is
 * traced: to another field of the same item (a line given to the wrong column: `responsible<-row:name`), to the
 * item's extra columns (`row:extra`), to a piece of a wanted word (`broken-word`: a word broken or glued at a line's
 * end), to another item (`other-item`: a column printed out of place) or to nothing of the plan's cells (`furniture`:
 * a caption, a signature, an uncatalogued column's cells). A field that only lacks words is `short`. Each cause is
 * counted once per item; -v prints the items. The corpus (scorePlan) stays the measure: this says where to look.
 */
import path from "node:path";
import type { PlanItem } from "../src/core/plan/types";
import { OFFICIAL_NAMES, officialFile, officialFixture } from "../test/corpus/officialFixtures";
import { shapeTruth, structureFile } from "../test/corpus/runCorpus";
import { option } from "./option";
import { norm, pairItems, sameDeadline } from "../test/corpus/scorePlan";
import { shapeNamed } from "../test/corpus/shapes/catalogue";
import { allItems, type TruthItem, type TruthPlan } from "../test/corpus/truthPlan";

type Field = "name" | "responsible" | "deadline" | "result";
const FIELDS: readonly Field[] = ["name", "responsible", "deadline", "result"];

const words = (s: string | null | undefined): string[] =>
  norm(s)
    .toLowerCase()
    .replace(/[«»(),;.:"]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
const truthCell = (t: TruthItem, f: Field): string => (f === "deadline" ? t.deadline.text : t[f]);
const foundCell = (g: PlanItem, f: Field): string => (f === "responsible" ? g.responsible.text : f === "deadline" ? g.deadline.text : (g[f] ?? ""));
const extraWords = (t: TruthItem): string[] => words(Object.values(t.extra ?? {}).join(" "));

/** Where a word a field holds and should not comes from. */
function sourceOf(w: string, f: Field, t: TruthItem, others: readonly TruthItem[]): string {
  const field = FIELDS.find((o) => o !== f && words(truthCell(t, o)).includes(w));
  if (field) return `row:${field}`;
  if (extraWords(t).includes(w)) return "row:extra";
  const wanted = words(truthCell(t, f));
  if (wanted.some((x) => x !== w && (x.includes(w) || w.replace(/-/g, "").includes(x.replace(/-/g, ""))))) return "broken-word";
  if (others.some((o) => [...FIELDS.flatMap((ff) => words(truthCell(o, ff))), ...extraWords(o)].includes(w))) return "other-item";
  return "furniture";
}

/** The causes of one item that is not exact, or null when it is exact. */
function causesOf(t: TruthItem, g: PlanItem, others: readonly TruthItem[]): Set<string> | null {
  const exact = sameDeadline(t.deadline, g.deadline) && norm(g.responsible.text) === norm(t.responsible) && norm(g.name) === norm(t.name);
  if (exact) return null;
  const causes = new Set<string>();
  for (const f of FIELDS) {
    if (norm(truthCell(t, f)) === norm(foundCell(g, f)) || (f === "deadline" && sameDeadline(t.deadline, g.deadline))) continue;
    const wanted = new Set(words(truthCell(t, f)));
    const got = words(foundCell(g, f));
    const intruders = got.filter((w) => !wanted.has(w));
    for (const w of intruders) causes.add(`${f}<-${sourceOf(w, f, t, others)}`);
    if (!intruders.length) causes.add(`${f} short`);
  }
  return causes;
}

async function tally(file: string, truth: TruthPlan, counts: Map<string, number>, verbose: boolean): Promise<void> {
  const items = allItems(truth);
  const plan = await structureFile(file);
  const add = (cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);
  if (!plan) return items.forEach(() => add("not read"));
  const pairs = pairItems(items, plan.items);
  items.forEach((t, k) => {
    const g = pairs[k];
    const causes = g ? causesOf(t, g, items.filter((_, j) => j !== k)) : new Set(["missing"]);
    if (!causes) return;
    causes.forEach(add);
    if (verbose) console.log(`  ${t.qualified}: ${[...causes].join(", ")}`);
  });
}

async function main(): Promise<void> {
  const verbose = process.argv.includes("-v");
  const counts = new Map<string, number>();
  const kept = option("--kept");
  if (kept) {
    const shape = shapeNamed(option("--shape")!);
    for (const seed of (option("--seeds") ?? "1").split(",").map(Number)) {
      const truth = shapeTruth(shape, seed);
      const file = path.join(kept, shape.name, `${shape.name}-${seed}.txt`);
      if (verbose) console.log(file);
      await tally(file, truth, counts, verbose);
    }
  } else {
    const names = option("--official")?.split(",") ?? [...OFFICIAL_NAMES];
    const forms = option("--forms")?.split(",") ?? ["raw.txt", "column-a.xlsx"];
    for (const name of names) {
      for (const form of forms) {
        if (verbose) console.log(`${name}.${form}`);
        await tally(officialFile(`${name}.${form}`), officialFixture(name).plan, counts, verbose);
      }
    }
  }
  for (const [cause, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${cause}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
