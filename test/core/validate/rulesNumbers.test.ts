import { validatePlan } from "../../../src/core/plan/validate";
import { type ItemSpec, makePlan } from "./planBuilder";

function numbers(list: (string | null)[], sections?: (string | null)[], code?: string) {
  const specs: ItemSpec[] = list.map((number, i) => ({ number, section: sections?.[i] ?? null, name: `Мероприятие ${i}` }));
  const issues = validatePlan(makePlan(specs)).filter((i) => i.code.startsWith("number_"));
  return issues.filter((i) => !code || i.code === code).map((i) => [i.code, i.item, i.params?.expected ?? i.params?.previous ?? i.params?.firstRow ?? null]);
}

describe("numbering", () => {
  test("a clean multi-level numbering has no issues", () => {
    expect(numbers(["1.1", "1.2", "1.3", "1.2.1", "1.2.2", "2.1", "2.2", "3.1"])).toEqual([]);
  });

  test("number_gap: 1.1, 1.3 misses 1.2; a longer gap names the range", () => {
    expect(numbers(["1.1", "1.3", "1.7"])).toEqual([
      ["number_gap", "1.3", "1.2"],
      ["number_gap", "1.7", "1.4–1.6"],
    ]);
  });

  test("number_out_of_order: 2.4 then 2.2", () => {
    expect(numbers(["2.1", "2.4", "2.2", "2.3"], undefined, "number_out_of_order")).toEqual([["number_out_of_order", "2.2", "2.4"]]);
  });

  test("number_duplicate: the second 2.3 points at the first one's row; trailing dots do not make numbers differ", () => {
    expect(numbers(["2.1", "2.2", "2.3", "2.3."], undefined, "number_duplicate")).toEqual([["number_duplicate", "2.3.", 12]]);
  });

  test("number_missing: an item without a number, only when the table has a number column", () => {
    expect(numbers(["1", null, "2"])).toEqual([["number_missing", null, null]]);
    const plan = makePlan([{ number: null }, { number: null }], {
      columns: { number: null, name: "Наименование", responsible: "Исполнитель", deadline: "Срок", result: "Результат", extra: [] },
    });
    const codes = validatePlan(plan).map((i) => [i.code, i.column]);
    expect(codes).toContainEqual(["column_missing", "number"]);
    expect(codes.filter(([c]) => c === "number_missing")).toEqual([]);
  });

  test("one-level numbers that start again in each section are per-section lists, not duplicates", () => {
    expect(numbers(["1", "2", "3", "1", "2"], ["А", "А", "А", "Б", "Б"])).toEqual([]);
    expect(numbers(["1", "2", "2", "1", "3"], ["А", "А", "А", "Б", "Б"])).toEqual([
      ["number_duplicate", "2", 11],
      ["number_gap", "3", "2"],
    ]);
  });

  test("one-level numbers continuing across sections are one list", () => {
    expect(numbers(["1", "2", "3", "4", "6"], ["А", "А", "Б", "Б", "В"])).toEqual([["number_gap", "6", "5"]]);
  });

  test("Roman numerals are numbers: I, III misses II", () => {
    expect(numbers(["I", "III"])).toEqual([["number_gap", "III", "II"]]);
  });

  test("labels that are not numbers (1а) take no part in the order checks", () => {
    expect(numbers(["1", "1а", "2"])).toEqual([]);
  });
});

describe("numbering qualified by sections (I.1, II.2)", () => {
  const plan = (list: [string, string][]) =>
    makePlan(list.map(([section, number]) => ({ number, section }))).items.map((it, i) => ({ ...it, qualifiedNumber: `${list[i][0]}.${list[i][1]}` }));
  const issuesOf = (list: [string, string][]) =>
    validatePlan(makePlan([], { items: plan(list) })).filter((i) => i.code.startsWith("number_")).map((i) => [i.code, i.item, i.params?.number, i.params?.expected ?? i.params?.previous ?? null]);

  test("gaps and disorder are found within a section and named with it", () => {
    expect(issuesOf([["I", "1"], ["I", "2"], ["II", "1"], ["II", "3"], ["II", "2"]])).toEqual([
      ["number_gap", "3", "3 раздела II", "2 раздела II"],
      ["number_out_of_order", "2", "2 раздела II", "3 раздела II"],
    ]);
  });

  test("the same printed number in two sections is no duplicate; twice in one section is", () => {
    expect(issuesOf([["I", "1"], ["I", "2"], ["II", "1"], ["II", "2"]])).toEqual([]);
    expect(issuesOf([["1", "1"], ["1", "1"]])).toEqual([["number_duplicate", "1", "1 раздела 1", null]]);
  });
});
