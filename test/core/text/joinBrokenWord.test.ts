import { glueBrokenWords, joinsBrokenWord } from "../../../src/core/text/joinBrokenWord";
import { restStrength } from "../../../src/core/text/restOfWord";

describe("restStrength: how sure a rest's shape alone makes a join", () => {
  test.each([
    ["ых организаций", "ending"],
    ["я бухгалтерия»", "ending"],
    ["м имуществом;", "ending"],
    ["ов", "ending"],
    ["о-методический центр»", "ending"],
    ["но-методический центр»", "ending"],
    ["ьных организаций", "noWord"],
    ["ного бюджета", "noWord"],
    ["ния", "noWord"],
    ["анию с", "noWord"],
    ["ности не ниже", "noWord"],
    ["нии", "noWord"],
    ["анная", "noWord"],
    ["ельных организаций", "noWord"],
    ["ических работников", "noWord"],
    ["к", "short"],
    ["и формы", "short"],
    ["по-новому", "short"],
    ["из-за", "short"],
    ["её", "short"],
  ])("«%s»: %s", (text, strength) => {
    expect(restStrength(text)).toBe(strength);
  });

  test.each(["его заявителю", "ним", "ноября", "требуется", "вне плана", "образования", "аннотация", "ельник"])("«%s» may open any line", (text) => {
    expect(restStrength(text)).toBeNull();
  });
});

describe("joinsBrokenWord: one rule for every reader, each passing what it knows", () => {
  test("with no edge to measure, only a rest that is no word alone joins", () => {
    expect(joinsBrokenWord("финансирова", "ния")).toBe(true);
    expect(joinsBrokenWord("наставничеств", "е")).toBe(true);
    expect(joinsBrokenWord("Источни", "к")).toBe(false);
    expect(joinsBrokenWord("работать", "по-новому")).toBe(false);
  });

  test("a piece of fewer than three letters is a word of its own («не» / «требуется», «I» / «кв.»)", () => {
    expect(joinsBrokenWord("не", "требуется", { shortOfEdge: 0 })).toBe(false);
    expect(joinsBrokenWord("I", "кв.", { shortOfEdge: 0 })).toBe(false);
    expect(joinsBrokenWord("в", "ых", {})).toBe(false);
  });

  test("the column's edge: an ending alone may finish a piece 2.5 letters short of it, any other rest less than one", () => {
    expect(joinsBrokenWord("общеобразовательн", "ых", { shortOfEdge: 2 })).toBe(true);
    expect(joinsBrokenWord("общеобразователь", "ных", { shortOfEdge: 2 })).toBe(false);
    expect(joinsBrokenWord("общеобразователь", "ных", { shortOfEdge: 0.8 })).toBe(true);
    expect(joinsBrokenWord("Централизованн", "ая", { shortOfEdge: 3 })).toBe(false);
  });

  test("a rest that may be any word never joins: a whole word fills its line as a piece does", () => {
    expect(joinsBrokenWord("министерства", "образования", { shortOfEdge: 0 })).toBe(false);
    expect(joinsBrokenWord("Централизов", "анная", { shortOfEdge: 0.5 })).toBe(true);
  });

  test("a rest of a letter or two that may be a word joins a piece ending as no whole word does, where the joined word ends as words end", () => {
    expect(joinsBrokenWord("выполнени", "и", { shortOfEdge: 0, joinedEndsWhole: true })).toBe(true);
    expect(joinsBrokenWord("представлены", "на", { shortOfEdge: 0, joinedEndsWhole: false })).toBe(false);
    expect(joinsBrokenWord("аттестационная", "комиссия", { shortOfEdge: 0.5, pieceEndsWhole: true })).toBe(false);
    expect(joinsBrokenWord("организовать", "по-новому", { shortOfEdge: 2, pieceEndsWhole: true })).toBe(false);
    expect(joinsBrokenWord("Источни", "к", { joinedEndsWhole: true })).toBe(true);
    expect(joinsBrokenWord("Срок", "исполнения", { joinedEndsWhole: true })).toBe(false);
  });

  test("«а» alone as the cell's last word finishes the piece's word, though the piece is a word too; «и» may end a page's piece", () => {
    expect(joinsBrokenWord("информатик", "а", { shortOfEdge: 0, pieceEndsWhole: true, restEndsText: true })).toBe(true);
    expect(joinsBrokenWord("информатик", "а", { shortOfEdge: 0, pieceEndsWhole: true })).toBe(false);
    expect(joinsBrokenWord("информатик", "а", { shortOfEdge: 3, pieceEndsWhole: true, restEndsText: true })).toBe(false);
    expect(joinsBrokenWord("отчёта", "и", { shortOfEdge: 0, pieceEndsWhole: true, restEndsText: true })).toBe(false);
  });

  test("in text whose columns interleave, an adjective's ending after a piece that already has one is another column's", () => {
    expect(joinsBrokenWord("молодых", "ная", { interleaved: true })).toBe(false);
    expect(joinsBrokenWord("молодых", "ная")).toBe(true);
  });
});

describe("glueBrokenWords", () => {
  test("joins a word broken over three lines and lists each join as printed and as read", () => {
    const lines = ["без", "финансир", "ован", "ия бюджета"];
    const rests = new Set([2, 3]);
    expect(glueBrokenWords(lines, (i) => rests.has(i))).toEqual({
      parts: ["без", "финансирования бюджета"],
      glued: [
        { printed: "финансир ован", read: "финансирован" },
        { printed: "финансирован ия", read: "финансирования" },
      ],
    });
  });
});
