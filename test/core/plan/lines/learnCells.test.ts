import { learnCells, type ReadLine } from "../../../../src/core/plan/lines/learnCells";

const line = (index: number, text: string, column: ReadLine["column"], sure = true): ReadLine => ({ index, text, column, sure });

describe("whole cells the document repeats", () => {
  // Three rows of one piece each.
  const rows: ReadLine[][][] = [
    [[line(0, "Анализ кадров", "name"), line(1, "Приказ управления", "result"), line(2, "образования", "result")]],
    [[line(3, "Мониторинг вакансий", "name"), line(4, "Приказ управления образования", "result")]],
    [[line(5, "Отбор наставников", "name"), line(6, "Приказ управления", "result", false)]],
  ];
  const cells = learnCells(rows);

  test("a cell another row has gains; the same cell cut short loses", () => {
    const third = cells(2);
    expect(third("result", "Приказ управления образования")).toBeGreaterThan(0);
    expect(third("result", "Приказ управления")).toBeLessThan(0);
    expect(third("result", "Протокол заседания")).toBe(0);
  });

  test("a row's own first reading does not count for it, nor a cell read with doubt", () => {
    // Only rows 1 and 2 hold the whole result without doubt; for row 2 alone, row 1 is still another row.
    expect(cells(1)("result", "Приказ управления образования")).toBeGreaterThan(0);
    expect(cells(0)("name", "Анализ кадров")).toBe(0);
    expect(cells(0)("result", "Приказ управления")).toBeLessThan(0);
  });
});

describe("a row cut by a page break", () => {
  // Row 0 is cut by the page's foot: its result «Проведено не менее 4» goes on over the break with «семинаров» (the
  // interleaved copy of a plan reads so: each piece's lines are sure, the cell is whole only over both). Rows 1 and 2
  // hold the same result whole, and row 1 has «Приказ управления образования»; pieces are 0, 1 (row 0), 2, 3.
  const rows: ReadLine[][][] = [
    [
      [line(0, "Реализация аттестации педагогических", "name"), line(1, "Волкова Н.П., руководители", "responsible"), line(2, "Проведено не менее 4", "result")],
      [line(4, "работников", "name"), line(5, "образовательных организаций", "responsible"), line(6, "семинаров", "result")],
    ],
    [[line(7, "Мониторинг вакансий", "name"), line(8, "Приказ управления образования", "result")]],
    [[line(9, "Отбор наставников", "name"), line(10, "Проведено не менее 4", "result"), line(11, "семинаров", "result")]],
  ];
  const cells = learnCells(rows);

  test("teaches its whole cell, not the part above the break", () => {
    const third = cells(3);
    // Read piece by piece, «Проведено не менее 4» passed for a cell the document repeats and gained in every row.
    expect(third("result", "Проведено не менее 4")).toBeLessThan(0);
    expect(third("result", "Проведено не менее 4 семинаров")).toBeGreaterThan(0);
    // Row 2 alone holds the whole cell besides row 0 itself: the cut row learns nothing of its own.
    expect(cells(2)("result", "Проведено не менее 4 семинаров")).toBeGreaterThan(0);
  });

  test("its piece above the break loses nothing for a cell cut short, the piece below the break still does", () => {
    expect(cells(0)("result", "Приказ управления")).toBe(0);
    expect(cells(1)("result", "Приказ управления")).toBeLessThan(0);
  });
});

