import { sheetDocument } from "../../../src/core/grid";
import type { CellSpec, SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { REPORT_HEADER_ROW } from "../../../src/core/sheet/reportSheet";
import { defaultReportingPeriod, executors, monthsOf, parseReportingPeriod, readStatuses, summarySheets } from "../../../src/core/summary";
import { planOrder } from "../../../src/core/summary/executionReportSheet";
import { SEEDS, seedPlan } from "../../helpers/seeds";

const plan = seedPlan(SEEDS.omsk);
const opts = { madeOn: "2024-03-15", reporting: { start: "2024-01-01", end: "2024-06-30" }, source: "001.txt" };
const sheets = summarySheets(plan, opts);
const byName = (name: string): SheetSpec => sheets.find((s) => s.name === name)!;
const cell = (c: CellSpec | undefined): string | number | null =>
  !c ? null : c.value.kind === "text" ? c.value.text : c.value.kind === "number" ? c.value.value : c.value.kind === "empty" ? null : c.value.kind;
const body = (s: SheetSpec) => s.rows.slice(REPORT_HEADER_ROW + 1).map((r) => r.map(cell));
const column = (s: SheetSpec, header: string) => s.rows[REPORT_HEADER_ROW].findIndex((c) => cell(c) === header);

describe("summary sheets of seed 001", () => {
  test("the set, in order", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Свод по разделам", "По исполнителям", "По срокам", "Отчёт об исполнении"]);
  });

  test("«Свод по разделам» counts items per section (checked against the plan by hand: 4, 3, 3, 2, 16)", () => {
    const s = byName("Свод по разделам");
    const rows = body(s);
    expect(rows.slice(0, 5).map((r) => [String(r[0]).split(".")[0], r[1]])).toEqual([["1", 4], ["1", 3], ["2", 3], ["3", 2], ["4", 16]]);
    expect(rows[5].slice(0, 2)).toEqual(["Итого", 28]);
    const recurring = column(s, "повторяется");
    expect(rows[5][recurring]).toBe(plan.items.filter((i) => i.deadline.kind === "recurring").length);
  });

  test("«По исполнителям» groups ЦТриГО and ЦТРИГО and names the frequent spelling", () => {
    const rows = executors(plan.items);
    const ctrigo = rows.filter((r) => /ЦТ[Рр][Ии]ГО/.test(r.name));
    expect(ctrigo).toHaveLength(1);
    expect(ctrigo[0].name).toMatch(/ЦТРИГО/);
    expect(ctrigo[0].variants.join()).toMatch(/ЦТриГО/);
    expect(ctrigo[0].items.map((i) => i.number)).toEqual(["4.2", "4.6", "4.7", "4.8", "4.10", "4.12", "4.13", "4.14", "4.15", "4.16"]);
    const sheet = byName("По исполнителям");
    const itemsCol = column(sheet, "Мероприятий");
    const totalMentions = body(sheet).reduce((n, r) => n + Number(r[itemsCol]), 0);
    expect(totalMentions).toBe(plan.items.reduce((n, i) => n + new Set(i.responsible.parties.map((p) => p.text.trim())).size, 0));
  });

  test("«По срокам» has a column per month of the plan period and fills the months of each deadline", () => {
    const s = byName("По срокам");
    const header = s.rows[REPORT_HEADER_ROW].map(cell);
    const months = monthsOf(plan.period!);
    expect(header.slice(3)).toHaveLength(months.length);
    const row41 = body(s).find((r) => r[0] === "4.1")!;
    const filled = row41.slice(3).flatMap((v, i) => (v === "■" ? [months[i]] : []));
    expect(filled).toEqual(["2023-09", "2023-10"]);
    expect(s.charts?.[0]?.kind).toBe("column");
  });

  test("«Отчёт об исполнении» lists every item in plan order (section, then number), marks those due, with a status dropdown", () => {
    const s = byName("Отчёт об исполнении");
    // The table's rows: the signature block below it is not an item.
    const rows = body(s).slice(0, s.table!.area.bottom - REPORT_HEADER_ROW);
    const dueCol = column(s, "В отчётном периоде");
    expect(rows.map((r) => r[0])).toEqual(plan.items.map((i) => i.number));
    expect(rows.filter((r) => r[dueCol] === "да").map((r) => r[0])).toEqual(expect.arrayContaining(["4.6", "4.11", "4.15"]));
    expect(rows.filter((r) => r[dueCol] === "нет").map((r) => r[0])).toEqual(expect.arrayContaining(["4.1", "4.8", "4.10"]));
    expect(s.validations?.[0].list).toEqual(["выполнено", "выполняется", "не выполнено", "перенесено"]);
    expect(s.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
  });

  test("«Отчёт об исполнении» ends with a signature block below the table: head, executor, date", () => {
    const s = byName("Отчёт об исполнении");
    const below = s.rows.slice(s.table!.area.bottom + 1).map((r) => r.map((c) => String(cell(c) ?? "")).filter((t) => t !== "").join(" "));
    expect(below.filter((l) => l !== "")).toEqual([
      "Руководитель ____________ (подпись) ____________ (расшифровка подписи)",
      "Исполнитель ____________ (подпись) ____________ (расшифровка подписи)",
      "Дата «___» ____________ 20__ г.",
    ]);
  });

  test("a filled report given back gives execution rates by section and executor", () => {
    const report = byName("Отчёт об исполнении");
    const statusCol = column(report, "Статус");
    const filled = report.rows.map((r, i) =>
      i <= REPORT_HEADER_ROW ? r : r.map((c, j) => (j === statusCol ? { value: { kind: "text" as const, text: cell(r[0]) === "4.6" ? "перенесено" : String(cell(r[0])).startsWith("4.") ? "выполнено" : "выполняется" } } : c)),
    );
    const doc = sheetDocument("report.xlsx", "Отчёт", { rows: filled.map((r, i) => ({ cells: r.map((c) => String(cell(c) ?? "")), row: i + 1 })), merges: [] });
    const statuses = readStatuses(doc);
    expect(statuses.get("4.6")).toBe("postponed");
    expect(statuses.get("1.1")).toBe("in_progress");
    const set = summarySheets(plan, { ...opts, filledReport: doc });
    const summary = set.find((s) => s.name === "Исполнение — итоги")!;
    const section4 = body(summary).find((r) => String(r[0]).startsWith("Раздел: 4."))!;
    expect(section4.slice(1, 7)).toEqual([16, 15, 0, 0, 1, 0]);
  });
});

describe("reporting periods", () => {
  test("default: the half-year of the day, kept inside the plan period", () => {
    expect(defaultReportingPeriod("2026-11-23", { start: "2023-01-01", end: "2024-12-31" })).toEqual({ start: "2024-07-01", end: "2024-12-31" });
    expect(defaultReportingPeriod("2024-03-01", { start: "2023-01-01", end: "2024-12-31" })).toEqual({ start: "2024-01-01", end: "2024-06-30" });
    expect(defaultReportingPeriod("2024-03-01", null)).toEqual({ start: "2024-01-01", end: "2024-06-30" });
  });
  test("--period forms", () => {
    expect(parseReportingPeriod("2026-H2")).toEqual({ start: "2026-07-01", end: "2026-12-31" });
    expect(parseReportingPeriod("2026")).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(parseReportingPeriod("2026-03-01..2026-05-31")).toEqual({ start: "2026-03-01", end: "2026-05-31" });
    expect(parseReportingPeriod("2026-05-31..2026-03-01")).toBeNull();
    expect(parseReportingPeriod("весной")).toBeNull();
  });
});

describe("planOrder", () => {
  test("section by section, then by number (1.2 before 1.10), whatever the order items came in", () => {
    const shuffled = [...plan.items].reverse();
    expect(planOrder(shuffled, plan.sections).map((i) => i.number)).toEqual(plan.items.map((i) => i.number));
  });
});
