import { type CellLine, columnRightEdge, columnWidth, continuesBrokenWord, joinCellLines, lineRightEdge } from "../../../../src/core/table/positioned/joinCellLines";

/** Lines of a 5-point-per-letter font in a column from x = 100 whose text reaches x = 180 (16 letters). */
const CHAR = 5;
const LEFT = 100;
const RIGHT = 180;
const at = (text: string, x0 = LEFT): CellLine => ({ text, x0, x1: x0 + [...text].length * CHAR, words: text.split(" ").length });

describe("continuesBrokenWord: the printer's rule for a word broken at the column's edge without a hyphen", () => {
  test("a piece alone on a full line, the next line in lowercase at the same left edge: one word", () => {
    expect(continuesBrokenWord(at("«Централизованна"), at("я бухгалтерия»"), RIGHT)).toBe(true);
    expect(joinCellLines([at("МКУ"), at("«Централизованна"), at("я бухгалтерия»")], RIGHT)).toBe("МКУ «Централизованная бухгалтерия»");
  });

  test("a hyphenated word's first part broken at the edge joins back: the part after the hyphen is a word of its own", () => {
    // «Информационн» + «о» is 14 letters; counting «о-методический» whole would make a word longer than Russian words.
    const piece = at("«Информационн", RIGHT - 13 * CHAR);
    const next = at("о-методический центр»", RIGHT - 13 * CHAR);
    expect(joinCellLines([piece, next], RIGHT)).toBe("«Информационно-методический центр»");
  });

  test("a rest alone on its line much wider than the piece is a word of its own: the piece's line had room for more", () => {
    // A caption's two words centred in their cell («Источник» / «финансирования»): the wider word sets the cell's edge.
    const piece = at("Источник", 115);
    const rest = at("финансирования", 100);
    expect(continuesBrokenWord(piece, rest, rest.x1)).toBe(false);
    expect(continuesBrokenWord(at("выполнени", 120), at("я", 140), 165)).toBe(true);
  });

  test("a piece less than a letter short of the edge is full; more than a letter short, it is a word that ended", () => {
    const short = (by: number): CellLine => ({ ...at("общеобразователь"), x0: LEFT - by, x1: RIGHT - by });
    expect(continuesBrokenWord(short(0.8 * CHAR), at("ных"), RIGHT)).toBe(true);
    expect(continuesBrokenWord(short(1.5 * CHAR), at("ных"), RIGHT)).toBe(false);
    expect(joinCellLines([at("Руководители"), at("образовательных")], RIGHT)).toBe("Руководители образовательных");
  });

  test("a piece broken before a wide letter («ы») may end further from the edge than a letter of its own width", () => {
    const short = (by: number): CellLine => ({ ...at("образовательн"), x0: RIGHT - 13 * CHAR - by, x1: RIGHT - by });
    expect(continuesBrokenWord(short(1.2 * CHAR), at("ых организаций"), RIGHT)).toBe(true);
    expect(continuesBrokenWord(short(1.2 * CHAR), at("ным округа"), RIGHT)).toBe(false);
    expect(continuesBrokenWord(short(1.7 * CHAR), at("ных организаций"), RIGHT)).toBe(false);
  });

  test("a rest that is no word by itself («ых», «ого») finishes the piece though it ends a letter or two short of the edge", () => {
    // Layout text: pdftotext shifts rows a character or two, so the column's reach overstates this row's edge.
    const short = (by: number): CellLine => ({ ...at("общеобразовательн"), x0: RIGHT - 17 * CHAR - by, x1: RIGHT - by });
    expect(continuesBrokenWord(short(2 * CHAR), at("ых организаций"), RIGHT)).toBe(true);
    expect(continuesBrokenWord(short(2 * CHAR), at("ого округа"), RIGHT)).toBe(true);
    expect(continuesBrokenWord(short(2 * CHAR), at("ных организаций"), RIGHT)).toBe(false);
    // Far short of the edge a piece ended where its words did: no rest at all.
    expect(continuesBrokenWord(short(6 * CHAR), at("ых организаций"), RIGHT)).toBe(false);
  });

  test("a one-letter rest «м» and a rest of two letters before a hyphen are no words alone: they finish a piece short of the edge", () => {
    // The column's reach is another row's longer line, two letters past these pieces.
    const edge = (piece: string) => LEFT + ([...piece].length + 2) * CHAR;
    expect(joinCellLines([at("Комитет по"), at("муниципальны"), at("м имуществом;")], edge("муниципальны"))).toBe("Комитет по муниципальным имуществом;");
    expect(joinCellLines([at("МБУ"), at("«Информацион"), at("но-методический центр»")], edge("«Информацион"))).toBe("МБУ «Информационно-методический центр»");
    // «но» alone is a word: a line that opens with it goes on after a space.
    expect(joinCellLines([at("заседания"), at("но не реже")], edge("заседания"))).toBe("заседания но не реже");
    // Far short of the edge a piece ended where its words did.
    expect(continuesBrokenWord(at("муниципальны"), at("м имуществом"), LEFT + 18 * CHAR)).toBe(false);
  });

  test("a rest cut after its hyphen reads on with the compound's other half («Информацион» / «но-» / «методический»)", () => {
    // The column's reach is another row's longer line, two letters past the piece (priozerny's layout text, page 1).
    const edge = (piece: string) => LEFT + ([...piece].length + 2) * CHAR;
    expect(joinCellLines([at("МБУ"), at("«Информацион"), at("но-"), at("методический"), at("центр»")], edge("«Информацион"))).toBe("МБУ «Информационно-методический центр»");
    // «по-новому» is a word: a line that opens with it goes on after a space.
    expect(joinCellLines([at("работать"), at("по-"), at("новому")], edge("работать"))).toBe("работать по-новому");
  });

  test("a rest that is no word alone finishes a piece ending as whole words end («необходим» / «ости»), an ending alone («я») a piece short of the edge", () => {
    expect(joinCellLines([at("при"), at("необходим"), at("ости")], LEFT + 9 * CHAR)).toBe("при необходимости");
    const short = (by: number): CellLine => ({ ...at("«Централизованна"), x0: RIGHT - 16 * CHAR - by, x1: RIGHT - by });
    expect(continuesBrokenWord(short(2 * CHAR), at("я бухгалтерия»"), RIGHT)).toBe(true);
  });

  test("a word that takes a hyphen after it («по-новому») is no rest, and a piece of fewer than three letters is a word («не» / «требуется»)", () => {
    const full = LEFT + 12 * CHAR;
    expect(joinCellLines([at("организовать"), at("по-новому")], full + 2 * CHAR)).toBe("организовать по-новому");
    // Right-aligned lines: the short one ends at the column's edge as the long one does.
    expect(joinCellLines([at("не", RIGHT - 2 * CHAR), at("требуется", RIGHT - 9 * CHAR)], RIGHT)).toBe("не требуется");
  });

  test.each(["Бухгалтерия»", "2027 г.", "(по согласованию)", "«ЦРО»", "— отдел"])("the next line starting «%s» (no lowercase letter) is another word", (next) => {
    expect(continuesBrokenWord(at("«Централизованна"), at(next), RIGHT)).toBe(false);
  });

  test("a full line of two words, or a piece ending in a digit or a mark, is no piece", () => {
    expect(continuesBrokenWord(at("МКУ «Централизов"), at("анная"), RIGHT)).toBe(false);
    expect(continuesBrokenWord(at("«Централизован»,"), at("отдел"), RIGHT)).toBe(false);
    expect(continuesBrokenWord(at("квалификация2027"), at("отдел"), RIGHT)).toBe(false);
  });

  test("a full line ending as whole words end («аттестационная», «образовательных») is a whole word whose next did not fit", () => {
    expect(joinCellLines([at("аттестационная", RIGHT - 14 * CHAR), at("комиссия")], RIGHT)).toBe("аттестационная комиссия");
    expect(joinCellLines([at("образовательных", RIGHT - 15 * CHAR), at("организаций")], RIGHT)).toBe("образовательных организаций");
  });

  test("a full line ending as short participles and adverbs end («предоставлено», «ежеквартально») is a whole word too", () => {
    // The column as wide as the word: the line is full, the next starts lowercase where the cell's lines start.
    const full = LEFT + 13 * CHAR;
    expect(joinCellLines([at("жильё"), at("предоставлено"), at("всем")], full)).toBe("жильё предоставлено всем");
    expect(joinCellLines([at("ежеквартально"), at("до 5 числа")], full)).toBe("ежеквартально до 5 числа");
    expect(joinCellLines([at("Централизованн"), at("ая")], LEFT + 14 * CHAR)).toBe("Централизованная");
    // The next line starting with an ending no word is by itself: the piece was a word's start after all.
    expect(joinCellLines([at("Информационно"), at("е сопровождение")], full)).toBe("Информационное сопровождение");
    expect(joinCellLines([at("предоставлено"), at("его заявителю")], full)).toBe("предоставлено его заявителю");
  });

  test("a piece ending as whole words end whose rest is no word alone («финансиров» / «ания») is one word", () => {
    // A narrow funding column: «финансирования» broken where «а» no longer fits; «ов» ends whole words («договоров»).
    const full = LEFT + 10 * CHAR;
    expect(joinCellLines([at("без"), at("финансиров"), at("ания")], full)).toBe("без финансирования");
    expect(joinCellLines([at("общеобразовател"), at("ьных организаций")], LEFT + 15 * CHAR)).toBe("общеобразовательных организаций");
    // A rest that is a word by itself still follows a whole word: «договоров» / «не менее».
    expect(joinCellLines([at("договоров"), at("не менее")], LEFT + 9 * CHAR)).toBe("договоров не менее");
  });

  test("two pieces that would make a word longer than Russian words are (24 letters) are two whole words", () => {
    expect(joinCellLines([at("укомплектованности", RIGHT - 18 * CHAR), at("образовательных")], RIGHT)).toBe("укомплектованности образовательных");
    expect(joinCellLines([at("человеконенавистниче"), at("ство")], LEFT + 20 * CHAR)).toBe("человеконенавистничество");
    expect(joinCellLines([at("человеконенавистниче"), at("ьство")], LEFT + 20 * CHAR)).toBe("человеконенавистниче ьство");
  });

  test("a whole word alone on a full line is no piece: a rest that may be any word opens a new word, however full the line", () => {
    // Rechnoy's executors' column: «министерства» fills the column, «образования» goes on the next line. Word and
    // Writer do not hyphenate unless asked: a break without «-» is a new word.
    const full = LEFT + 12 * CHAR;
    expect(continuesBrokenWord(at("министерства"), at("образования"), full)).toBe(false);
    expect(joinCellLines([at("управление"), at("министерства"), at("образования")], full)).toBe("управление министерства образования");
    // A rest of a letter or two that may be a word («на», «и») joins only where the two make a word ending as words end.
    expect(joinCellLines([at("представлены"), at("на ярмарке")], full)).toBe("представлены на ярмарке");
    expect(joinCellLines([at("отчёта"), at("и")], LEFT + 6 * CHAR)).toBe("отчёта и");
    expect(joinCellLines([at("выполнени"), at("и плана")], LEFT + 9 * CHAR)).toBe("выполнении плана");
    expect(joinCellLines([at("актуализирован"), at("а")], LEFT + 14 * CHAR)).toBe("актуализирована");
  });

  test("the next line where the cell's lines do not start (nor centred, nor right-aligned with the piece) is not its rest", () => {
    expect(continuesBrokenWord(at("«Централизованна"), at("я", LEFT + 60), RIGHT)).toBe(false);
    // A centred cell: the rest is centred under the full piece.
    expect(continuesBrokenWord(at("«Централизованна"), at("я бухгалтерия»", LEFT + CHAR), RIGHT)).toBe(true);
  });

  test("a word broken over three lines is joined where each rest is no word alone; the hyphen rule and the sentence rule of joinParts still hold", () => {
    expect(joinCellLines([at("персонифицирова"), at("нной"), at("программы")], RIGHT - CHAR)).toBe("персонифицированной программы");
    // A middle piece that may be a word alone («навистниче») is one: the edge it fills is no evidence.
    expect(joinCellLines([at("человеконе"), at("навистниче"), at("ство и")], LEFT + 10 * CHAR)).toBe("человеконе навистничество и");
    expect(joinCellLines([at("психолого-"), at("педагогическая")], RIGHT)).toBe("психолого-педагогическая");
    expect(joinCellLines([at("Приказ."), at("Отчёт")], RIGHT)).toBe("Приказ.\nОтчёт");
  });
});

