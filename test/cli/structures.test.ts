import * as path from "path";
import { contractErrors, runCli } from "../helpers/runCli";

/** Hand fixtures the way officials make them: a Word plan-schedule saved as HTML, an Excel road map copied as TSV, an excerpt. */
const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "plans", "structures", name);

async function structure(name: string) {
  const run = await runCli(["structure", fixture(name), "--json"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const plan = JSON.parse(run.stdout);
  expect(contractErrors("plan", plan)).toEqual([]);
  return plan;
}

describe("plankadry structure on plan structures the seeds did not show", () => {
  test("a plan-schedule from Word: marks under «Сроки исполнения в 2025 году» become deadlines; sections restart numbering", async () => {
    const plan = await structure("план-график-2025.html");
    expect(plan.items.map((i: { number: string; qualifiedNumber: string }) => [i.number, i.qualifiedNumber])).toEqual([["1", "I.1"], ["2", "I.2"], ["1", "II.1"], ["2", "II.2"], ["3", "II.3"]]);
    expect(plan.items.map((i: { deadline: object }) => i.deadline)).toEqual([
      { text: "I–IV кв. 2025", kind: "recurring", start: "2025-01-01", end: "2025-12-31", every: "quarter" },
      { text: "II–III кв. 2025", kind: "period", start: "2025-04-01", end: "2025-09-30", every: null },
      { text: "30.09", kind: "date", start: "2025-09-30", end: "2025-09-30", every: null },
      { text: "III кв. 2025", kind: "period", start: "2025-07-01", end: "2025-09-30", every: null },
      { text: "IV кв. 2025", kind: "period", start: "2025-10-01", end: "2025-12-31", every: null },
    ]);
    expect(plan.columns.deadline).toBeNull();
    expect(plan.columns.extra).toEqual(["I кв.", "II кв.", "III кв.", "IV кв."].map((q) => `Сроки исполнения в 2025 году ${q}`));
    expect(plan.items[1].extra).toEqual({ "Сроки исполнения в 2025 году II кв.": "Х", "Сроки исполнения в 2025 году III кв.": "Х" });
    const validation = JSON.parse((await runCli(["validate", fixture("план-график-2025.html"), "--json"])).stdout);
    expect(validation.issues.filter((i: { code: string }) => i.code.startsWith("number_"))).toEqual([]);
  });

  test("a road map with «Цель» and «Задача» headings: sections on two levels, items under the tasks", async () => {
    const plan = await structure("дорожная-карта-цели.tsv");
    expect(plan.sections.map((s: { number: string; level: number }) => [s.number, s.level])).toEqual([["1", 1], ["1.1", 2], ["1.2", 2], ["2", 1], ["2.1", 2]]);
    expect(plan.items.map((i: { number: string; section: string }) => [i.number, i.section])).toEqual([["1.1.1", "1.1"], ["1.1.2", "1.1"], ["1.2.1", "1.2"], ["2.1.1", "2.1"], ["2.1.2", "2.1"]]);
  });

  test("an excerpt whose last page is missing: structured as far as it goes, the last item marked", async () => {
    const plan = await structure("выписка-обрезана.md");
    expect(plan.items).toHaveLength(4);
    expect(plan.items.slice(0, 3).every((i: { notes?: unknown }) => i.notes === undefined)).toBe(true);
    expect(plan.items[3].notes).toEqual([
      { code: "possibly_incomplete", text: expect.stringMatching(/^пункт, возможно, обрезан: наименование обрывается на «и»; пусты графы «Ответственный», «Срок», «Результат»/) },
    ]);
  });
});

test("the title under an approval block glued to it is the plan's own line", async () => {
  const plan = await structure("план-график-2025.html");
  expect(plan.title).toBe("ПЛАН-ГРАФИК мероприятий по обеспечению образовательных организаций педагогическими кадрами");
});

test("text output names a worded section once: «Раздел I. …», not «I. Раздел I. …»", async () => {
  const run = await runCli(["structure", fixture("план-график-2025.html")]);
  expect(run.stdout).toMatch(/^Раздел I\. Выявление потребности в кадрах$/m);
  expect(run.stdout).not.toMatch(/I\. Раздел/);
});
