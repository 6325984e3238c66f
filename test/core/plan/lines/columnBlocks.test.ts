import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { type BlockCell, blockRanges, columnsInBlocks, giveBack } from "../../../../src/core/plan/lines/columnBlocks";
import type { Line, Segmentation } from "../../../../src/core/plan/lines/segmentRows";

/** A text without layout as the text reader gives it: a text block per non-empty line, rows counted with the blanks. */
const rawText = (text: string): SourceDocument => ({
  name: "plan.txt",
  sheet: null,
  blocks: text.split("\n").flatMap((line, i) => (line.trim() ? [{ kind: "text" as const, row: i + 1, text: line }] : [])),
});

// The page's first columns and the signature, as pdftotext gives them before the column printed as a block.
const TABLE_AND_SIGNATURE = `№ п/п
Мероприятие
Исполнитель
1.1.
Разработка программы наставничества
Орлов Б.Б.
1.2.
Проведение семинара для молодых педагогов
Лебедева А.А.
1.3.
Мониторинг вакансий в школах района
Гусев А.А.
Начальник управления образования ____________ Н.Г. Сорокина
`;

// pdftotext gives a column Writer laid out as a flow of its own after the page's other columns, under its caption.
const PLAN = `${TABLE_AND_SIGNATURE}
Срок

в течение года

май 2026 г.

до 1 сентября 2026 г.
`;

describe("a column printed as a block after the table", () => {
  test("its cells go back to the rows in order", () => {
    const r = structurePlan(rawText(PLAN));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.name, it.responsible.text, it.deadline.text])).toEqual([
      ["Разработка программы наставничества", "Орлов Б.Б.", "в течение года"],
      ["Проведение семинара для молодых педагогов", "Лебедева А.А.", "май 2026 г."],
      ["Мониторинг вакансий в школах района", "Гусев А.А.", "до 1 сентября 2026 г."],
    ]);
    expect(r.plan.meta.signatureBlock.join(" ")).toContain("Сорокина");
  });

  test("a row whose own lines give its deadline keeps it; a block that does not fit the rows stays text", () => {
    const own = PLAN.replace("Орлов Б.Б.\n", "Орлов Б.Б.\nмарт 2026 г.\n");
    const r = structurePlan(rawText(own));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items[0].deadline.text).toBe("март 2026 г.");
    // Three cells for the two rows without a deadline: nothing is given back, no text is lost.
    const words = JSON.stringify(r.plan);
    for (const w of ["в течение года", "май 2026 г.", "до 1 сентября 2026 г."]) expect(words).toContain(w);
  });
});

// A block after the signatures as Writer's print of a Word table gives it: the caption wrapped over two lines, an
// «Исп.» line signing the plan, deadlines broken where the column was narrow, and no blank line between the cells.
const WRAPPED = `${TABLE_AND_SIGNATURE}Исп. Петрова Л.М., 8 (38557) 2-20-41

Сроки
реализации
ежемесячно до 10
числа
первая декада
октября
до 25 декабря
2025 года
`;

describe("a deadline block after the table, its cells wrapped", () => {
  test("the caption's second line, the «Исп.» line and the deadlines' wrapped ends go nowhere else", () => {
    const r = structurePlan(rawText(WRAPPED));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.deadline.text.replace(/\s+/g, " "), it.deadline.kind])).toEqual([
      ["ежемесячно до 10 числа", "recurring"],
      ["первая декада октября", "period"],
      ["до 25 декабря 2025 года", "date"],
    ]);
    expect(r.plan.meta.signatureBlock.join(" ")).toContain("Исп. Петрова Л.М.");
    expect(JSON.stringify(r.plan)).toContain("реализации");
  });
});

// pdftotext without -layout on a ruled page: the number and name columns row by row under their captions, then each
// other column as a block under its own caption, the signature, the page number, and the page's last cells after it.
const BLOCKED = `План мероприятий на 2026 год
№ п/п
Мероприятие
1.
Проведение семинара для молодых
педагогов
2.
Мониторинг вакансий в школах района
3.
Анализ потребности в педагогических кадрах

Исполнитель

Срок исполнения

Результат

Гусев А.А., методист

в течение года

Протокол заседания

Орлов Б.Б.
Лебедева А.А., главный специалист

до 1 сентября 2026 г.

Начальник управления образования ____________ Н.Г. Сорокина

1

ежемесячно

Аналитическая справка

Сформирован банк данных
`;

