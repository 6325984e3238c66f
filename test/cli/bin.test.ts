import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { SEEDS, seedPath } from "../helpers/seeds";

/**
 * The real command as scripts run it: a separate process whose stdout is a pipe. (The other CLI tests call main()
 * in-process and cannot see how the process ends.) Uses the compiled CLI that `npm ci` builds.
 */
const bin = path.join(__dirname, "..", "..", "bin", "plankadry.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

test("a long --json answer reaches the pipe whole before the process exits", () => {
  // A reader that starts late (as `| jq` may): the pipe fills, the rest waits in the process, which must not exit.
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const r = spawnSync("sh", ["-c", `${quote(process.execPath)} ${quote(bin)} structure ${quote(seedPath(SEEDS.zima))} --json | (sleep 1; cat)`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(r.status).toBe(0);
  expect(r.stdout.length).toBeGreaterThan(100_000);
  const plan = JSON.parse(r.stdout);
  expect([plan.sections.length, plan.items.length]).toEqual([8, 35]);
});

test("exit code 2 and one line on stderr for a file that is not there", () => {
  const r = run("validate", path.join(__dirname, "нет-такого-файла.xlsx"), "--json");
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/нет-такого-файла\.xlsx: файл не найден$/)]);
});

test("indicators of a CSV without --config loads no config schema (zod and its locales), and loads it with one", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-bin-"));
  try {
    const csv = path.join(dir, "кадры.csv");
    writeFileSync(csv, ["Организация;Тип;ФИО;Группа персонала;Ставка", "МБОУ СОШ № 1;ОО;Иванова А.А.;педагог;1", "МБОУ СОШ № 1;ОО;Петрова Б.Б.;педагог;0,5"].join("\n"));
    // A preloaded script names, as the process ends, the loaded modules of the zod package.
    const probe = path.join(dir, "probe.js");
    writeFileSync(probe, `process.on("exit", () => process.stderr.write("zod modules: " + Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(f)).length + "\\n"));`);
    const loaded = (...args: string[]) => spawnSync(process.execPath, ["-r", probe, bin, "indicators", csv, "--json", ...args], { encoding: "utf8" });
    const plain = loaded();
    expect(plain.status).toBe(0);
    expect(plain.stderr).toMatch(/zod modules: 0\n/);
    const config = path.join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ disable: ["szd"] }));
    expect(loaded("--config", config).stderr).toMatch(/zod modules: [1-9]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Windows gets a .cmd shim instead of a link (scripts/linkBin.js): the link is checked where it is one.
(process.platform === "win32" ? test.skip : test)("`npx plankadry` in the repository runs bin/plankadry.js from node_modules/.bin, with no copy in npx's cache", () => {
  const root = path.join(__dirname, "..", "..");
  // npm 11's npx installs a project that declares a bin of the command's name into its cache (where first calls made
  // at once can leave a broken copy): the command is linked by the prepare script instead (scripts/linkBin.js).
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { bin?: unknown; scripts: Record<string, string> };
  expect(manifest.bin).toBeUndefined();
  expect(manifest.scripts.prepare).toContain("node scripts/linkBin.js");
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "linkBin.js")], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(realpathSync(path.join(root, "node_modules", ".bin", "plankadry"))).toBe(realpathSync(bin));
});
