import { spelledOutIndex } from "../../../src/core/plan/validate/text/spelledOut";
import { words } from "../../../src/core/text/normalize";

describe("spelledOutIndex", () => {
  const index = (texts: string[]) => spelledOutIndex(() => texts, words);

  test("an abbreviation is spelled out by the first letters of words in a row, function words left out or not", () => {
    const spelled = index(["Курсы для Институт развития образования в Омской области", "ежемесячно"]);
    expect(["ИРООО", "ИРОВОО", "КДИ"].map(spelled)).toEqual([true, true, true]);
    expect(["ИРО О", "ОИР", "ИРОЕ"].map(spelled)).toEqual([true, false, false]);
  });

  test("a function word with quotes or a soft hyphen inside is still a function word: «д«л»я» is «для»", () => {
    expect(index(["Программа д«л»я педагогов"])("ПП")).toBe(true);
    expect(index(["Программа д\u00ADля педагогов"])("ПП")).toBe(true);
  });
});