describe("columns printed as blocks under captions after the page's rows", () => {
  test("the header is read from the captions wherever they stand, and each block's cells go back to the rows", () => {
    const r = structurePlan(rawText(BLOCKED));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.number, it.name, it.responsible.text, it.deadline.text, it.result])).toEqual([
      ["1", "Проведение семинара для молодых педагогов", "Гусев А.А., методист", "в течение года", "Протокол заседания"],
      ["2", "Мониторинг вакансий в школах района", "Орлов Б.Б.", "до 1 сентября 2026 г.", "Аналитическая справка"],
      ["3", "Анализ потребности в педагогических кадрах", "Лебедева А.А., главный специалист", "ежемесячно", "Сформирован банк данных"],
    ]);
    expect(r.plan.columns.responsible).toBe("Исполнитель");
    expect(r.plan.meta.signatureBlock.join(" ")).toContain("Сорокина");
  });
});

// The page's later columns under their captions, and under their last cells the head's sign-off set right to the
// table's edge: the position on one line, the name alone on the next (pdftotext -raw gives it after the flows).
const SIGNED_APART = `N п/п
Мероприятие
1.
Проведение семинара для молодых
педагогов
2.
Мониторинг вакансий в школах района
3.
Анализ потребности в педагогических кадрах

Срок

Ответственные исполнители

Результат

в течение года

методист ИРО

Протокол заседания

до 1 сентября 2026 г.

Орлов Б.Б.

Аналитическая справка

ежемесячно

МБОУ «СОШ № 3»

Сформирован банк данных

Начальник управления образования
Н.Г. Сорокина
Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23

Страница 1
`;

describe("blocks under captions that end at the head's sign-off over two lines", () => {
  test("the position and the name alone are no executors' cell: every column goes back, the sign-off is kept", () => {
    const r = structurePlan(rawText(SIGNED_APART));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.number, it.name, it.responsible.text, it.deadline.text, it.result])).toEqual([
      ["1", "Проведение семинара для молодых педагогов", "методист ИРО", "в течение года", "Протокол заседания"],
      ["2", "Мониторинг вакансий в школах района", "Орлов Б.Б.", "до 1 сентября 2026 г.", "Аналитическая справка"],
      ["3", "Анализ потребности в педагогических кадрах", "МБОУ «СОШ № 3»", "ежемесячно", "Сформирован банк данных"],
    ]);
    expect(r.plan.meta.signatureBlock).toEqual(["Начальник управления образования", "Н.Г. Сорокина", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23"]);
  });
});

describe("a block's cells cut where a list goes on", () => {
  test("a line ending in the list's «;» is no cell's end: the next line goes on with it", () => {
    const listed = BLOCKED.replace("Орлов Б.Б.\n", "Орлов Б.Б., методист;\nМБОУ «СОШ № 3»\n");
    const r = structurePlan(rawText(listed));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => it.responsible.text.replace(/\s+/g, " "))).toEqual(["Гусев А.А., методист", "Орлов Б.Б., методист; МБОУ «СОШ № 3»", "Лебедева А.А., главный специалист"]);
    expect(r.plan.items.map((it) => it.deadline.text)).toEqual(["в течение года", "до 1 сентября 2026 г.", "ежемесячно"]);
  });
});

