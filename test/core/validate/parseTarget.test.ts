import { parseTarget } from "../../../src/core/plan/validate";

describe("parseTarget", () => {
  test("a share with a scope (seed 001, items 3.1 and 3.2)", () => {
    expect(parseTarget("Достижение показателя аттестованных педагогических работников на первую и высшую квалификационные категории до 60% в каждом образовательном учреждении")).toEqual({
      indicator: "аттестованных педагогических работников на первую и высшую квалификационные категории",
      value: 60,
      unit: "%",
      scope: "в каждом образовательном учреждении",
    });
    expect(parseTarget("до 60% в каждом учреждении")).toEqual({ indicator: "", value: 60, unit: "%", scope: "в каждом учреждении" });
  });

  test("a share first, then what it is of (seed 002)", () => {
    expect(parseTarget("Не менее 10 % учителей общеобразовательных организаций повысят профессиональные компетенции")).toEqual({
      indicator: "учителей общеобразовательных организаций повысят профессиональные компетенции",
      value: 10,
      unit: "%",
      scope: null,
    });
    expect(parseTarget("Не менее 34,5% работников пройдут обучение")?.value).toBe(34.5);
  });

  // Fewer than two words before the value: they lead the words after it («Проведение» + «… смены ежегодно»).
  test("a count with a comparator: people are «чел.», other things «ед.»", () => {
    expect(parseTarget("Не менее 50 педагогических и управленческих работников повысят компетенции")).toMatchObject({ value: 50, unit: "чел." });
    expect(parseTarget("Проведение не менее 1 муниципальной профильной смены ежегодно")).toMatchObject({ value: 1, unit: "ед.", indicator: "Проведение муниципальной профильной смены ежегодно" });
    expect(parseTarget("не менее 1 200 участников")).toMatchObject({ value: 1200, unit: "чел." });
  });

  test("no target: bare facts, years, no number", () => {
    expect(parseTarget("В 2023/2024 учебном году приняли участие 36 школьников")).toBeNull();
    expect(parseTarget("Реализация программы до 2024 года")).toBeNull();
    expect(parseTarget("Повышение качества образования")).toBeNull();
    expect(parseTarget("")).toBeNull();
  });

  test("a sentence glued on after the indicator is cut off", () => {
    expect(parseTarget("100% охват общеобразовательных организаций города Омска В 2022/2023 учебном году охват составил 205")).toEqual({
      indicator: "охват общеобразовательных организаций города Омска",
      value: 100,
      unit: "%",
      scope: null,
    });
  });
});
