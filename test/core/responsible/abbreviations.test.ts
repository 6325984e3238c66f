import { findAbbreviationDefinitions, findAbbreviations } from "../../../src/core/plan/responsible";
import { SEEDS, seedText } from "../../helpers/seeds";

describe("findAbbreviationDefinitions", () => {
  test("seed 003 defines its abbreviations inline", () => {
    const defined = new Map<string, string>();
    for (const line of seedText(SEEDS.ministry).split("\n")) for (const [k, v] of findAbbreviationDefinitions(line)) if (!defined.has(k)) defined.set(k, v);
    expect(defined.get("Минобр")).toBe("Министерство образования Омской области");
    expect(defined.get("ИРООО")).toBe(
      "Бюджетное образовательное учреждение Омской области дополнительного профессионального образования «Институт развития образования Омской области»",
    );
    expect(defined.get("МОУО")).toBe("Органы местного самоуправления, осуществляющие управление в сфере образования");
    expect(defined.get("ДПП ПК")).toMatch(/дополнительных профессиональных программ повышения квалификации$/);
    expect(defined.get("ОО")).toMatch(/в образовательных организациях$/);
    expect(defined.get("План")).toMatch(/^Утвердить прилагаемый План реализации Стратегии/);
    expect([...defined.keys()].sort()).toEqual(["ДПП ПК", "ИРООО", "МОУО", "Минобр", "ОО", "План"].sort());
  });

  test.each([
    ["Министерство образования Омской области (далее - Минобр)", "Минобр", "Министерство образования Омской области"],
    ["Институт (далее — ИРО)", "ИРО", "Институт"],
    ["дополнительные программы (далее – «ДПП»)", "ДПП", "дополнительные программы"],
    ["Первое. Центр развития г. Омска (далее по тексту – ЦР)", "ЦР", "Центр развития г. Омска"],
    ["МБОУ «СОШ № 1»; Центр непрерывного повышения (далее: ЦНППМ)", "ЦНППМ", "Центр непрерывного повышения"],
  ])("%s", (text, abbreviation, full) => {
    expect(Object.fromEntries(findAbbreviationDefinitions(text))).toEqual({ [abbreviation]: full });
  });

  test("two definitions in one text: the second starts after the first", () => {
    const text = "Министерство образования (далее – Минобр) и Институт развития образования (далее – ИРО)";
    expect(Object.fromEntries(findAbbreviationDefinitions(text))).toEqual({ Минобр: "Министерство образования", ИРО: "Институт развития образования" });
  });

  test("no definition, no entries", () => {
    expect(findAbbreviationDefinitions("Министерство образования (по согласованию)").size).toBe(0);
  });
});

describe("findAbbreviations", () => {
  test.each([
    ["БОУ ДО г. Омска «ЦТриГО «Перспектива»", ["БОУ", "ДО", "ЦТриГО"]],
    ["Руководитель ЦНППМ ГАУ ДПО ИРО", ["ЦНППМ", "ГАУ", "ДПО", "ИРО"]],
    ["НШ-ДС № 11", ["НШ", "ДС"]],
    ["Минобр, ИРООО", ["ИРООО"]],
    ["Ланкина Н.Н., Шилова Ю.А.", []],
    ["Проведение XV городской конференции", []],
    ["МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОМСКОЙ ОБЛАСТИ", []],
    ["МОУО (по согласованию)", ["МОУО"]],
  ])("%s", (text, expected) => {
    expect(findAbbreviations(text)).toEqual(expected);
  });
});
