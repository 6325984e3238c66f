/**
 * Draws the non-plan documents of test/corpus/nonPlans.ts (orders, protocols, lists, English forms, staffing,
 * vacancy and number tables) in every shape and prints, per kind and shape, how many came back as a plan (wrong:
 * `plankadry structure` should say «не найдено») and with how many items. Options: --plans N (seeds 1..N, default 8),
 * --slow (the .doc saved by LibreOffice Writer too), --keep DIR.
 */
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readNonPlans } from "../test/corpus/runNonPlans";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const plans = Number(option("--plans") ?? 8);
  const keep = option("--keep");
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), "plankadry-nonplans-"));
  const reads = await readNonPlans(Array.from({ length: plans }, (_, i) => i + 1), dir, { slow: process.argv.includes("--slow") });
  const groups = new Map<string, { n: number; plans: number; items: number; seeds: number[] }>();
  for (const r of reads) {
    const key = `${r.kind}/${r.shape}`;
    const g = groups.get(key) ?? { n: 0, plans: 0, items: 0, seeds: [] };
    g.n++;
    if (r.items > 0) {
      g.plans++;
      g.items += r.items;
      g.seeds.push(r.seed);
    }
    groups.set(key, g);
  }
  console.log(`${"kind/shape".padEnd(28)} read as plan  items  seeds`);
  for (const [key, g] of groups) console.log(`${key.padEnd(28)} ${`${g.plans}/${g.n}`.padStart(12)}  ${String(g.items).padStart(5)}  ${g.seeds.join(",")}`);
  const wrong = reads.filter((r) => r.items > 0);
  console.log(`total: ${wrong.length}/${reads.length} read as a plan, ${wrong.reduce((s, r) => s + r.items, 0)} items`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
