/**
 * Reading text without cells (issue 13's hand fixtures as raw text, pdftotext's stream, pdf.js's copy and a sheet's
 * column A): CPU seconds to structure every official file of each kind, as the corpus reads them (structureFile).
 * Given another build's folder, each kind is read by both builds in this process, the order flipping kind by kind
 * (the machine is shared: CPU time, not wall time), the ratio printed, and the plans compared: any file whose plan
 * differs is named and the run exits 1. Alone it prints this build's figures.
 *   node build/bench/textReading.bench.js [<other build folder, e.g. /tmp/base/build>]
 */
import { readdirSync } from "fs";
import * as path from "path";
import { OFFICIAL_DIR } from "../test/corpus/officialFixtures";
import { row } from "./measure";

type StructureFile = typeof import("../test/corpus/runCorpus").structureFile;

const KINDS = ["raw.txt", "stream.txt", "pdfjs.txt", "column-a.xlsx"] as const;
/** From build/bench the fixtures are still read from the sources. */
const dir = OFFICIAL_DIR.replace(`${path.sep}build${path.sep}test${path.sep}`, `${path.sep}test${path.sep}`);

async function readAll(structure: StructureFile, files: readonly string[]): Promise<{ cpuS: number; plans: string[] }> {
  const start = process.cpuUsage();
  const plans: string[] = [];
  for (const f of files) plans.push(JSON.stringify(await structure(path.join(dir, f))));
  const used = process.cpuUsage(start);
  return { cpuS: (used.user + used.system) / 1e6, plans };
}

async function main(): Promise<void> {
  const other = process.argv[2];
  const builds: { name: string; structure: StructureFile }[] = [{ name: "this", structure: (await import("../test/corpus/runCorpus")).structureFile }];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (other) builds.push({ name: "base", structure: require(path.join(path.resolve(other), "test/corpus/runCorpus")).structureFile as StructureFile });
  const names = readdirSync(dir).sort();
  const widths = [14, 6, 10, 10, 8];
  console.log(row(["kind", "files", "this cpu s", other ? "base cpu s" : "", other ? "÷ base" : ""], widths));
  const totals = { this: 0, base: 0 };
  let differ = 0;
  for (const [k, kind] of KINDS.entries()) {
    const files = names.filter((f) => f.endsWith(`.${kind}`));
    const runs = new Map<string, { cpuS: number; plans: string[] }>();
    for (const b of k % 2 ? [...builds].reverse() : builds) runs.set(b.name, await readAll(b.structure, files));
    const mine = runs.get("this")!;
    const base = runs.get("base");
    totals.this += mine.cpuS;
    totals.base += base?.cpuS ?? 0;
    files.forEach((f, i) => {
      if (base && base.plans[i] !== mine.plans[i]) {
        differ++;
        console.log(`  plan differs: ${f}`);
      }
    });
    console.log(row([kind, files.length, mine.cpuS, base ? base.cpuS : "", base ? mine.cpuS / base.cpuS : ""], widths));
  }
  console.log(row(["all", "", totals.this, other ? totals.base : "", other ? totals.this / totals.base : ""], widths));
  if (other) console.log(differ ? `${differ} plans differ from the other build's` : "every plan the same as the other build's");
  if (differ) process.exitCode = 1;
}

void main();