describe("giveBack: more cells than rows", () => {
  const cell = (text: string, line: number): BlockCell => ({ column: "responsible", lines: [line], text });
  const block = { at: 10, captions: [], named: ["responsible" as const], cells: [cell("Орлов Б.Б.", 11), cell("УО;", 12), cell("МБОУ «СОШ № 3»", 13)] };
  const rows = [0, 1].map((index) => ({ index, at: index * 3, missing: new Set(["responsible" as const]) }));

  test("the neighbours that read most as one cell are joined until the cells fit, and the rows are marked as guessed", () => {
    const given = giveBack([block], rows, (a, b) => (a.text.endsWith(";") ? 5 : b.lines[0] === 12 ? 1 : null));
    expect([0, 1].map((i) => given.cells.get(i)?.responsible?.text)).toEqual(["Орлов Б.Б.", "УО; МБОУ «СОШ № 3»"]);
    expect([...given.guessed]).toEqual([0, 1]);
    expect([...given.taken].sort()).toEqual([11, 12, 13]);
  });

  test("cells the text parted are never joined: the block is not given back", () => {
    const given = giveBack([block], rows, () => null);
    expect(given.cells.size).toBe(0);
  });

  test("one cell more than the rows before the block goes to the row right after it (the page's end cut that row), noted", () => {
    const cutRow = { index: 2, at: 14, missing: new Set(["responsible" as const]) };
    const later = { index: 3, at: 17, missing: new Set(["responsible" as const]) };
    const given = giveBack([block], [...rows, cutRow, later], () => null);
    expect([0, 1, 2, 3].map((i) => given.cells.get(i)?.responsible?.text)).toEqual(["Орлов Б.Б.", "УО;", "МБОУ «СОШ № 3»", undefined]);
    expect([...given.guessed]).toEqual([2]);
  });

  test("a row whose number comes later (the header of the next page between) takes no cell of the block", () => {
    const given = giveBack([block], [...rows, { index: 2, at: 16, missing: new Set(["responsible" as const]) }], () => null);
    expect(given.cells.size).toBe(0);
  });

  test("a row after the block whose own lines hold the column takes no cell of it", () => {
    const given = giveBack([block], [...rows, { index: 2, at: 14, missing: new Set<"responsible">() }], () => null);
    expect(given.cells.size).toBe(0);
  });
});

// Executors one per line (a list the plan broke at each name) and cells that follow each other without a blank line
// read alike in a block: here the first cell may end before «методист» and «ОО» may go on the cell above it. The
// count of cells fits the rows either way, so only a note can say the order may be a row off.
const ONE_PER_LINE = `План мероприятий на 2026 год
№ п/п
Мероприятие
1.
Проведение семинара для молодых
педагогов
2.
Мониторинг вакансий в школах района
3.
Анализ потребности в педагогических кадрах
4.
Организация наставничества в школах

Исполнитель

Лебедев А.В., главный специалист
отдела общего образования, МБОУ
«СОШ № 3»
методист

Волкова Н.П.

Т.И. Гусева, начальник отдела кадров
ОО

Начальник управления образования ____________ Н.Г. Сорокина
`;

describe("a block whose cuts are close calls", () => {
  test("the rows between a cut that may add a cell and one that may take one away carry a note", () => {
    const r = structurePlan(rawText(ONE_PER_LINE));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => it.number)).toEqual(["1", "2", "3", "4"]);
    for (const it of r.plan.items) expect(it.notes?.map((n) => n.code)).toContain("column_uncertain");
    expect(JSON.stringify(r.plan)).toContain("методист");
  });

  test("a block whose cuts read clearly gives no such note", () => {
    const r = structurePlan(rawText(BLOCKED));
    if (!r.ok) throw new Error(r.failure.reason);
    for (const it of r.plan.items) expect(it.notes ?? []).toEqual([]);
  });
});

describe("giveBack: a column whose caption reads as a signature («Исполнитель»)", () => {
  const cell = (text: string, line: number): BlockCell => ({ column: "responsible", lines: [line], text });
  const responsible = new Set(["responsible" as const]);
  // Rows 0 and 1 hold an executor of their own; rows 2 and 3 lack one. All four count as missing it (a block holds it).
  const rows = [0, 1, 2, 3].map((index) => ({ index, at: index * 3, missing: responsible, lacks: index < 2 ? new Set<"responsible">() : responsible }));
  const given = (cells: BlockCell[]) => giveBack([{ at: 20, captions: [19], named: ["responsible"], cells, signed: responsible }], rows);

  test("cells exactly as many as the rows that lack the column go to them, with no guess", () => {
    const g = given([cell("Гусев А.А.", 21), cell("Орлов Б.Б.", 22)]);
    expect([...g.cells.keys()]).toEqual([2, 3]);
    expect(g.guessed.size).toBe(0);
  });

  test("fewer or more cells than those rows go nowhere: they stay the signature", () => {
    expect(given([cell("Петрова А.А.", 21)]).cells.size).toBe(0);
    expect(given([cell("Гусев А.А.", 21), cell("Орлов Б.Б.", 22), cell("Петрова А.А.", 24)]).cells.size).toBe(0);
  });
});

