/**
 * A layout text pasted into a sheet and split at every space with the runs merged (issue 13, item 5): CPU seconds
 * to lay the lines out in columns again (mergedSheetLayout: the columns' widths searched, then every line cut), for
 * every official plan's `pdftotext -layout` text split so. Given another build's folder, each file is laid out by
 * both builds in this process (the order flipping file by file: CPU time, the machine is shared), the ratio printed,
 * and the layouts compared: any file laid out otherwise is named and the run exits 1.
 *   node build/bench/mergedSplit.bench.js [<other build folder, e.g. /tmp/base/build>]
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { OFFICIAL_DIR } from "../test/corpus/officialFixtures";
import { row } from "./measure";

type Layout = typeof import("../src/core/table/mergedSheetLayout").mergedSheetLayout;

/** From build/bench the fixtures are still read from the sources. */
const dir = OFFICIAL_DIR.replace(`${path.sep}build${path.sep}test${path.sep}`, `${path.sep}test${path.sep}`);

/** Each line's words joined by one space, an indent one leading space, as the merged split's cells give them back. */
const merged = (layout: string) =>
  layout
    .split("\n")
    .map((l) => l.replace(/^([\f]?) +/, "$1 ").replace(/ +/g, " ").trimEnd())
    .join("\n");

function cpu<T>(work: () => T): { s: number; out: T } {
  const start = process.cpuUsage();
  const out = work();
  const used = process.cpuUsage(start);
  return { s: (used.user + used.system) / 1e6, out };
}

async function main(): Promise<void> {
  const other = process.argv[2];
  const builds: { name: string; layout: Layout }[] = [{ name: "this", layout: (await import("../src/core/table/mergedSheetLayout")).mergedSheetLayout }];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (other) builds.push({ name: "base", layout: require(path.join(path.resolve(other), "src/core/table/mergedSheetLayout")).mergedSheetLayout as Layout });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".layout.txt"))
    .sort();
  const widths = [34, 7, 10, 10, 8];
  console.log(row(["file", "lines", "this cpu s", other ? "base cpu s" : "", other ? "÷ base" : ""], widths));
  const totals = { this: 0, base: 0 };
  let differ = 0;
  for (const [k, f] of files.entries()) {
    const text = merged(readFileSync(path.join(dir, f), "utf8"));
    const runs = new Map<string, { s: number; out: string }>();
    for (const b of k % 2 ? [...builds].reverse() : builds) runs.set(b.name, cpu(() => JSON.stringify(b.layout(text), (_, v) => (v instanceof Map ? [...v] : v))));
    const mine = runs.get("this")!;
    const base = runs.get("base");
    totals.this += mine.s;
    totals.base += base?.s ?? 0;
    if (base && base.out !== mine.out) {
      differ++;
      console.log(`  layout differs: ${f}`);
    }
    console.log(row([f, text.split("\n").length, mine.s, base ? base.s : "", base ? mine.s / base.s : ""], widths));
  }
  console.log(row(["all", "", totals.this, other ? totals.base : "", other ? totals.this / totals.base : ""], widths));
  if (other) console.log(differ ? `${differ} layouts differ from the other build's` : "every layout the same as the other build's");
  if (differ) process.exitCode = 1;
}

void main();
