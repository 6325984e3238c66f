import { flattenIssues } from "../../../src/core/issues/formatIssue";
import type { Issue } from "../../../src/core/issues/issue";
import { type RuleConfig, validatePlan } from "../../../src/core/plan/validate";
import { makePlan } from "./planBuilder";

/** Issues of one code, as [row, column, code] tuples; the rest of each issue is checked where it matters. */
function found(plan: ReturnType<typeof makePlan>, code: string, config: RuleConfig = {}): Issue[] {
  return validatePlan(plan, config).filter((i) => i.code === code);
}

describe("column_missing / result_missing", () => {
  test("a plan without a result column gets one column_missing, not one result_missing per item", () => {
    const plan = makePlan([{ result: "" }, { result: "" }, { result: "" }], {
      columns: { number: "№", name: "Наименование", responsible: "Исполнитель", deadline: "Срок", result: null, extra: [] },
    });
    expect(flattenIssues(found(plan, "column_missing"))).toEqual([[null, "result", "column_missing"]]);
    expect(found(plan, "result_missing")).toEqual([]);
  });

  test("a plan with all columns has no column_missing; an empty result cell is result_missing at its row", () => {
    const plan = makePlan([{ result: "Приказ" }, { result: "  " }]);
    expect(found(plan, "column_missing")).toEqual([]);
    expect(flattenIssues(found(plan, "result_missing"), ["row", "item", "column"])).toEqual([[11, "2", "result"]]);
  });

  test("a result given on the sub-event rows counts as the item's result", () => {
    const sub = { text: "Семинар", deadline: { text: "14.04.2022", kind: "date" as const, start: "2022-04-14", end: "2022-04-14", every: null }, result: "Презентована программа", rows: [12] };
    expect(found(makePlan([{ result: "", subEvents: [sub] }]), "result_missing")).toEqual([]);
  });
});

describe("responsible_missing / responsible_no_position", () => {
  test("an empty responsible cell is an error", () => {
    const plan = makePlan([{ responsible: "", parties: [] }, {}]);
    const issues = found(plan, "responsible_missing");
    expect(flattenIssues(issues, ["row", "severity"])).toEqual([[10, "error"]]);
  });

  test("no issue when the column itself is missing (column_missing says it once)", () => {
    const plan = makePlan([{ responsible: "", parties: [] }], {
      columns: { number: "№", name: "Наименование", responsible: null, deadline: "Срок", result: "Результат", extra: [] },
    });
    expect(found(plan, "responsible_missing")).toEqual([]);
    expect(flattenIssues(found(plan, "column_missing"))).toEqual([[null, "responsible", "column_missing"]]);
  });

  test("a bare person name is a warning naming the person; a name with a position or an organisation is not", () => {
    const plan = makePlan([
      { parties: [{ text: "Ланкина Н.Н.", person: "Ланкина Н.Н." }] },
      { parties: [{ text: "Ланкина Н.Н., методист", person: "Ланкина Н.Н.", position: "методист" }] },
      { parties: [{ text: "Наумова Т.А. (МБОУ «СОШ № 1»)", person: "Наумова Т.А.", org: "МБОУ «СОШ № 1»" }] },
      { parties: [{ text: "Руководители ГМО", position: "руководители ГМО" }] },
      { parties: [{ text: "Горошко О.О.", person: "Горошко О.О." }, { text: "руководители ГМО", position: "руководители ГМО" }] },
    ]);
    const issues = found(plan, "responsible_no_position");
    expect(issues.map((i) => [i.row, i.severity, i.params?.names])).toEqual([
      [10, "warning", "Ланкина Н.Н."],
      [14, "warning", "Горошко О.О."],
    ]);
  });
});

