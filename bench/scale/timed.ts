/** Shared by the scale benchmarks: a program run as its own process under /usr/bin/time, and how to print it. */
import { spawnSync } from "child_process";
import { existsSync } from "fs";

export interface Run {
  readonly wall: number;
  /** user + sys of the child: the steadier figure on a shared machine. */
  readonly cpu: number;
  readonly rssMb: number;
  readonly ok: boolean;
}

const TIME = "/usr/bin/time";
export const PYTHON = "/usr/bin/python3";

export function timed(cmd: string, args: string[]): Run | string {
  if (!existsSync(TIME)) return `${TIME} not found`;
  const run = spawnSync(TIME, ["-f", "@@%e %U %S %M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? "");
  if (!m) return `no timing (${(run.stderr ?? "").trim().slice(0, 200)})`;
  return { wall: +m[1], cpu: +m[2] + +m[3], rssMb: +m[4] / 1024, ok: run.status === 0 };
}

export function pandasReason(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = spawnSync(PYTHON, ["-c", "import pandas; print(pandas.__version__)"], { encoding: "utf8" });
  return probe.status === 0 ? null : "pandas is not installed for /usr/bin/python3";
}

export const fmt = (r: Run | string): string => (typeof r === "string" ? `— (${r})` : `${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${r.rssMb.toFixed(0)} MB${r.ok ? "" : " FAILED"}`);
export const ratio = (a: Run | string, b: Run | string): string => (typeof a === "string" || typeof b === "string" ? "—" : `${(a.wall / b.wall).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU`);