describe("giveBack: close calls", () => {
  const cell = (text: string, line: number, closeCall?: "more" | "fewer" | "either"): BlockCell => ({ column: "responsible", lines: [line], text, ...(closeCall ? { closeCall } : {}) });
  const rows = [0, 1, 2, 3].map((index) => ({ index, at: index * 3, missing: new Set(["responsible" as const]) }));
  const given = (cells: BlockCell[]) => giveBack([{ at: 20, captions: [], named: ["responsible"], cells }], rows);

  test("one that may add a cell and one that may take one away: the rows from the first to the last are noted", () => {
    const g = given([cell("Орлов Б.Б.", 21), cell("Гусев А.А. методист", 22, "more"), cell("Волкова Н.П.", 23, "fewer"), cell("ОО", 24, "fewer")]);
    expect([...g.closeCalls.keys()].sort()).toEqual([1, 2, 3]);
    expect(g.guessed.size).toBe(0);
  });

  test("close calls that all add a cell (or all take one away) would not fit the rows: the count settles them", () => {
    expect(given([cell("Орлов Б.Б.", 21, "more"), cell("Гусев А.А.", 22), cell("Волкова Н.П.", 23, "more"), cell("ОО", 24)]).closeCalls.size).toBe(0);
    expect(given([cell("Орлов Б.Б.", 21, "fewer"), cell("Гусев А.А.", 22, "fewer"), cell("Волкова Н.П.", 23), cell("ОО", 24)]).closeCalls.size).toBe(0);
  });
});

describe("giveBack: a cell printed after the page number", () => {
  // pdftotext gives a page's later columns row by row (deadline, executor of a row, then the next row's), and may give
  // a cell after the page's footer («-1-»): its row is anywhere on the page, so the order from there on is in doubt.
  const cell = (column: "deadline" | "responsible", text: string, line: number): BlockCell => ({ column, lines: [line], text });
  const rows = [0, 1, 2, 3].map((index) => ({ index, at: index * 3, missing: new Set(["deadline" as const, "responsible" as const]) }));
  const deadlines = [cell("deadline", "май 2026 г.", 21), cell("deadline", "2026 год", 23), cell("deadline", "Постоянно", 25), cell("deadline", "по запросу", 26)];

  test("rows from the first executor that trails the deadlines by a row on are noted; the deadlines are not", () => {
    // Row 2's executor came after the page number: row 3's deadline stands before row 2's executor as given.
    const responsible = [cell("responsible", "Орлов Б.Б.", 22), cell("responsible", "Гусев А.А.", 24), cell("responsible", "Волкова Н.П.", 27), cell("responsible", "ОО", 29)];
    const g = giveBack([{ at: 20, captions: [28], named: ["deadline", "responsible"], cells: [...deadlines, ...responsible].sort((a, b) => a.lines[0] - b.lines[0]), furniture: [{ line: 28, signed: false }] }], rows);
    expect([...g.closeCalls.entries()].map(([k, v]) => [k, [...v]]).sort()).toEqual([
      [2, ["responsible"]],
      [3, ["responsible"]],
    ]);
  });

  test("a column whose cells all follow the page number is a block of its own, in order: no note", () => {
    const responsible = [cell("responsible", "Орлов Б.Б.", 30), cell("responsible", "Гусев А.А.", 31), cell("responsible", "Волкова Н.П.", 32), cell("responsible", "ОО", 33)];
    const g = giveBack([{ at: 20, captions: [28], named: ["deadline", "responsible"], cells: [...deadlines, ...responsible], furniture: [{ line: 28, signed: false }] }], rows);
    expect(g.closeCalls.size).toBe(0);
  });

  test("a page number before all the block's cells, or none, leaves the order as it is", () => {
    const responsible = [cell("responsible", "Орлов Б.Б.", 22), cell("responsible", "Гусев А.А.", 24), cell("responsible", "Волкова Н.П.", 27), cell("responsible", "ОО", 29)];
    const cells = [...deadlines, ...responsible].sort((a, b) => a.lines[0] - b.lines[0]);
    expect(giveBack([{ at: 20, captions: [20], named: ["deadline", "responsible"], cells, furniture: [{ line: 20, signed: false }] }], rows).closeCalls.size).toBe(0);
    expect(giveBack([{ at: 20, captions: [], named: ["deadline", "responsible"], cells }], rows).closeCalls.size).toBe(0);
  });
});

