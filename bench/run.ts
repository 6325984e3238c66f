/**
 * `npm run bench`: runs every compiled benchmark (build/bench/*.bench.js) one after another in its own process, so
 * peak-memory figures do not mix. Benchmarks print figures; nothing here is a pass/fail test.
 */
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import * as path from "path";

// Names pick benchmarks; numbers are handed to them (`npm run bench -- vacanciesScale 10000000`: the sizes to run).
const only = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const numbers = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const benches = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace(".bench.js", "")}`);
  const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", path.join(__dirname, file), ...numbers], { stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.log(`(${file} exited with ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
