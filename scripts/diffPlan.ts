/**
 * `node build/scripts/diffPlan.js <file> (--official NAME | --seed N --shape S)`: reads one file as the CLI does,
 * structures it and prints, per truth item, the fields the corpus compares that differ (expected → got), with the
 * item's notes (`--signed`: the truth's signatures and the plan's signature block too). A tool to classify why a shape's items are not exact; the corpus (scorePlan) stays the measure.
 */
import { officialFixture } from "../test/corpus/officialFixtures";
import { shapeTruth, structureFile } from "../test/corpus/runCorpus";
import { option } from "./option";
import { norm, pairItems, sameDeadline, signedInOrder } from "../test/corpus/scorePlan";
import { shapeNamed } from "../test/corpus/shapes/catalogue";
import { allItems, type TruthPlan } from "../test/corpus/truthPlan";

function truthOf(): TruthPlan {
  const official = option("--official");
  if (official) return officialFixture(official).plan;
  const seed = Number(option("--seed"));
  const shape = shapeNamed(option("--shape")!);
  return shapeTruth(shape, seed);
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const truth = truthOf();
  const plan = await structureFile(file);
  if (!plan) return console.log("not structured");
  console.log(`format ${plan.meta.format}, ${plan.items.length} items, sections ${plan.sections.map((s) => s.number ?? `«${s.title}»`).join(" ")}`);
  if (process.argv.includes("--signed")) {
    // The truth's signatures and the plan's signature block, to see where a sign-off went (scorePlan.signedInOrder).
    console.log(`signed: ${signedInOrder(truth.signatures, plan.meta.signatureBlock) ? "yes" : "NO"}`);
    console.log(truth.signatures.map((s) => `  truth: ${s}`).join("\n"));
    console.log(plan.meta.signatureBlock.map((s) => `  block: ${s}`).join("\n"));
  }
  const truthItems = allItems(truth);
  const pairs = pairItems(truthItems, plan.items);
  for (const [k, t] of truthItems.entries()) {
    const f = pairs[k];
    if (!f) {
      console.log(`${t.qualified}: MISSING`);
      continue;
    }
    const diffs: string[] = [];
    if (norm(f.name) !== norm(t.name)) diffs.push(`  name: ${norm(t.name)}\n     → ${norm(f.name)}`);
    if (!sameDeadline(t.deadline, f.deadline)) diffs.push(`  deadline: ${t.deadline.kind} ${t.deadline.start}…${t.deadline.end} ${t.deadline.every ?? ""}\n     → «${norm(f.deadline.text)}» ${f.deadline.kind} ${f.deadline.start}…${f.deadline.end} ${f.deadline.every ?? ""}`);
    if (norm(f.responsible.text) !== norm(t.responsible)) diffs.push(`  responsible: ${norm(t.responsible)}\n     → ${norm(f.responsible.text)}`);
    for (const [header, value] of Object.entries(t.extra ?? {})) {
      if (norm(f.extra[header]) !== norm(value)) diffs.push(`  extra «${header}»: ${norm(value)}\n     → ${norm(f.extra[header])} (extra columns: ${Object.keys(f.extra).join(" | ")})`);
    }
    const notes = (f.notes ?? []).map((n) => `    [${n.code}] ${n.text ?? ""}`);
    console.log(`${t.qualified}: ${diffs.length ? "DIFF" : "ok"}${notes.length ? " (noted)" : ""}`);
    if (diffs.length) console.log([...diffs, ...(option("--notes") !== undefined || process.argv.includes("--notes") ? notes : [])].join("\n"));
    if (diffs.length && process.argv.includes("--result")) console.log(`  result: ${norm(t.result)}\n     → ${norm(f.result)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