describe("a raw page whose executor is printed after the page number", () => {
  // As pdftotext gives a ruled page whose later columns are a flow of their own: each row's deadline and executor,
  // row by row, and the second row's executor after the page's number.
  const PAGE = `План мероприятий на 2026 год
№ п/п
Мероприятие
1.
Разработка программы наставничества
2.
Проведение семинара для молодых педагогов
3.
Мониторинг вакансий в школах района

Срок

Исполнитель

май 2026 г.

Орлов Б.Б., методист

2026 год

Постоянно

Гусев А.А., начальник отдела кадров

-1-

Волкова Н.П., методист
`;

  test("the rows from the second on carry a note on their executor", () => {
    const r = structurePlan(rawText(PAGE));
    if (!r.ok) throw new Error(r.failure.reason);
    const items = r.plan.items;
    expect(items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    const noted = items.map((i) => (i.notes ?? []).some((n) => n.code === "column_uncertain" && n.text.includes("«Ответственный»")));
    expect(noted).toEqual([false, true, true]);
  });

  test("so do they where the page's signature stands before its number", () => {
    const r = structurePlan(rawText(PAGE.replace("-1-", "Начальник управления образования ____________ Н.Г. Сорокина\n\n1")));
    if (!r.ok) throw new Error(r.failure.reason);
    const noted = r.plan.items.map((i) => (i.notes ?? []).some((n) => n.code === "column_uncertain" && n.text.includes("«Ответственный»")));
    expect(noted).toEqual([false, true, true]);
  });
});

describe("a deadline cell that reads the same without its last line", () => {
  // pdftotext put the deadline and the first executor of a list one per line on one line; the parser reads past words
  // it does not know, so «… методист» parses as the deadline without it.
  const GLUED = `План мероприятий на 2026 год
№ п/п
Мероприятие
1.
Проведение семинара для молодых
педагогов
2.
Мониторинг вакансий в школах района

Срок

Ответственные исполнители

по плану заседаний РУМО методист
ИРО

2026 год

МБОУ «СОШ № 3»
`;

  test("the line goes to the next cell, and the cells that no longer fit the rows are noted", () => {
    const r = structurePlan(rawText(GLUED));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.deadline.text, it.responsible.text.replace(/\s+/g, " ")])).toEqual([
      ["по плану заседаний РУМО", "методист ИРО"],
      ["2026 год", "МБОУ «СОШ № 3»"],
    ]);
    expect(r.plan.items[0].notes?.map((n) => n.code)).toContain("column_uncertain");
  });

  test("a deadline wrapped where it goes on keeps its lines («ежемесячно до 10» / «числа»)", () => {
    const r = structurePlan(rawText(WRAPPED));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items[0].deadline.text.replace(/\s+/g, " ")).toBe("ежемесячно до 10 числа");
  });
});

// Writer's print of a Word table through pdftotext: the page's deadlines as a block under their caption after its
// rows, and on the next page the numbers of the first rows as a block of their own, their names after them.
const NUMBERS_AS_A_BLOCK = `№ п/п

Мероприятие

Исполнитель

1.1.
Разработка программы наставничества
Орлов Б.Б.
1.2.
Проведение семинара для молодых педагогов
Лебедева А.А.

Срок

Результат

в течение года

Программа

май 2026 г.

Протокол

№ п/п

1.3.

1.4.

Мероприятие
Мониторинг вакансий в школах района
Анализ потребности в педагогических кадрах

Исполнитель

Срок

Результат

Гусев А.А.

до 1 сентября 2026 г.

Аналитическая справка

Орлов Б.Б.

ежемесячно

Сформирован банк данных
`;

