/**
 * Where the time of `plankadry vacancies <file> --json` goes (issue 15), against the floor it is measured by: a long
 * vacancy CSV over 24 months (vacanciesCsv.ts) generated into a temporary folder, then, run after run, each in a
 * fresh child process: the byte splitter alone (splitBaseline.ts, mode bytes: the floor), and a child that does what
 * the CLI does, timing each part by process.cpuUsage (CPU of the whole process, its GC threads included):
 *   load:        the modules the command loads;
 *   read:        the file streamed, each row read and kept in the ledger (streamVacancyFile);
 *   consolidate: the checks and the sums of every organisation and month (consolidateStream);
 *   report:      the JSON printed to /dev/null as the CLI prints it (printJsonParts into megabyte chunks of UTF-8;
 *                the lists of an organisation a month are made as they are printed, so their sums are in this part).
 * Printed: each run's parts, then the medians and each part's share, as CPU seconds and ÷ the floor, with the
 * floor's own start-up (a bare `node -e 0`) in both. Never asserted. Not run by `npm run bench` (no .bench in the
 * name): it takes a minute a run at a million rows.
 *   node build/bench/vacancyParts.js [runs = 3] [rows = 1000000]
 */
import { spawnSync } from "child_process";
import { mkdtempSync, openSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { median, row } from "./measure";
import { writeVacanciesCsv } from "./scale/vacanciesCsv";
import { timed } from "./scale/timed";

interface Parts {
  readonly load: number;
  readonly read: number;
  readonly consolidate: number;
  readonly report: number;
}
const PARTS = ["load", "read", "consolidate", "report"] as const;

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** The child: the command's steps one after another, each timed; its figures on stderr (stdout is the report). */
async function child(file: string): Promise<void> {
  const start = cpuSeconds();
  const { streamVacancyFile } = await import("../src/cli/streamVacancies");
  const { consolidateStream } = await import("../src/core/vacancies/consolidateVacancies");
  const { printJsonParts } = await import("../src/cli/printJsonParts");
  const { formatIssue } = await import("../src/core/issues/formatIssue");
  const { escapeJson } = await import("../src/cli/terminalText");
  const { utf8Chunks } = await import("../src/cli/utf8Chunks");
  const loaded = cpuSeconds();
  // The report written as the CLI writes it: escaped, gathered into megabyte chunks of UTF-8 (main.ts).
  const outChunks = () => {
    const sink = utf8Chunks((b) => void process.stdout.write(b));
    return { write: (s: string) => sink.write(escapeJson(s)), end: sink.end };
  };
  const ctx = { positionals: [file], options: { json: true }, locale: "ru" as const, out: (s: string) => void process.stdout.write(escapeJson(s)), outChunks, err: () => undefined, today: new Date().toISOString().slice(0, 10) };
  const opts = { today: ctx.today };
  const streamed = await streamVacancyFile(ctx, file, opts, false);
  if (!streamed) throw new Error("not a vacancy CSV");
  const read = cpuSeconds();
  const result = consolidateStream([streamed], opts, [file]);
  if (!result.ok) throw new Error("no vacancies found");
  const consolidated = cpuSeconds();
  printJsonParts(ctx, { ...result.report }, { issues: (i: Parameters<typeof formatIssue>[0]) => formatIssue(i, ctx.locale) });
  const printed = cpuSeconds();
  const parts: Parts = { load: loaded - start, read: read - loaded, consolidate: consolidated - read, report: printed - consolidated };
  process.stderr.write(`${JSON.stringify(parts)}\n`);
}

/** One child run of the parts, its report thrown away (/dev/null, as the scale benches send the CLI's). */
function measureParts(file: string): Parts & { startup: number } {
  const devNull = openSync("/dev/null", "w");
  const run = spawnSync(process.execPath, [__filename, "child", file], { encoding: "utf8", stdio: ["ignore", devNull, "pipe"], maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`child failed: ${run.stderr}`);
  const bare = timed(process.execPath, ["-e", "0"]);
  const parts = JSON.parse(run.stderr.trim().split("\n").pop()!) as Parts;
  return { ...parts, startup: typeof bare === "string" ? 0 : bare.cpu };
}

async function main(): Promise<void> {
  const [first, second] = process.argv.slice(2);
  if (first === "child" && second) return child(second);
  const runs = Number(first ?? 3);
  const rows = Number(second ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-vacparts-"));
  try {
    const file = path.join(dir, "vacancies.csv");
    await writeVacanciesCsv(file, rows);
    console.log(`${rows.toLocaleString("ru-RU")} vacancy rows over 24 months; CPU seconds of each part (start-up: a bare node, in the floor too)`);
    const widths = [4, 8, 8, 8, 8, 12, 8, 8];
    console.log(row(["run", "floor", "start-up", ...PARTS, "whole"], widths));
    const all: (Parts & { startup: number; floor: number })[] = [];
    for (let r = 0; r < runs; r++) {
      const floor = timed(process.execPath, [path.join(__dirname, "scale", "splitBaseline.js"), "bytes", file]);
      if (typeof floor === "string") throw new Error(floor);
      const parts = measureParts(file);
      all.push({ ...parts, floor: floor.cpu });
      const whole = parts.startup + PARTS.reduce((n, k) => n + parts[k], 0);
      console.log(row([r + 1, floor.cpu.toFixed(2), parts.startup.toFixed(2), ...PARTS.map((k) => parts[k].toFixed(2)), whole.toFixed(2)], widths));
    }
    const m = (f: (p: (typeof all)[number]) => number) => median(all.map(f));
    const floor = m((p) => p.floor);
    const upTo = (k: number) => m((p) => p.startup + PARTS.slice(0, k).reduce((n, key) => n + p[key], 0));
    console.log(`\nmedians: floor ${floor.toFixed(2)} s; ÷ floor, cumulative:`);
    PARTS.forEach((k, i) => console.log(`  start-up … ${k.padEnd(12)} ${upTo(i + 1).toFixed(2)} s  ${(upTo(i + 1) / floor).toFixed(2)}×  (${k} alone ${m((p) => p[k]).toFixed(2)} s)`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
