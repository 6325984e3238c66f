import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { runCli } from "../helpers/runCli";
import { SEEDS, seedPath } from "../helpers/seeds";

/**
 * With --out the workbook holds the listing: the terminal gets what was read, counts, issues by severity and the
 * path written (issue 16). The listing comes without --out or with --print; --json is unchanged.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-out-"));
const quote = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (name: string, rows: readonly (readonly string[])[]) => {
  const file = path.join(tmp, name);
  writeFileSync(file, rows.map((r) => r.map(quote).join(";")).join("\r\n"));
  return file;
};
const lines = (s: string) => s.trimEnd().split("\n");
type Severity = "error" | "warning" | "info";
const bySeverity = (issues: { severity: Severity }[]) => ({
  error: issues.filter((i) => i.severity === "error").length,
  warning: issues.filter((i) => i.severity === "warning").length,
  info: issues.filter((i) => i.severity === "info").length,
});
const countsLine = (c: Record<Severity, number>) => `Замечаний: ${c.error + c.warning + c.info} (ошибок ${c.error}, предупреждений ${c.warning}, сведений ${c.info})`;

describe("plankadry indicators --out: a 2,000-row staff list", () => {
  const list = generatePersons({ seed: 16, orgs: { ОО: 30, ДОО: 25, ДО: 10 }, perOrg: [25, 35], wrongSubtotals: 40 });
  const file = csv("кадры-2000.csv", list.values);
  const out = path.join(tmp, "показатели.xlsx");

  test("the terminal gets a few lines: the source, each indicator's total, issues by severity, the path", async () => {
    expect(list.values.length).toBeGreaterThan(2000);
    const json = JSON.parse((await runCli(["indicators", file, "--json"], "2026-09-01")).stdout);
    const full = await runCli(["indicators", file], "2026-09-01");
    const brief = await runCli(["indicators", file, "--out", out], "2026-09-01");
    expect(brief.code).toBe(0);
    const got = lines(brief.stdout);
    expect(got.length).toBeLessThanOrEqual(json.indicators.length + 5);
    expect(got.length).toBeLessThan(lines(full.stdout).length);
    expect(got).toContain(countsLine(bySeverity(json.issues)));
    expect(got[got.length - 1]).toBe(`Записано: ${out}`);
    for (const ind of json.indicators) expect(got.some((l) => l.startsWith(`${ind.title}: `))).toBe(true);
    // No issue message and no group line reaches the terminal.
    expect(got.filter((l) => l.startsWith("!") || l.startsWith("    "))).toEqual([]);
  });

  test("--print adds the listing: every issue as without --out", async () => {
    const full = await runCli(["indicators", file], "2026-09-01");
    const printed = await runCli(["indicators", file, "--out", out, "--print"], "2026-09-01");
    expect(printed.stdout).toBe(full.stdout + `Записано: ${out}\n`);
    expect(full.stdout.split("\n").filter((l) => l.startsWith("! ")).length).toBeGreaterThan(10);
  });

  test("--json with --out is the contract document, unchanged", async () => {
    const plain = await runCli(["indicators", file, "--json"], "2026-09-01");
    const withOut = await runCli(["indicators", file, "--json", "--out", out], "2026-09-01");
    expect(withOut.stdout).toBe(plain.stdout);
  });
});

describe("plankadry vacancies --out: a year of monthly tables for 150 organisations", () => {
  const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`);
  const orgs = Array.from({ length: 150 }, (_, n) => `МБОУ «СОШ № ${n + 1}»`);
  const rows: string[][] = [["Период", "Наименование ОО", "Должность", "Предмет", "Вакантных ставок", "Часов", "Дата открытия", "Статус"]];
  // The last month misses every tenth school's report; some rates are written negative (an error per row).
  for (const [m, month] of months.entries())
    for (const [n, org] of orgs.entries()) {
      if (m === 11 && n % 10 === 0) continue;
      rows.push([month, org, "учитель", ["математика", "физика", "химия"][n % 3], n % 17 === 0 ? "-1" : "1", "18", "01.01.2026", "открыта"]);
    }
  const file = csv("вакансии-2026.csv", rows);
  const out = path.join(tmp, "вакансии.xlsx");

  test("a few lines: files and periods, the latest period's totals, missing reports, issues by severity, the path", async () => {
    const json = JSON.parse((await runCli(["vacancies", file, "--json"])).stdout);
    const full = await runCli(["vacancies", file]);
    const brief = await runCli(["vacancies", file, "--out", out]);
    expect(brief.code).toBe(0);
    const got = lines(brief.stdout);
    expect(got.length).toBeLessThanOrEqual(6);
    expect(lines(full.stdout).length).toBeGreaterThan(100);
    expect(got[0]).toBe(`Файлов: 1; периодов: ${json.periods.length} (${json.periods[0]} – ${json.periods[json.periods.length - 1]})`);
    const last = json.totals[json.totals.length - 1];
    expect(got).toContain(full.stdout.split("\n").find((l) => l.startsWith(`${last.period}: `)));
    expect(json.missing.length).toBeGreaterThan(0);
    expect(got).toContain(`Не сданных отчётов: ${json.missing.length}`);
    expect(got).toContain(countsLine(bySeverity(json.issues)));
    expect(got[got.length - 1]).toBe(`Записано: ${out}`);
    const printed = await runCli(["vacancies", file, "--out", out, "--print"]);
    expect(printed.stdout).toBe(full.stdout + `Записано: ${out}\n`);
  });
});

describe("plankadry summary --out", () => {
  test("says what was read (plan, staff, vacancies), the issues by severity, the sheets and the path", async () => {
    const staff = csv("кадры.csv", generatePersons({ seed: 3 }).values);
    const vac = csv("вакансии.csv", [["Период", "Наименование ОО", "Должность", "Вакантных ставок"], ["2026-09", "МБОУ «СОШ № 1»", "учитель", "1"], ["2026-10", "МБОУ «СОШ № 1»", "учитель", "1"]]);
    const out = path.join(tmp, "свод.xlsx");
    const plan = JSON.parse((await runCli(["structure", seedPath(SEEDS.omsk), "--json"])).stdout);
    const run = await runCli(["summary", seedPath(SEEDS.omsk), "--staffing", staff, "--vacancies", vac, "--out", out, "--period", "2024-H1"]);
    expect(run.code).toBe(0);
    const got = lines(run.stdout);
    expect(got[0]).toMatch(new RegExp(`разделов ${plan.sections.length}, мероприятий ${plan.items.length}$`));
    expect(got.some((l) => /^Кадры: .*показателей \d+$/.test(l))).toBe(true);
    expect(got).toContain("Вакансии: периодов 2, не сданных отчётов 0");
    expect(got.some((l) => /^Замечаний: \d+ \(ошибок \d+, предупреждений \d+, сведений \d+\)$|^Замечаний нет$/.test(l))).toBe(true);
    expect(got.find((l) => l.startsWith("Листы: "))).toContain("«План (структура)»");
    expect(got[got.length - 1]).toBe(`Записано: ${out}`);
    expect(got.length).toBeLessThan(10);
  });
});
