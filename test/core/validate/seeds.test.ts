import type { Issue } from "../../../src/core/issues/issue";
import { parseTarget, validatePlan } from "../../../src/core/plan/validate";
import { itemByNumber, SEEDS, seedPlan } from "../../helpers/seeds";

/** Expectations below were read off the seed documents by hand (test/fixtures/seeds). */
const of = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

describe("seed 002 (Зима, 2022)", () => {
  const plan = seedPlan(SEEDS.zima);
  const issues = validatePlan(plan);

  test("spelling variants: Ланикна Н.Н. in 6.3 and Добросельская Л.Л. in 7.4, with the spelling meant", () => {
    const variants = of(issues, "responsible_variant").map((i) => [i.item, i.params?.variant, i.suggestion]);
    expect(variants).toEqual([
      ["6.3", "Ланикна Н.Н.", "Ланкина Н.Н."],
      ["7.4", "Добросельская Л.Л.", "Добросельская Л.В."],
    ]);
    const row = of(issues, "responsible_variant")[0].row;
    expect(itemByNumber(plan, "6.3").source.rows).toContain(row);
  });

  test("bare names without positions are reported (the reviewer asked for positions); a position alone is not", () => {
    const flagged = new Set(of(issues, "responsible_no_position").map((i) => i.item));
    // Items whose responsible cell is one bare «Фамилия И.О.».
    for (const n of ["1.2", "3.1", "3.2", "4.1", "5.4", "6.1", "6.2", "6.4", "6.5", "6.6", "7.2", "7.3", "7.8", "8.4", "8.5"]) expect(flagged).toContain(n);
    // «Руководители ГМО»: a position, no person.
    expect(flagged).not.toContain("2.2");
    expect(of(issues, "responsible_no_position").find((i) => i.item === "6.3")?.params?.names).toBe("Ланикна Н.Н.");
  });

  test("no deadline lies outside 2022 and every item has a responsible", () => {
    expect(plan.period).toEqual({ start: "2022-01-01", end: "2022-12-31" });
    expect(of(issues, "deadline_outside_period")).toEqual([]);
    expect(of(issues, "responsible_missing")).toEqual([]);
  });

  test("repeated page headers and column-number rows are listed, the prose around the table is not", () => {
    const reasons = new Set(of(issues, "row_dropped").map((i) => i.params?.reason));
    expect(reasons).toContain("повтор шапки таблицы");
    expect(reasons).toContain("строка с номерами граф");
    expect(of(issues, "row_dropped").length).toBeLessThan(40);
  });
});

describe("seed 001 (Омск, дорожная карта)", () => {
  const plan = seedPlan(SEEDS.omsk);
  const issues = validatePlan(plan);

  // ЦТриГО in 4.2, 4.6, 4.16 (3 items); ЦТРИГО in 4.7, 4.8, 4.10, 4.12–4.15 (7 items).
  test("ЦТриГО is a variant of ЦТРИГО, which more items use", () => {
    const variants = of(issues, "responsible_variant");
    expect(variants.map((i) => i.item)).toEqual(["4.2", "4.6", "4.16"]);
    for (const v of variants) {
      expect(v.params?.variant).toContain("ЦТриГО");
      expect(v.suggestion).toContain("ЦТРИГО");
    }
  });

  test("section 1.2 and item 1.2 share a number", () => {
    expect(of(issues, "number_section_conflict").map((i) => i.item)).toEqual(["1.2"]);
  });

  // Shares of the result's stems found in the name, by hand: 1.2.1 and 2.1 — 100%, 1.2.3 — 12/13 (only «проведены» is
  // new), 1.2.2 — 9/11 = 82% («Увеличение количества» states a change), 2.2 — 9/13, 1.4 — 4/10.
  test("results that repeat their names: 1.2.1, 1.2.3 and 2.1 (1.2.2, 1.4 and 2.2 add something)", () => {
    expect(of(issues, "result_restates_name").map((i) => i.item)).toEqual(["1.2.1", "1.2.3", "2.1"]);
  });

  test("the 60% target of 3.1 and 3.2 is read with its scope", () => {
    for (const n of ["3.1", "3.2"]) {
      expect(parseTarget(itemByNumber(plan, n).result)).toMatchObject({ value: 60, unit: "%", scope: "в каждом образовательном учреждении" });
    }
  });

  test("РУМО is defined inline «(далее – РУМО)» in 4.5 and is not reported", () => {
    expect(of(issues, "abbreviation_undefined").map((i) => i.params?.abbreviation)).not.toContain("РУМО");
  });
});

describe("seed 003 (Министерство, 2018–2020)", () => {
  const plan = seedPlan(SEEDS.ministry);
  const issues = validatePlan(plan);

  test("no result column: one column_missing, no result_missing per item", () => {
    expect(of(issues, "column_missing").map((i) => i.column)).toEqual(["result"]);
    expect(of(issues, "result_missing")).toEqual([]);
  });

  test("Минобр, ИРООО and МОУО are defined inline and not reported", () => {
    const reported = of(issues, "abbreviation_undefined").map((i) => i.params?.abbreviation);
    for (const a of ["Минобр", "ИРООО", "МОУО"]) expect(reported).not.toContain(a);
  });

  test("numbering 1–27 is clean", () => {
    expect(issues.filter((i) => i.code.startsWith("number_"))).toEqual([]);
  });
});
