import { brokenBetween, joinCellLines } from "../../../../src/core/plan/lines/brokenWords";

describe("a word broken at a narrow column's edge without a hyphen", () => {
  test.each([
    ["руководители общеобразователь", "ных организаций", true],
    ["МКУ «Информационн", "о-методический центр»", true],
    ["«Централизованна", "я бухгалтерия»", true],
    ["ежеквартал", "ьно", true],
    ["районны", "й", true],
    ["Примеч", "ание", true],
    // Rests the positioned reader's and the captions' catalogues knew and this reader did not (one catalogue now).
    ["источник финансирова", "ния", true],
    ["по согласов", "анию с отделом", true],
    ["наставничеств", "е", true],
    ["Комитет по муниципальны", "м имуществом;", true],
    ["уровень укомплектован", "ности не ниже 95%", true],
    ["МБУ «Информацион", "но-методический центр»", true],
    // The compound's second half wrapped onto a line of its own in its turn.
    ["МБУ «Информацион", "но-", true],
    // A rest that is a word too («но») where the two make a deadline's adverb (Calc's narrow deadline column).
    ["ежекварталь", "но", true],
    ["ежемесяч", "но, до 5 числа", true],
    // «по мере необходимости» in a narrow column: «и» is a word, but «необходимост» is none.
    ["по мере необходимост", "и", true],
    ["IV квартал", "а", true],
    ["выполнено", "но не в срок", false],
    // Lines that open with a word of their own.
    ["работать", "по-новому", false],
    ["осуществляется", "из-за отсутствия", false],
    ["специалистов", "в течение года", false],
    ["директора", "школ", false],
    ["до 25", "мая", false],
    ["Отдел", "образования", false],
    ["не", "требуется", false],
    // A piece that ends as an adjective already takes no adjective's ending: the ending is another column's piece.
    ["молодых", "ная", false],
    ["районного", "ая", false],
    ["Центральная", "ых", false],
  ])("«%s» / «%s»: %s", (line, next, broken) => {
    expect(brokenBetween(line, next)).toBe(broken);
  });

  test("a compound broken twice reads whole («Информацион» / «но-» / «методический»)", () => {
    expect(joinCellLines(["МБУ", "«Информацион", "но-", "методический", "центр»"]).text).toBe("МБУ «Информационно-методический центр»");
  });

  test("a cell's lines are joined with the broken word whole, and the word as printed is kept", () => {
    expect(joinCellLines(["руководители", "общеобразователь", "ных организаций,", "МКУ «Информационн", "о-методический центр»"])).toEqual({
      text: "руководители общеобразовательных организаций, МКУ «Информационно-методический центр»",
      glued: [
        { printed: "общеобразователь ных", read: "общеобразовательных" },
        { printed: "«Информационн о-методический", read: "«Информационно-методический" },
      ],
    });
  });
});