describe("deadline rules", () => {
  test("deadline_missing: an empty deadline with no dated sub-events", () => {
    const sub = { text: "Семинар", deadline: { text: "14.04.2022", kind: "date" as const, start: "2022-04-14", end: "2022-04-14", every: null }, rows: [12] };
    const plan = makePlan([
      { deadline: { text: "", kind: "unparsed", start: null, end: null } },
      { deadline: { text: "", kind: "unparsed", start: null, end: null }, subEvents: [sub] },
      {},
    ]);
    expect(flattenIssues(found(plan, "deadline_missing"), ["row", "severity"])).toEqual([[10, "error"]]);
    expect(found(plan, "deadline_unparsed")).toEqual([]);
  });

  test("deadline_unparsed carries the text; recognised deadlines are quiet", () => {
    const plan = makePlan([{ deadline: { text: "после каникул", kind: "unparsed", start: null, end: null } }, { deadline: { text: "Ежегодно", kind: "recurring", every: "year" } }]);
    const issues = found(plan, "deadline_unparsed");
    expect(issues.map((i) => [i.row, i.params?.text])).toEqual([[10, "после каникул"]]);
  });

  test("deadline_outside_period: a 2025 date in a 2022 plan; dates inside and plans without a period are quiet", () => {
    const items = [
      { deadline: { text: "15.03.2025", kind: "date" as const, start: "2025-03-15", end: "2025-03-15" } },
      { deadline: { text: "15.03.2022", kind: "date" as const, start: "2022-03-15", end: "2022-03-15" } },
      { deadline: { text: "до 20 декабря 2021 года", kind: "date" as const, start: null, end: "2021-12-20" } },
    ];
    const issues = found(makePlan(items), "deadline_outside_period");
    expect(issues.map((i) => [i.row, i.params?.period])).toEqual([
      [10, "01.01.2022–31.12.2022"],
      [12, "01.01.2022–31.12.2022"],
    ]);
    expect(found(makePlan(items, { period: null }), "deadline_outside_period")).toEqual([]);
  });

  test("deadline_vague: «в течение года» for a single document or event, not for a series or a dated one", () => {
    const ongoing = { text: "В течение года", kind: "ongoing" as const, start: "2022-01-01", end: "2022-12-31" };
    const plan = makePlan([
      { name: "Разработка положения о конкурсе", result: "Положение о конкурсе", deadline: ongoing },
      { name: "Проведение городской конференции молодых педагогов", result: "Не менее 50 участников", deadline: ongoing },
      { name: "Работа методических объединений", result: "Протоколы заседаний", deadline: ongoing },
      { name: "Проведение семинаров для учителей", result: "Не менее 3 семинаров", deadline: ongoing },
      { name: "Проведение городской конференции", result: "Отчёт", deadline: { text: "Март 2022 года" } },
    ]);
    const issues = found(plan, "deadline_vague");
    expect(issues.map((i) => [i.row, i.severity, i.params?.output])).toEqual([
      [10, "info", "положение"],
      [11, "info", "конференции"],
    ]);
  });

  test("deadline_range_reversed: an end before the start as read", () => {
    const plan = makePlan([
      { deadline: { text: "май 2022 года", kind: "period", start: "2022-05-20", end: "2022-05-10" } },
      { deadline: { text: "май 2022 года", kind: "period", start: "2022-05-10", end: "2022-05-20" } },
    ]);
    const issues = found(plan, "deadline_range_reversed");
    expect(issues.map((i) => [i.row, i.severity, i.params?.start, i.params?.end])).toEqual([[10, "error", "20.05.2022", "10.05.2022"]]);
  });

  test("deadline_range_reversed: «с … по …» whose ends are swapped is reported even when the parser gave up on it", () => {
    const plan = makePlan([
      { deadline: { text: "с 20.05.2022 по 10.05.2022", kind: "unparsed", start: null, end: null } },
      { deadline: { text: "с 10.05.2022 по 20.05.2022", kind: "period", start: "2022-05-10", end: "2022-05-20" } },
    ]);
    expect(flattenIssues(found(plan, "deadline_range_reversed"), ["row"])).toEqual([[10]]);
  });
});

describe("result rules", () => {
  test("result_not_measurable: «повышение качества» is; numbers, shares, documents and done facts are not", () => {
    const results = [
      "Повышение качества образования",
      "Не менее 10 % учителей повысят квалификацию",
      "Приказ об утверждении состава жюри",
      "Проведен муниципальный форум «Горячие сердца»",
      "Осуществление общественно-профессиональной экспертизы конкурсов",
      "Организована деятельность 33 городских методических объединений",
    ];
    const issues = found(makePlan(results.map((result) => ({ result }))), "result_not_measurable");
    expect(flattenIssues(issues, ["row", "severity"])).toEqual([
      [10, "warning"],
      [14, "warning"],
    ]);
  });

  // Seed 001 item 2.1: the result repeats the name word for word in another grammatical form.
  const name21 = "Проведение информационной кампании среди педагогических работников о системе поддержки и сопровождения педагогических работников в возрасте до 35 лет в первые пять лет работы";
  const result21 = "Проведена информационная кампания среди педагогических работников о системе поддержки и сопровождения педагогических работников в возрасте до 35 лет в первые пять лет работы";
  // Seed 001 item 1.3: the result adds a purpose. Content stems of the result (by hand, 5 letters): прове монит трудо
  // молод педаг образ орган опред колич город омска → 11, of which 7 are in the name: 7/11 = 0.64.
  const name13 = "Проведение мониторинга трудоустройства молодых педагогов образовательных организаций";
  const result13 = "Проведен мониторинг трудоустройства молодых педагогов образовательных организаций для определения количества трудоустроившихся в образовательные организации города Омска педагогов";

  test("result_restates_name: a result that repeats its name; a result adding a purpose stays under the default 0.85", () => {
    const plan = makePlan([
      { name: name21, result: result21 },
      { name: name13, result: result13 },
    ]);
    const issues = found(plan, "result_restates_name");
    expect(issues.map((i) => [i.row, i.params?.share])).toEqual([[10, 100]]);
  });

  test("result_restates_name: the threshold is configurable (0.6 catches 0.64, 1 only exact restatements)", () => {
    const plan = makePlan([{ name: name13, result: result13 }]);
    expect(found(plan, "result_restates_name", { rules: { result_restates_name: { threshold: 0.6 } } }).map((i) => i.params?.share)).toEqual([64]);
    expect(found(plan, "result_restates_name", { rules: { result_restates_name: { threshold: 0.65 } } })).toEqual([]);
  });
});

describe("item_duplicate", () => {
  test("the same name and deadline twice, ignoring case, spaces and quotes; the later one is reported", () => {
    const plan = makePlan([
      { number: "1", name: "Проведение семинара «Наставничество»", deadline: { text: "Март 2022 года" } },
      { number: "2", name: "Проведение семинара «Наставничество»", deadline: { text: "Апрель 2022 года" } },
      { number: "3", name: "проведение  семинара Наставничество", deadline: { text: "март 2022 года" } },
    ]);
    const issues = found(plan, "item_duplicate");
    expect(issues.map((i) => [i.item, i.params?.first, i.params?.firstRow])).toEqual([["3", "1", 10]]);
  });
});
