import { flattenIssues, formatIssue } from "../../../src/core/issues/formatIssue";
import { validatePlan } from "../../../src/core/plan/validate";
import { makePlan } from "./planBuilder";

describe("row_dropped and the issues structuring found", () => {
  const plan = makePlan([{}, {}], {
    dropped: [
      { row: 1, reason: "title", text: "План работы" },
      { row: 5, reason: "blank", text: "" },
      { row: 30, reason: "repeated_header", text: "№ п/п | Наименование" },
      { row: 31, reason: "column_numbers", text: "1 | 2 | 3" },
      { row: 60, reason: "other_table", text: "1. | Доля педагогов | 10%" },
      { row: 61, reason: "other_table", text: "2. | Доля специалистов | 10%" },
      { row: 80, reason: "signature", text: "Руководитель ___" },
    ],
    meta: { otherTables: [{ firstRow: 59, lastRow: 61, kind: "targets", header: ["№", "Наименование результата", "Показатели"] }] },
    issues: [
      { code: "number_section_conflict", severity: "warning", item: "1", sheet: "План", row: 10, column: "number", params: { number: "1", sectionRow: 8 } },
      { code: "continuation_suspected", severity: "warning", item: "2", sheet: "План", row: 11, column: "name", params: { text: "образования", previous: "1" } },
      { code: "some_future_code", severity: "info", row: 12 },
    ],
  });

  test("repeated headers and column-number rows are info, one per row; another table is one issue naming its kind; blank, title and signature rows are quiet", () => {
    const issues = validatePlan(plan).filter((i) => i.code === "row_dropped");
    expect(issues.map((i) => [i.row, i.severity, i.params?.reason])).toEqual([
      [30, "info", "повтор шапки таблицы"],
      [31, "info", "строка с номерами граф"],
      [59, "info", "другая таблица — целевые показатели (строки 59–61)"],
    ]);
  });

  test("structuring's issues are kept, codes no rule owns included", () => {
    const codes = validatePlan(plan).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["number_section_conflict", "continuation_suspected", "some_future_code"]));
  });

  test("structuring's issues obey the configuration like every rule", () => {
    const issues = validatePlan(plan, { rules: { number_section_conflict: { severity: "error" }, continuation_suspected: { enabled: false } } });
    expect(flattenIssues(issues.filter((i) => i.code !== "row_dropped"), ["row", "code", "severity"])).toEqual([
      [10, "number_section_conflict", "error"],
      [12, "some_future_code", "info"],
    ]);
  });
});

describe("item_uncertain", () => {
  const plan = makePlan([
    { notes: [{ code: "column_uncertain", text: "строка «до 1 марта» могла быть сроком пункта 2" }, { code: "possibly_incomplete", text: "пункт, возможно, обрезан" }] },
    { notes: [{ code: "grid_marks", text: "срок по отметкам в графике: II квартал" }] },
    {},
    { notes: [{ code: "merged_continuation", text: "продолжение прочитано в ячейке" }] },
  ]);

  test("one warning per item the reader doubted, at the item's row, every doubt in it; a schedule's marks are no doubt", () => {
    const issues = validatePlan(plan).filter((i) => i.code === "item_uncertain");
    expect(issues.map((i) => [i.item, i.row, i.severity, i.params?.note])).toEqual([
      ["1", 10, "warning", "строка «до 1 марта» могла быть сроком пункта 2; пункт, возможно, обрезан"],
      ["4", 13, "warning", "продолжение прочитано в ячейке"],
    ]);
  });

  test("its message names the doubt and asks to check the item against the source", () => {
    const [first] = validatePlan(plan).filter((i) => i.code === "item_uncertain");
    expect(formatIssue(first, "ru").message).toContain("Пункт прочитан с сомнением: строка «до 1 марта» могла быть сроком пункта 2; пункт, возможно, обрезан. Сверьте его с источником");
  });
});

describe("configuration", () => {
  const plan = makePlan([{ responsible: "", parties: [] }, { result: "Повышение качества" }]);

  test("defaults: each rule's catalogue severity", () => {
    expect(flattenIssues(validatePlan(plan), ["row", "code", "severity"])).toEqual([
      [10, "responsible_missing", "error"],
      [11, "result_not_measurable", "warning"],
    ]);
  });

  test("a rule switched off reports nothing; a severity can be changed", () => {
    const issues = validatePlan(plan, { rules: { responsible_missing: { enabled: false }, result_not_measurable: { severity: "info" } } });
    expect(flattenIssues(issues, ["row", "code", "severity"])).toEqual([[11, "result_not_measurable", "info"]]);
  });

  test("target_found is off by default and lists the targets when switched on", () => {
    const p = makePlan([{ result: "Достижение показателя аттестованных педагогов до 60% в каждом образовательном учреждении" }]);
    expect(validatePlan(p).filter((i) => i.code === "target_found")).toEqual([]);
    const on = validatePlan(p, { rules: { target_found: { enabled: true } } }).filter((i) => i.code === "target_found");
    expect(on.map((i) => [i.row, i.severity, i.params?.value, i.params?.unit, i.params?.scope])).toEqual([[10, "info", 60, "%", ", в каждом образовательном учреждении"]]);
  });
});
