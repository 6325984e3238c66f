/**
 * Cells whose values repeat down a large sheet are one object each (issue 15: a cell is two objects kept until the
 * workbook is written): the plan sheet's executors, deadlines, sections, kinds and dates, the execution report's and
 * the month grid's executors and deadlines, and every empty cell of one look. A shared cell is the cell text() or
 * date() would make, so hosts write the same workbook.
 */
import { itemCells, planSheet, PLAN_SHEET_LAYOUT } from "../../../src/core/plan/planSheets";
import { date, num, sharedCells, text } from "../../../src/core/sheet/sheetSpec";
import { summarySheets } from "../../../src/core/summary";
import { REPORT_HEADER_ROW } from "../../../src/core/sheet/reportSheet";
import { SEEDS, seedPlan } from "../../helpers/seeds";

describe("sharedCells", () => {
  test("a value met again gets the cell made the first time, equal to the one text() or date() makes", () => {
    const deadline = sharedCells(text, "wrap");
    const first = deadline("до 20 декабря");
    expect(deadline("до 20 декабря")).toBe(first);
    expect(first).toEqual(text("до 20 декабря", "wrap"));
    expect(deadline("ежемесячно")).not.toBe(first);
    const day = sharedCells(date);
    expect(day("2026-03-15")).toBe(day("2026-03-15"));
    expect(day("2026-03-15")).toEqual(date("2026-03-15"));
  });

  test("no value: the empty cell of the look, the same object every time", () => {
    const deadline = sharedCells(text, "wrap");
    expect(deadline(null)).toEqual(text(null, "wrap"));
    expect(deadline("")).toBe(deadline(undefined));
    expect(text(null, "wrap")).toBe(text("", "wrap"));
    expect(num(null, undefined, "total")).toBe(date(null, "total"));
    expect(text(null, "wrap")).not.toBe(text(null, "total"));
    expect(text(null)).toEqual({ value: { kind: "empty" } });
  });
});

describe("the sheets share their repeating cells", () => {
  const plan = seedPlan(SEEDS.omsk);
  const C = PLAN_SHEET_LAYOUT.columns;

  /** The first two items that have the same value (by `key`; an empty one does not count). */
  function pair(key: (it: (typeof plan.items)[number]) => string): [number, number] {
    const seen = new Map<string, number>();
    for (let i = 0; i < plan.items.length; i++) {
      const k = key(plan.items[i]);
      if (!k) continue;
      const j = seen.get(k);
      if (j !== undefined) return [j, i];
      seen.set(k, i);
    }
    throw new Error("the seed has no repeated value");
  }

  test("plan sheet: executors, deadlines and sections", () => {
    const rows = planSheet(plan).rows.slice(PLAN_SHEET_LAYOUT.firstItemRow);
    const [a, b] = pair((it) => it.responsible.text);
    expect(rows[b][C.responsible]).toBe(rows[a][C.responsible]);
    const [c, d] = pair((it) => it.deadline.text);
    expect(rows[d][C.deadline]).toBe(rows[c][C.deadline]);
    expect(rows[d][C.deadlineKind]).toBe(rows[c][C.deadlineKind]);
    const [e, f] = pair((it) => it.section ?? "");
    expect(rows[f][C.section]).toBe(rows[e][C.section]);
  });

  test("execution report and month grid: executors and deadlines", () => {
    const sheets = summarySheets(plan, { madeOn: "2024-03-15", reporting: { start: "2024-01-01", end: "2024-06-30" }, source: "001.txt" });
    const report = sheets.find((s) => s.name === "Отчёт об исполнении")!.rows.slice(REPORT_HEADER_ROW + 1, REPORT_HEADER_ROW + 1 + plan.items.length);
    const cellsOf = (column: number) => new Map(report.map((r) => [r[column].value.kind === "text" ? (r[column].value as { text: string }).text : "", r[column]]));
    for (const column of [2, 3]) {
      const byText = cellsOf(column);
      for (const r of report) if (r[column].value.kind === "text") expect(r[column]).toBe(byText.get((r[column].value as { text: string }).text));
    }
    const grid = sheets.find((s) => s.name === "По срокам")!.rows.slice(REPORT_HEADER_ROW + 1, REPORT_HEADER_ROW + 1 + plan.items.length);
    const [a, b] = pair((it) => it.deadline.text);
    expect(grid[b][2]).toBe(grid[a][2]);
  });
});

describe("the sheets that list every item share its number and name cells", () => {
  const plan = seedPlan(SEEDS.omsk);
  const items = itemCells(plan);
  const sheets = summarySheets(plan, { madeOn: "2024-03-15", reporting: { start: "2024-01-01", end: "2024-06-30" }, source: "001.txt", itemCells: items });
  const bodyOf = (name: string) => sheets.find((s) => s.name === name)!.rows.slice(REPORT_HEADER_ROW + 1, REPORT_HEADER_ROW + 1 + plan.items.length);
  const report = bodyOf("Отчёт об исполнении");
  const grid = bodyOf("По срокам");
  /** The report lists items in plan order, the month grid as the plan holds them: matched by number and name. */
  const inReport = (it: (typeof plan.items)[number]) => report.find((r) => r[0].value.kind === "text" && r[0].value.text === it.number && r[1].value.kind === "text" && r[1].value.text === it.name)!;

  test("the month grid's number cell is the report's, and so is its name cell where the name is shown whole", () => {
    let whole = 0;
    plan.items.forEach((it, i) => {
      const row = inReport(it);
      expect(grid[i][0]).toBe(row[0]);
      expect(row[0]).toEqual(text(it.number));
      expect(row[1]).toEqual(text(it.name, "wrap"));
      if (it.name.length <= 120 && !it.name.includes("\n")) {
        whole++;
        expect(grid[i][1]).toBe(row[1]);
      } else expect(grid[i][1]).toEqual(text(it.name.slice(0, Math.min(120, it.name.includes("\n") ? it.name.indexOf("\n") : 120)), "wrap"));
    });
    expect(whole).toBeGreaterThan(0);
  });

  test("the plan sheet written with the summary has the same cells; made alone, cells equal to them", () => {
    const rows = planSheet(plan, "ru", items).rows.slice(PLAN_SHEET_LAYOUT.firstItemRow);
    const alone = planSheet(plan).rows.slice(PLAN_SHEET_LAYOUT.firstItemRow);
    const C = PLAN_SHEET_LAYOUT.columns;
    plan.items.forEach((it, i) => {
      const row = inReport(it);
      expect(rows[i][C.number]).toBe(row[0]);
      expect(rows[i][C.name]).toBe(row[1]);
      expect(alone[i][C.number]).toEqual(row[0]);
      expect(alone[i][C.name]).toEqual(row[1]);
    });
  });
});
