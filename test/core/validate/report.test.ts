import { planSheet, PLAN_SHEET, PLAN_SHEET_LAYOUT } from "../../../src/core/plan/planSheets";
import { highlightsFor, reportSheet, validatePlan, validationReport } from "../../../src/core/plan/validate";
import type { CellSpec, CellValue, SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { makePlan } from "./planBuilder";

const plan = makePlan([
  { number: "1", name: "Семинар по наставничеству" },
  { number: "2", responsible: "", parties: [], result: "Повышение качества" },
  { number: "4", name: "Конференция" },
]);

function textOf(v: CellValue | undefined): string | null {
  if (!v) return null;
  return v.kind === "text" || v.kind === "link" ? v.text : v.kind === "number" ? String(v.value) : null;
}

/** Reads an "A1" address on a SheetSpec: the cell a link points at. */
function cellAt(sheet: SheetSpec, address: string): CellSpec | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col];
}

describe("validationReport", () => {
  test("counts items and issues; byCode lists every rule that ran, 0 when it found nothing", () => {
    const report = validationReport(plan);
    expect(report.items).toBe(3);
    expect(report.stats).toMatchObject({ error: 1, warning: 2, info: 0 });
    expect(report.stats.byCode).toMatchObject({ responsible_missing: 1, result_not_measurable: 1, number_gap: 1, deadline_missing: 0 });
    expect(report.stats.byCode).not.toHaveProperty("target_found"); // off by default: not checked
    expect(report.issues.find((i) => i.code === "number_gap")).toEqual({
      code: "number_gap",
      severity: "warning",
      item: "4",
      sheet: "План",
      row: 12,
      column: "number",
      message: "Пропуск в нумерации: после 2 идёт 4 (нет 3)",
      suggestion: null,
    });
    expect(validationReport(plan, {}, "en").issues.find((i) => i.code === "number_gap")?.message).toBe("Gap in numbering: 4 follows 2 (3 is missing)");
  });
});

describe("reportSheet «Проверка — отчёт»", () => {
  const report = validationReport(plan);
  const sheet = reportSheet(plan, report, { planSheet: PLAN_SHEET.ru, madeOn: "2026-03-05" });
  const texts = sheet.rows.map((r) => r.map((c) => textOf(c.value)));

  test("title, date made and source, totals", () => {
    expect(sheet.name).toBe("Проверка — отчёт");
    expect(texts[0][0]).toBe("Проверка плана: План работы на 2022 год");
    expect(texts[1][0]).toBe("Составлено 05.03.2026 · источник: plan.xlsx (План)");
    expect(texts[2][0]).toBe("Мероприятий: 3 · ошибок: 1 · предупреждений: 2 · сведений: 0");
  });

  test("a summary by rule (Russian titles with why they matter, errors first), then one row per issue; codes last", () => {
    const summaryHeader = texts.findIndex((r) => r[0] === "Важность" && r[3] === "Количество");
    expect(texts[summaryHeader]).toEqual(["Важность", "Правило", "Пояснение", "Количество", null, null, null, null, "Код правила"]);
    expect(texts.slice(summaryHeader + 1, summaryHeader + 4).map((r) => [r[0], r[1], r[3], r[8]])).toEqual([
      ["ошибка", "Нет исполнителя", "1", "responsible_missing"],
      ["предупреждение", "Пропуск в нумерации", "1", "number_gap"],
      ["предупреждение", "Неизмеримый результат", "1", "result_not_measurable"],
    ]);
    for (const r of texts.slice(summaryHeader + 1, summaryHeader + 4)) expect(r[2]).toMatch(/^[А-ЯЁ].{20,}/);
    const header = texts.findIndex((r) => r[4] === "Пункт");
    expect(texts.slice(header + 1).map((r) => [r[8], r[4], r[5], r[6]])).toEqual([
      ["responsible_missing", "2", "11", "Исполнитель"],
      ["result_not_measurable", "2", "11", "Результат"],
      ["number_gap", "4", "12", "№"],
    ]);
    expect(sheet.freeze).toEqual({ rows: header + 1, cols: 0 });
    expect(sheet.print).toMatchObject({ orientation: "landscape", repeatRows: { first: header, last: header } });
    expect(sheet.table?.area).toMatchObject({ top: header, bottom: sheet.rows.length - 1, right: 8 });
  });

  test("each issue links to its cell on the structured plan sheet, which holds that item's value", () => {
    const structured = planSheet(plan, "ru");
    const header = texts.findIndex((r) => r[4] === "Пункт");
    const links = sheet.rows.slice(header + 1).map((r) => r[7].value);
    for (const link of links) expect(link).toMatchObject({ kind: "link", sheet: "План (структура)" });
    const cells = links.map((l) => (l.kind === "link" ? l.cell : ""));
    // Independently: the responsible cell of item 2 is empty, its result says «Повышение качества», item 4's number is «4».
    expect(textOf(cellAt(structured, cells[1])?.value)).toBe("Повышение качества");
    expect(textOf(cellAt(structured, cells[2])?.value)).toBe("4");
    expect(cellAt(structured, cells[0])?.value.kind).toBe("empty");
    expect(textOf(cellAt(structured, cells[0].replace(/^[A-Z]+/, "A"))?.value)).toBe("2");
  });

  test("a plan without issues says so", () => {
    const clean = makePlan([{ number: "1" }, { number: "2", name: "Другое мероприятие" }]);
    const r = validationReport(clean);
    expect(r.issues).toEqual([]);
    const s = reportSheet(clean, r, { planSheet: PLAN_SHEET.ru });
    expect(s.rows.map((row) => row.map((c) => textOf(c.value))).flat()).toContain("Замечаний нет");
    expect(textOf(s.rows[1][0].value)).toBe("Источник: plan.xlsx (План)");
  });
});

describe("highlightsFor", () => {
  test("one highlight per cell, the worst severity, all messages; plan-wide issues have no cell", () => {
    const p = makePlan([{ number: "1", responsible: "", parties: [] }, { number: "1", result: "Повышение качества" }], {
      columns: { number: "№", name: "Наименование", responsible: "Исполнитель", deadline: "Срок", result: "Результат", extra: [] },
    });
    const issues = [
      ...validatePlan(p),
      { code: "number_section_conflict", severity: "warning" as const, row: 11, column: "number", item: "1", params: { number: "1", sectionRow: 8 } },
      { code: "column_missing", severity: "warning" as const, row: null, column: "result" },
    ];
    const marks = highlightsFor(p, issues);
    const structured = planSheet(p, "ru");
    expect(marks.map((m) => [m.row, m.column, m.severity])).toEqual([
      [5, "responsible", "error"],
      [6, "number", "error"],
      [6, "result", "warning"],
    ]);
    expect(marks[1].message.split("\n")).toEqual(["Номер 1 уже есть у пункта в строке 10", "Номер 1 есть и у раздела (строка 8), и у мероприятия"]);
    expect(textOf(structured.rows[6][0].value)).toBe("1");
    expect(textOf(structured.rows[6][PLAN_SHEET_LAYOUT.columns.result].value)).toBe("Повышение качества");
  });
});