describe("a row's own first reading, a line too many in a cell", () => {
  // Row 0's first reading gave its result's last line «образования» to the name; no other row's name begins so.
  const rows: ReadLine[][][] = [
    [[line(0, "Обеспечение участия педагогов", "name"), line(1, "в конкурсах", "name"), line(2, "образования", "name"), line(3, "Приказ управления", "result")]],
    [[line(4, "Мониторинг вакансий", "name"), line(5, "Приказ управления образования", "result")]],
  ];
  const cells = learnCells(rows);

  test("the name without that line loses, and the loss is told as the row's own first reading's", () => {
    expect(cells(0)("name", "Обеспечение участия педагогов в конкурсах")).toBeLessThan(0);
    expect(cells(0).own("name", "Обеспечение участия педагогов в конкурсах")).toBeLessThan(0);
    // Cut from another row's cell, the loss is the document's, not the row's own.
    expect(cells(1).own("name", "Обеспечение участия педагогов в конкурсах")).toBe(0);
    expect(cells(0).own("result", "Приказ управления")).toBe(0);
  });
});

describe("executors noted «по согласованию»", () => {
  // Row 0 prints «ИРО» alone, row 1 the same body noted bare on a line of its own, row 2 «УО» noted in brackets.
  const rows: ReadLine[][][] = [
    [[line(0, "Семинар", "name"), line(1, "ИРО", "responsible")]],
    [[line(2, "Форум", "name"), line(3, "ИРО", "responsible"), line(4, "по согласованию", "responsible")]],
    [[line(5, "Конкурс", "name"), line(6, "УО (по согласованию)", "responsible")]],
  ];
  const cells = learnCells(rows);

  test("a cell the document has elsewhere is the same cell with the note added, bare or in brackets", () => {
    expect(cells(1)("responsible", "ИРО по согласованию")).toBeGreaterThan(0);
    expect(cells(2)("responsible", "ИРО (по согласованию)")).toBeGreaterThan(0);
    // Only the executors' cell: another column's «по согласованию» is its own words.
    expect(cells(2)("deadline", "до 1 марта по согласованию")).toBe(0);
  });

  test("not the other way round: a noted cell makes no whole cell of the party alone", () => {
    expect(cells(0)("responsible", "УО")).toBeLessThanOrEqual(0);
  });
});

describe("an executors' cell whole where a party ends", () => {
  // Row 0 names the centre with its head in brackets; row 1 names the centre alone, which is the same party whole.
  const rows: ReadLine[][][] = [
    [[line(0, "Ведение реестра", "name"), line(1, "МКУ «Центр методического обеспечения»", "responsible"), line(2, "(Абрамова С.Г.)", "responsible")]],
    [[line(3, "Анкетирование педагогов", "name"), line(4, "МКУ «Центр методического обеспечения»", "responsible")]],
  ];
  const cells = learnCells(rows);

  test("the party before the bracket is no cell cut short, a party cut inside its name is", () => {
    expect(cells(1)("responsible", "МКУ «Центр методического обеспечения»")).toBe(0);
    expect(cells(1)("responsible", "МКУ «Центр")).toBeLessThan(0);
  });

  test("a party in quotes before the next party is whole; a cut inside a party or before a lower-case word is not", () => {
    const listed = learnCells([
      [[line(0, "Слёт молодых педагогов", "name"), line(1, "МКУ «Центр обеспечения» Районная организация Профсоюза", "responsible")]],
      [[line(2, "Анкетирование педагогов", "name")]],
    ])(1);
    expect(listed("responsible", "МКУ «Центр обеспечения»")).toBe(0);
    expect(listed("responsible", "МКУ «Центр обеспечения» Районная организация")).toBeLessThan(0);
    // Only the second row's cell goes on after the quote in lower case: a cut of that cell, not of the first.
    expect(learnCells([[[line(0, "МКУ «Центр обеспечения» методисты", "responsible")]], [[line(1, "Отбор", "name")]]])(1)("responsible", "МКУ «Центр обеспечения»")).toBeLessThan(0);
  });

  test("a name cut before a bracket still loses: only an executors' remark ends its cell whole", () => {
    const named = learnCells([[[line(0, "Проведение семинара (вебинара)", "name")]], [[line(1, "Отбор наставников", "name")]]]);
    expect(named(1)("name", "Проведение семинара")).toBeLessThan(0);
  });
});