describe("columnRightEdge", () => {
  test("is as far as the column's lines reach, leaving out lines that run on into the next cell or past where it starts", () => {
    const cells = [[at("Отдел образования")], [{ ...at("Выявление кадровых потребностей"), runsOver: true }], [at("администрации")]];
    expect(columnRightEdge(cells)).toBe(LEFT + 17 * CHAR);
    expect(columnRightEdge([...cells, [at("Меры социальной поддержки")]], LEFT + 20 * CHAR)).toBe(LEFT + 17 * CHAR);
    expect(columnRightEdge([[], []])).toBeNull();
  });
});

describe("columnWidth and lineRightEdge: fixed-width text sets each line on its own", () => {
  const shifted = (text: string) => at(text, LEFT - 3 * CHAR);

  test("the column is as wide as its widest line, wherever that line was set; lines run into the next cell left out", () => {
    const cells = [[at("общеобразовател"), at("ьных")], [{ ...at("Выявление кадровых потребностей"), runsOver: true }], [shifted("«Централизованн")]];
    expect(columnWidth(cells)).toBe(15 * CHAR);
    expect(columnWidth([[], []])).toBeNull();
  });

  test("a full line set three characters left of the others ends at its own edge: its broken word is joined", () => {
    const cell = [shifted("МКУ"), shifted("«Централизованн"), shifted("ая бухгалтерия»")];
    expect(joinCellLines(cell, LEFT + 15 * CHAR)).toBe("МКУ «Централизованн ая бухгалтерия»");
    expect(joinCellLines(cell, lineRightEdge(15 * CHAR))).toBe("МКУ «Централизованная бухгалтерия»");
    expect(joinCellLines([shifted("Руководители"), shifted("образовательных")], lineRightEdge(15 * CHAR))).toBe("Руководители образовательных");
  });
});

