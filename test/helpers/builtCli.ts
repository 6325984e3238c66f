import { spawnSync } from "child_process";
import { readdirSync, statSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "plankadry.js");
const BUILT = path.join(ROOT, "build", "src", "cli", "main.js");

/**
 * The compiled CLI, rebuilt first when a source is newer. Tests of the PDF reader run it in a process of its own:
 * pdfjs-dist is ES modules only, which jest's CommonJS sandbox cannot import (it would need
 * --experimental-vm-modules); a real Node process imports them as the CLI does for users.
 */
export function ensureBuiltCli(): void {
  const built = exists(BUILT) ? statSync(BUILT).mtimeMs : 0;
  if (newest(path.join(ROOT, "src")) <= built) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build:cli failed\n${r.stdout}${r.stderr}`);
}

export function runBuiltCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Plans of several files structured in one process by the compiled modules the CLI uses (one pdfjs load for all),
 * as `structure --json` prints them; a file that cannot be read gives {error: reason}.
 */
export function structureBuilt(files: readonly string[]): unknown[] {
  const script = `
    const { readInput } = require(${JSON.stringify(path.join(ROOT, "build", "src", "io", "readInput.js"))});
    const { structurePlan, planToJson } = require(${JSON.stringify(path.join(ROOT, "build", "src", "core", "plan", "index.js"))});
    (async () => {
      const out = [];
      for (const file of process.argv.slice(1)) {
        try {
          const read = await readInput(file);
          const r = structurePlan(read.documents[0]);
          out.push(r.ok ? planToJson(r.plan) : { error: r.failure.reason });
        } catch (e) { out.push({ error: e.reason ?? String(e) }); }
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script, ...files], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as unknown[];
}
