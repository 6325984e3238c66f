import { spawnSync } from "child_process";
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
