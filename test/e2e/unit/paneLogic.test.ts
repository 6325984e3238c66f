import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues/issue";
import { structurePlan } from "../../../src/core/plan";
import { RULES } from "../../../src/core/plan/validate";
import { applyColumnOverrides, columnLetter, findHeaderRow } from "../../../src/app/columnOverrides";
import { detectedColumns } from "../../../src/taskpane/logic/detectedColumns";
import { formatPercent, parseRuDate } from "../../../src/taskpane/logic/formatValues";
import { filterIssues, groupIssues, issueViews, NO_FILTER } from "../../../src/taskpane/logic/issueGroups";
import { reportingChoices } from "../../../src/taskpane/logic/reportingPeriods";
import { effectiveRule, withRule } from "../../../src/taskpane/logic/ruleSettings";
import { themeKind } from "../../../src/taskpane/logic/themeKind";

const PLAN = [
  ["План работы на 2025 год"],
  ["№", "Мероприятие", "Исполнитель", "Срок", "Примечание"],
  ["1", "Совещание директоров", "Петров П.П.", "январь", "итоговый протокол"],
  ["2", "Семинар методистов", "Сидорова А.А.", "март", "проведён семинар"],
  ["№", "Мероприятие", "Исполнитель", "Срок", "Примечание"],
  ["3", "Конкурс педагогов", "Иванов И.И.", "май", "приказ об итогах"],
];

function planOf(values: string[][]) {
  const r = structurePlan(sheetDocument("Лист1", "Лист1", gridFromValues(values)));
  if (!r.ok) throw new Error(r.failure.reason);
  return r.plan;
}

