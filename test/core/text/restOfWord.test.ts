import { opensWithNoWord } from "../../../src/core/text/restOfWord";

describe("opensWithNoWord: a line that can only go on with the word broken before it", () => {
  test.each(["ания", "вания", "рования", "ьно, до 10 числа", "ного бюджета", "ьных организаций", "ния кадров", "ции", "ства", "ности", "тельных", "ых организаций", "х организаций", "т"])("«%s» opens with no word", (text) => {
    expect(opensWithNoWord(text)).toBe(true);
  });

  test.each(["не менее", "ним", "ни", "его заявителю", "и", "на", "по плану", "ноября", "стационарный", "нов", "сквер", "вне плана", "вниманием", "в школах", "с 1 сентября", "к", "г. Листвянск", "п. 3", "т.е."])("«%s» opens with a word", (text) => {
    expect(opensWithNoWord(text)).toBe(false);
  });
});
