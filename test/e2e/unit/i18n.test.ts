import { catalogues, localeFromDisplayLanguage, msg, renderMessage, translator } from "../../../src/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n catalogues", () => {
  const { ru, en } = catalogues();

  test("every message has the same placeholders in Russian and English, and no empty text", () => {
    for (const id of Object.keys(ru) as (keyof typeof ru)[]) {
      expect([id, placeholders(en[id])]).toEqual([id, placeholders(ru[id])]);
      expect(ru[id].trim()).not.toBe("");
      expect(en[id].trim()).not.toBe("");
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  test("t fills parameters, numbers in the reader's convention", () => {
    expect(translator("ru")("op.sheets", { done: 2, total: 3, sheet: "Сентябрь" })).toBe("Лист 2 из 3: «Сентябрь»");
    expect(translator("ru")("vacancies.total", { period: "2025-09", orgs: 1, vacancies: 2, rates: 2.5, hours: 1234 })).toBe(
      "2025-09: организаций 1, вакансий 2, ставок 2,5, часов 1\u00a0234",
    );
    expect(translator("en")("vacancies.total", { period: "2025-09", orgs: 1, vacancies: 2, rates: 2.5, hours: 1234 })).toBe(
      "2025-09: organisations 1, vacancies 2, rates 2.5, hours 1,234",
    );
    expect(renderMessage("en", msg("error.empty", { sheet: "S" }))).toBe(en["error.empty"].replace("{sheet}", "S"));
  });

  test("Office's display language picks Russian for ru-*, English for the rest", () => {
    expect(localeFromDisplayLanguage("ru-RU")).toBe("ru");
    expect(localeFromDisplayLanguage("RU")).toBe("ru");
    expect(localeFromDisplayLanguage("en-US")).toBe("en");
    expect(localeFromDisplayLanguage("uk-UA")).toBe("en");
    expect(localeFromDisplayLanguage("rus")).toBe("en");
  });
});