describe("an abbreviation in capitals broken by a narrow column", () => {
  // Writer's narrow «Тип» column prints «ДОО» as «ДО» over «О».
  it("ends with its last capital alone on the cell's last line, where the piece reaches the edge", () => {
    expect(joinCellLines([at("ДО"), at("О")], LEFT + 2 * CHAR)).toBe("ДОО");
    expect(joinCellLines([at("ДО"), at("О")], LEFT + 6 * CHAR)).toBe("ДО О");
    expect(joinCellLines([at("ДО"), at("О"), at("ОО")], LEFT + 2 * CHAR)).toBe("ДО О ОО");
    expect(joinCellLines([at("МКУ"), at("ЦРО")], LEFT + 3 * CHAR)).toBe("МКУ ЦРО");
    expect(joinCellLines([at("Иванова"), at("А")], LEFT + 7 * CHAR)).toBe("Иванова А");
  });
});

describe("a number broken by a column too narrow for it", () => {
  // Writer's narrow «Часов» column prints 18 as «1» over «8», a rate 0,5 as «0,» over «5».
  it("ends with a digit or two alone on the cell's last line, where the piece reaches the edge", () => {
    expect(joinCellLines([at("1"), at("8")], LEFT + CHAR)).toBe("18");
    expect(joinCellLines([at("0,"), at("5")], LEFT + 2 * CHAR)).toBe("0,5");
    expect(joinCellLines([at("12"), at("0")], LEFT + 2 * CHAR)).toBe("120");
    // Room for more on the piece's line: two numbers, each on its own line.
    expect(joinCellLines([at("1"), at("8")], LEFT + 4 * CHAR)).toBe("1 8");
    // Years fill a narrow deadline column line by line: a rest of four digits is a number of its own.
    expect(joinCellLines([at("2026"), at("2027")], LEFT + 4 * CHAR)).toBe("2026 2027");
  });
});