describe("rows whose numbers come as a block on the next page", () => {
  test("the page before's block goes to the page before's rows, not to the numbers printed after it", () => {
    const r = structurePlan(rawText(NUMBERS_AS_A_BLOCK));
    if (!r.ok) throw new Error(r.failure.reason);
    const byNumber = new Map(r.plan.items.map((it) => [it.number, it.deadline.text]));
    expect(byNumber.get("1.1")).toBe("в течение года");
    expect(byNumber.get("1.2")).toBe("май 2026 г.");
    // The next page's numbers printed as a block take the names printed after them, in order (before the writerraw
    // merge 1.3 was left empty and 1.4 took the caption «Мероприятие» as its name), and the deadlines stay each row's.
    // Its executors and results go to its rows too: their caption «Исполнитель» reads as a signature and ended the
    // rows there, but two executors for the two rows that lack one are the rows' cells, not a signature.
    expect(r.plan.items.filter((it) => it.number === "1.3" || it.number === "1.4").map((it) => [it.name, it.responsible.text, it.deadline.text, it.result])).toEqual([
      ["Мониторинг вакансий в школах района", "Гусев А.А.", "до 1 сентября 2026 г.", "Аналитическая справка"],
      ["Анализ потребности в педагогических кадрах", "Орлов Б.Б.", "ежемесячно", "Сформирован банк данных"],
    ]);
    expect(r.plan.dropped.filter((d) => d.reason === "signature").map((d) => d.text)).toEqual(["Исполнитель", "Срок", "Результат"]);
  });

  // The executor's signature on one line, or under the column's caption again on lines of its own.
  test.each([[["Исп. Петрова А.А., тел. 22-33-44"]], [["Исполнитель", "Петрова А.А.", "тел. 22-33-44"]]])("a signature under such a page stays a signature (%j)", (executor) => {
    const signature = ["Начальник управления образования ____________ Н.Г. Сорокина", ...executor];
    const r = structurePlan(rawText(`${NUMBERS_AS_A_BLOCK}\n${signature[0]}\n\n${executor.join("\n")}\n`));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.filter((it) => it.number === "1.3" || it.number === "1.4").map((it) => [it.responsible.text, it.result])).toEqual([
      ["Гусев А.А.", "Аналитическая справка"],
      ["Орлов Б.Б.", "Сформирован банк данных"],
    ]);
    expect(r.plan.meta.signatureBlock).toEqual(["Исполнитель", "Срок", "Результат", ...signature]);
  });
});

// Rows whose executors' cells are empty, and under the table an executor's signature on lines of its own: its caption
// names the column the rows lack, but one name for two rows is no column of cells.
const EMPTY_EXECUTORS_SIGNED = `План мероприятий на 2026 год
№ п/п
Мероприятие
Срок
Исполнитель
1.
Проведение семинара для молодых педагогов
май 2026 г.
2.
Мониторинг вакансий в школах района
ежемесячно

Исполнитель
Петрова А.А.
тел. 22-33-44
`;

describe("a signature whose caption names a column the rows lack", () => {
  test("its name goes to no row when it does not come in the rows' count", () => {
    const r = structurePlan(rawText(EMPTY_EXECUTORS_SIGNED));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => it.responsible.text)).toEqual(["", ""]);
    expect(r.plan.meta.signatureBlock).toEqual(["Исполнитель", "Петрова А.А.", "тел. 22-33-44"]);
  });
});

// Writer's print of a Word table whose last row the page's end cut: after the page's rows, the executors' and results'
// cells as one flow under their captions, then the header repeated on the next page with the cut row's deadline and
// name going on between its captions.
const CUT_BY_THE_PAGE = `N п/п

Сроки
Содержание работы
реализации
1.1.
не позднее
Разработка и утверждение
30.01.2026
программы наставничества
1.2.
согласно плану
Актуализация базы данных вакантных
должностей педагогических работников
1.3.
Декабрь 2026
Обеспечение участия курсов повышения

Ответственный
исполнитель

Результаты

Павлова Т.И., методист

Протокол заседания
комиссии

УО
Совет молодых педагогов

Информация на
официальном сайте

Новикова А.В.

Сформирован банк

N п/п

Сроки
реализации
года – январь
2027 года

Содержание работы
квалификации руководящих работников
1.4.
Ежемесячно
Мониторинг вакансий в школах района

Ответственный
исполнитель

Результаты
данных

Орлов Б.Б.

Аналитическая справка
`;

describe("the header repeated on the next page ends the page's blocks", () => {
  test("the page's executors go to the page's rows; the next page's lines are not cells of the block", () => {
    const r = structurePlan(rawText(CUT_BY_THE_PAGE));
    if (!r.ok) throw new Error(r.failure.reason);
    const byNumber = new Map(r.plan.items.map((it) => [it.number, it]));
    expect(byNumber.get("1.1")?.responsible.text).toBe("Павлова Т.И., методист");
    expect(byNumber.get("1.2")?.responsible.text).toBe("УО Совет молодых педагогов");
    expect(byNumber.get("1.3")?.responsible.text).toBe("Новикова А.В.");
    expect(byNumber.get("1.4")?.result).toBe("Аналитическая справка");
    const words = JSON.stringify(r.plan);
    for (const w of ["года – январь", "квалификации руководящих работников", "Сформирован банк"]) expect(words).toContain(w);
  });
});