describe("column reassignment (an in-memory relabelled header)", () => {
  const grid = gridFromValues(PLAN);
  const plan = planOf(PLAN);

  test("the header row is found and the columns listed with their meaning and a sample", () => {
    expect(findHeaderRow(grid, plan)).toBe(1);
    const cols = detectedColumns(grid, plan);
    expect(cols.map((c) => [c.letter, c.header, c.meaning])).toEqual([
      ["A", "№", "number"],
      ["B", "Мероприятие", "name"],
      ["C", "Исполнитель", "responsible"],
      ["D", "Срок", "deadline"],
      ["E", "Примечание", "extra"],
    ]);
    expect(cols[1].sample).toBe("Совещание директоров");
  });

  test("making E the result column reads «Примечание» as results, on every page's header", () => {
    const relabelled = applyColumnOverrides(grid, plan, new Map([[5, "result" as const]]))!;
    expect(relabelled.rows[1].cells[4]).toBe("Ожидаемый результат");
    expect(relabelled.rows[4].cells[4]).toBe("Ожидаемый результат");
    const again = planOf(relabelled.rows.map((r) => [...r.cells]));
    expect(again.items.map((i) => i.result)).toEqual(["итоговый протокол", "проведён семинар", "приказ об итогах"]);
    expect(again.items).toHaveLength(3);
    // The sheet's own cells are not touched.
    expect(grid.rows[1].cells[4]).toBe("Примечание");
  });

  test("giving a meaning to another column takes it from the column that had it", () => {
    const relabelled = applyColumnOverrides(grid, plan, new Map([[5, "responsible" as const]]))!;
    expect(relabelled.rows[1].cells.slice(2, 5)).toEqual(["Графа C", "Срок", "Ответственный исполнитель"]);
    const again = planOf(relabelled.rows.map((r) => [...r.cells]));
    expect(again.items[0].responsible.text).toBe("итоговый протокол");
    expect(again.items[0].extra).toEqual({ "Графа C": "Петров П.П." });
  });

  test("column letters", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});

describe("issue grouping and filters", () => {
  const issues: Issue[] = [
    { code: "deadline_missing", severity: "error", row: 3, column: "deadline", item: "1" },
    { code: "result_missing", severity: "warning", row: 3, column: "result", item: "1" },
    { code: "deadline_missing", severity: "error", row: 4, column: "deadline", item: "2" },
    { code: "number_gap", severity: "warning", row: 6, column: "number", item: "3" },
    { code: "result_missing", severity: "warning", row: 6, column: "result", item: "3" },
    { code: "header_guessed", severity: "info", row: null, column: null },
  ];
  const views = issueViews(issues, "ru");

  test("severity groups in order, rules by count, with counts", () => {
    const groups = groupIssues(views, "ru");
    expect(groups.map((g) => [g.severity, g.count, g.rules.map((r) => [r.code, r.issues.length])])).toEqual([
      ["error", 2, [["deadline_missing", 2]]],
      ["warning", 3, [["result_missing", 2], ["number_gap", 1]]],
      ["info", 1, [["header_guessed", 1]]],
    ]);
  });

  test("filters combine", () => {
    expect(filterIssues(views, { ...NO_FILTER, severity: "warning" })).toHaveLength(3);
    expect(filterIssues(views, { ...NO_FILTER, column: "result" }).map((v) => v.issue.row)).toEqual([3, 6]);
    expect(filterIssues(views, { severity: "warning", rule: "number_gap", column: null })).toHaveLength(1);
    expect(filterIssues(views, { severity: "error", rule: "number_gap", column: null })).toHaveLength(0);
  });
});

describe("rule settings keep only what differs from the defaults", () => {
  const rule = RULES.find((r) => r.code === "deadline_vague")!;
  test("switching off and back on leaves an empty configuration", () => {
    const off = withRule({}, rule, { enabled: false });
    expect(off).toEqual({ rules: { deadline_vague: { enabled: false } } });
    expect(effectiveRule(off, rule).enabled).toBe(false);
    expect(withRule(off, rule, { enabled: true })).toEqual({});
  });
  test("a severity equal to the default is not stored", () => {
    const other = rule.severity === "info" ? "error" : "info";
    expect(withRule({}, rule, { severity: other })).toEqual({ rules: { deadline_vague: { severity: other } } });
    expect(withRule({ locale: "ru" }, rule, { severity: rule.severity })).toEqual({ locale: "ru" });
  });
});

describe("small formats", () => {
  test("percent as the sheets show it", () => {
    expect(formatPercent(66.666, "ru")).toBe("66,7\u00a0%");
    expect(formatPercent(29.3269, "en")).toBe("29.3%");
    expect(formatPercent(null, "ru")).toBe("—");
  });
  test("Russian dates, and what is not one", () => {
    expect(parseRuDate("01.09.2025")).toBe("2025-09-01");
    expect(parseRuDate("1.9.2025")).toBe("2025-09-01");
    expect(parseRuDate("")).toBeNull();
    expect(parseRuDate("31.02.2025")).toBeUndefined();
    expect(parseRuDate("2025-09-01")).toBeUndefined();
  });
  test("reporting periods cover the plan's years; the default is today's half-year kept inside the plan", () => {
    const { choices, defaultKey } = reportingChoices({ start: "2023-01-01", end: "2024-12-31" }, "2026-03-10");
    expect(choices.map((c) => c.key)).toEqual(["2023-H1", "2023-H2", "2023", "2024-H1", "2024-H2", "2024"]);
    expect(defaultKey).toBe("2024-H2");
    expect(reportingChoices(null, "2025-03-10").defaultKey).toBe("2025-H1");
  });
  test("in January the half-year just past is reported (of the plan's year), in July the first half", () => {
    expect(reportingChoices({ start: "2025-01-01", end: "2025-12-31" }, "2026-01-14").defaultKey).toBe("2025-H2");
    expect(reportingChoices({ start: "2025-01-01", end: "2026-12-31" }, "2026-01-14").defaultKey).toBe("2025-H2");
    expect(reportingChoices(null, "2026-01-14").defaultKey).toBe("2025-H2");
    expect(reportingChoices({ start: "2026-01-01", end: "2026-12-31" }, "2026-07-03").defaultKey).toBe("2026-H1");
    expect(reportingChoices({ start: "2026-01-01", end: "2026-12-31" }, "2026-08-03").defaultKey).toBe("2026-H2");
  });
  test("Office's theme to a Fluent theme", () => {
    expect(themeKind(null, false)).toBe("light");
    expect(themeKind({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" }, false)).toBe("light");
    expect(themeKind({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", isDarkTheme: true }, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#333333", bodyForegroundColor: "#EEEEEE" }, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFF00" }, false)).toBe("highContrast");
    expect(themeKind({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" }, true)).toBe("highContrast");
  });
});
