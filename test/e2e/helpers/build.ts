import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import { DIST, FAKE_BUNDLE, ROOT } from "./paths";

/** Newest modification time of the files under the given folders (and of single files). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

const WEBPACK = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const PANE_SOURCES = ["src", "webpack.config.js", "tsconfig.web.json", "assets", "manifest.xml"].map((p) => path.join(ROOT, p));
const FAKE_SOURCES = [path.join(ROOT, "test", "fake-excel"), path.join(ROOT, "test", "e2e", "fakeOfficeBoot.ts"), path.join(ROOT, "test", "e2e", "webpack.fake.config.js")];

/** Written after each build: webpack leaves unchanged outputs untouched, so their times say nothing. */
const PANE_STAMP = path.join(path.dirname(FAKE_BUNDLE), "pane.stamp");

/** Builds dist/ (npm run build) when it is missing or older than the sources; returns whether it built. */
export function ensurePaneBuilt(): boolean {
  const built = existsSync(path.join(DIST, "taskpane.html")) && existsSync(path.join(DIST, "taskpane.js")) ? mtime(PANE_STAMP) : 0;
  if (built > 0 && built >= newestMtime(PANE_SOURCES)) return false;
  webpack(["--mode", "production"]);
  mkdirSync(path.dirname(PANE_STAMP), { recursive: true });
  writeFileSync(PANE_STAMP, new Date().toISOString());
  return true;
}

/** Bundles test/e2e/fakeOfficeBoot.ts (the strict fake + Office look-alike) for the page. */
export function ensureFakeBuilt(): boolean {
  if (mtime(FAKE_BUNDLE) >= newestMtime(FAKE_SOURCES) && mtime(FAKE_BUNDLE) > 0) return false;
  webpack(["--config", path.join(ROOT, "test", "e2e", "webpack.fake.config.js")]);
  return true;
}

/** Runs webpack quietly; its output is shown only when it fails. */
function webpack(args: readonly string[]): void {
  try {
    execFileSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`webpack ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
