import { fill, pluralForm } from "../../src/i18n";

const RU = ["пункт", "пункта", "пунктов"];
const EN = ["item", "items"];

describe("plural forms", () => {
  test("Russian one/few/many by Intl.PluralRules", () => {
    const counts = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111];
    expect(counts.map((n) => `${n} ${pluralForm(n, "ru", RU)}`)).toEqual([
      "0 пунктов",
      "1 пункт",
      "2 пункта",
      "5 пунктов",
      "11 пунктов",
      "21 пункт",
      "22 пункта",
      "25 пунктов",
      "101 пункт",
      "111 пунктов",
    ]);
  });

  test("a Russian fraction takes the few form (2,5 пункта); English one/other", () => {
    expect(pluralForm(2.5, "ru", RU)).toBe("пункта");
    expect([0, 1, 2, 5, 11, 21, 22, 25, 101, 111].map((n) => pluralForm(n, "en", EN))).toEqual([
      "items",
      "item",
      "items",
      "items",
      "items",
      "items",
      "items",
      "items",
      "items",
      "items",
    ]);
  });

  test("the pseudo-locale declines as Russian", () => {
    expect(pluralForm(22, "qps", RU)).toBe("пункта");
  });

  test("{count:forms} in a message agrees with the number, which is formatted by the locale", () => {
    const ru = "найдено {count} {count:ошибка|ошибки|ошибок}";
    expect([1, 3, 5, 21, 1234].map((count) => fill(ru, { count }, "ru"))).toEqual([
      "найдено 1 ошибка",
      "найдено 3 ошибки",
      "найдено 5 ошибок",
      "найдено 21 ошибка",
      "найдено 1\u00a0234 ошибки",
    ]);
    expect(fill("{count} {count:error|errors} found", { count: 1 }, "en")).toBe("1 error found");
    expect(fill("{count} {count:error|errors} found", { count: 1234 }, "en")).toBe("1,234 errors found");
  });

  test("a count given as text agrees too; a missing one stays visible", () => {
    expect(fill("{n} {n:строка|строки|строк}", { n: "4" }, "ru")).toBe("4 строки");
    expect(fill("{n} {n:строка|строки|строк}", {}, "ru")).toBe("{n} {n:строка|строки|строк}");
  });
});