describe("blockRanges: the captions over the page's later columns", () => {
  // Rows at 0 and 2; then the executors' caption and cells, the deadlines' caption in the middle of them (pdftotext
  // gave the two columns' flows one after the other), then the next page's row at 9.
  const texts = ["1.", "Семинар", "2.", "Форум", "Исполнитель", "Гусев А.А.", "Срок", "май", "июнь", "3.", "Курсы", "Исполнитель", "Орлов Б.Б."];
  const lines: Line[] = texts.map((text, i) => ({ row: i + 1, text }));
  const seg: Segmentation = { segments: [0, 2, 9].map((at) => ({ kind: "item" as const, number: texts[at], at, pieces: [] })), start: 0, end: texts.length, furniture: new Set(), columnNumbers: new Map(), columnCount: null };
  const later = new Map<number, readonly ("responsible" | "deadline")[]>([[4, ["responsible"]], [6, ["deadline"]], [11, ["responsible"]]]);

  test("a caption with no row since the block before goes on that block; one after a row opens a block of its own", () => {
    expect(blockRanges(lines, seg, later)).toEqual([{ from: 4, to: 9 }, { from: 11, to: 13 }]);
  });
});

describe("columnsInBlocks: the columns a row's lines lack", () => {
  // Page 1: rows at 0 and 2, then the executors' and the deadlines' blocks; page 2: the row at 9, then the executors'
  // block; the row at 13 is the last, no block after it.
  const texts = ["1.", "Семинар", "2.", "Форум", "Исполнитель", "Гусев А.А.", "Срок", "май", "июнь", "3.", "Курсы", "Исполнитель", "Орлов Б.Б.", "4.", "Отчёт"];
  const at = [0, 2, 9, 13];
  const seg: Segmentation = { segments: at.map((i) => ({ kind: "item" as const, number: texts[i], at: i, pieces: [[{ index: i + 1, text: texts[i + 1] }]] })), start: 0, end: texts.length, furniture: new Set(), columnNumbers: new Map(), columnCount: null };
  const later = new Map<number, readonly ("responsible" | "deadline")[]>([[4, ["responsible"]], [6, ["deadline"]], [11, ["responsible"]]]);

  test("each row lacks the columns of the blocks after its page's rows, up to the next page's first row", () => {
    const apart = columnsInBlocks(seg, later);
    expect(at.map((i) => [...(apart.get(i) ?? [])].sort())).toEqual([["deadline", "responsible"], ["deadline", "responsible"], ["responsible"], []]);
  });
});

// A whole header lacking the result column, as pdftotext gives Writer's print of a two-page table: each page's results
// as a block under their caption after the page's rows; on the last page the deadlines too, after the signature, and
// the results' caption after them.
const TWO_PAGES = `№ п/п
Содержание работы
Ответственный исполнитель
Сроки реализации
1.1
Сбор сведений о вакансиях в школах
Руководители школ
апрель 2025 года
1.2
Формирование заказа на подготовку кадров
Отдел образования
до 15 февраля

Результат

База данных вакансий

Заявка направлена в министерство

1.3
Проведение слёта молодых педагогов
Комитет по образованию
1.4
Подготовка отчёта о выполнении плана
Отдел общего образования
Председатель комитета по образованию ______________ А.Н. Белоусов

Сроки
реализации
ноябрь 2025 года

до 25 декабря

Результат

Слёт проведён

Отчёт на заседании коллегии
`;

describe("a column the header lacks, given under its caption after each page", () => {
  test("each page's results go back to that page's rows; the deadlines after the signature go back with them", () => {
    const r = structurePlan(rawText(TWO_PAGES));
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.number, it.deadline.text, it.result])).toEqual([
      ["1.1", "апрель 2025 года", "База данных вакансий"],
      ["1.2", "до 15 февраля", "Заявка направлена в министерство"],
      ["1.3", "ноябрь 2025 года", "Слёт проведён"],
      ["1.4", "до 25 декабря", "Отчёт на заседании коллегии"],
    ]);
  });
});
