import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runCli } from "../helpers/runCli";

/**
 * The command line's own lines come from the catalogue (issue 16): the pseudo-locale wraps each of them, so a line
 * written past the catalogue shows up unwrapped; English gets English where Russian was written inline before.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-texts-"));
const wrapped = (text: string) => /^⟦[^⟦⟧]*⟧$/.test(text);

describe("plankadry in the pseudo-locale", () => {
  test("demo: every step, count and the closing line are catalogue texts", async () => {
    const run = await runCli(["demo", "--lang", "qps", "--out", path.join(tmp, "demo")]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const steps = lines.filter((l) => l.startsWith("• ")).map((l) => l.slice(2));
    expect(steps).toHaveLength(5);
    for (const step of steps) expect(wrapped(step)).toBe(true);
    // The count lines (indented, not the list of written sheets or files) carry numbers inside the markers.
    const counts = lines.filter((l) => /^ {2}\S/.test(l) && /\d/.test(l) && !l.includes("«") && !/\.(json|xlsx)$/.test(l));
    expect(counts.length).toBeGreaterThanOrEqual(3);
    for (const line of counts) expect(line.trim()).toMatch(/^⟦.*\d.*⟧/);
    expect(lines.find((l) => l.includes(path.join(tmp, "demo")))).toMatch(/^⟦.*⟧$/);
  });

  test("a missing file argument and an unknown command are wrapped too", async () => {
    const missing = await runCli(["structure", "--lang", "qps"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("⟦plankadry structure <файл>⟧");
    const unknown = await runCli(["frobnicate", "--lang", "qps"]);
    expect(unknown.stderr).toContain("⟦неизвестная команда «frobnicate»⟧");
  });
});

describe("plankadry --lang en", () => {
  test("argument hints and a broken rules file are in English", async () => {
    const missing = await runCli(["validate", "--lang", "en"]);
    expect(missing.stderr).toBe("plankadry: invalid command arguments (plankadry validate <file>)\n");
    const config = path.join(tmp, "rules.json");
    writeFileSync(config, "rules: none");
    const plan = path.join(tmp, "plan.csv");
    writeFileSync(plan, "№;Мероприятие;Срок\n1;Совещание;до 01.12.2026\n");
    const broken = await runCli(["validate", plan, "--config", config, "--lang", "en"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/JSON: syntax error/);
    expect(broken.stderr).not.toMatch(/[А-Яа-яЁё]/);
  });
});
