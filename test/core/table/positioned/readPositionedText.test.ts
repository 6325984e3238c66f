import type { SourceDocument, TableBlock } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { readPositionedText, type PositionedWord, type RulingLine } from "../../../../src/core/table/positioned";
import { returnNumberRests } from "../../../../src/core/table/positioned/numberCell";

/**
 * Positioned text written as a PDF printer places it: one text run per cell line (words placed by their share of
 * the run's characters, as the PDF reader estimates them), a 10-point font on a 12-point leading, cells padded by
 * 2 points. Columns: number, name, responsible, deadline, result.
 */
const COLUMNS = [50, 95, 270, 390, 490, 610];
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];
const SIZE = 10;
const LEADING = 12;
const CHAR = 5;

type Align = "top" | "middle" | "bottom";

interface Row {
  /** Cell texts by column, already wrapped (one string per line); a section has one cell across the table. */
  readonly cells: readonly (readonly string[])[];
  readonly section?: boolean;
}

interface Drawn {
  readonly words: PositionedWord[];
  readonly rules: RulingLine[];
}

let runs = 0;

function runWords(text: string, x: number, y: number, page = 1): PositionedWord[] {
  const run = runs++;
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: x + m.index! * CHAR, y, width: m[0].length * CHAR, height: SIZE, page, run }));
}

/** Draws the rows under a header, each row as tall as its tallest cell plus `gap`, cells aligned as asked. */
function draw(rows: readonly Row[], opts: { align: Align; ruled: boolean; gap: number; title?: string }): Drawn {
  const words: PositionedWord[] = [];
  const rules: RulingLine[] = [];
  let y = 40;
  if (opts.title) {
    words.push(...runWords(opts.title, COLUMNS[2] + 2, y));
    y += 2 * LEADING;
  }
  const right = COLUMNS[COLUMNS.length - 1];
  const hline = () => opts.ruled && rules.push({ page: 1, x0: COLUMNS[0], y0: y, x1: right, y1: y });
  const put = (row: Row, align: Align) => {
    const height = Math.max(...row.cells.map((c) => c.length)) * LEADING + opts.gap;
    const top = y;
    row.cells.forEach((lines, c) => {
      const offset = align === "top" ? 0 : align === "middle" ? (height - opts.gap - lines.length * LEADING) / 2 : height - opts.gap - lines.length * LEADING;
      lines.forEach((line, k) => words.push(...runWords(line, COLUMNS[c] + 2, top + opts.gap / 2 + offset + k * LEADING)));
    });
    y += height;
    if (opts.ruled) for (const x of row.section ? [COLUMNS[0], right] : COLUMNS) rules.push({ page: 1, x0: x, y0: top, x1: x, y1: y });
    hline();
  };
  hline();
  put({ cells: HEADER.map((h) => [h]) }, "top");
  for (const row of rows) put(row, row.section ? "top" : opts.align);
  return { words, rules };
}

function tableRows({ words, rules }: Drawn): string[][] {
  const blocks = readPositionedText(words, rules, "pdf");
  return blocks.filter((b): b is TableBlock => b.kind === "table").flatMap((b) => b.grid.rows.map((r) => [...r.cells]));
}

const ROWS: readonly Row[] = [
  { cells: [["1. Кадровое обеспечение школ округа"]], section: true },
  {
    cells: [["1.1"], ["Заключение договоров о", "целевом обучении с", "выпускниками школ"], ["Отдел образования,", "Петрова Н.В."], ["до 1 июля 2027 г."], ["не менее 12", "договоров"]],
  },
  { cells: [["1.2"], ["Сопровождение студентов-", "целевиков в период", "практики"], ["руководители ОО"], ["в течение года"], ["отчёт о практике"]] },
  { cells: [["1.3"], ["Выплата пособия"], ["МКУ «Централизованная", "бухгалтерия»"], ["сентябрь 2027 г."], ["пособие выплачено", "всем принятым"]] },
];

const EXPECTED = [
  HEADER,
  ["1. Кадровое обеспечение школ округа", "", "", "", ""],
  ["1.1", "Заключение договоров о целевом обучении с выпускниками школ", "Отдел образования, Петрова Н.В.", "до 1 июля 2027 г.", "не менее 12 договоров"],
  ["1.2", "Сопровождение студентов-целевиков в период практики", "руководители ОО", "в течение года", "отчёт о практике"],
  ["1.3", "Выплата пособия", "МКУ «Централизованная бухгалтерия»", "сентябрь 2027 г.", "пособие выплачено всем принятым"],
];

describe("rows of a table whose cells are centred or at the bottom (Word users set it for the whole table)", () => {
  test.each([
    ["middle", true, 4],
    ["bottom", true, 4],
    ["middle", false, 4],
    ["bottom", false, 4],
    ["middle", false, 0],
    ["bottom", false, 0],
    ["top", false, 0],
  ] as const)("cells at the %s, ruled %s, %d points between rows: the lines above a number belong to its row", (align, ruled, gap) => {
    expect(tableRows(draw(ROWS, { align, ruled, gap }))).toEqual(EXPECTED);
  });

  test("a number printed close to the name in the next cell (less than a phrase gap) is parted from it by the cell border", () => {
    // As LibreOffice prints a narrow number column: «1.1» ends 4 points before the name starts, with the border between.
    const drawn = draw([ROWS[1]], { align: "middle", ruled: true, gap: 4 });
    const words = drawn.words.map((w) => (w.text === "1.1" ? { ...w, x: COLUMNS[1] - 4 - w.width } : w));
    expect(tableRows({ ...drawn, words })[1].slice(0, 2)).toEqual(["1.1", "Заключение договоров о целевом обучении с выпускниками школ"]);
  });

  test("a title line above the table's top border is not read into the header cell under it", () => {
    // The last line of a centred title, as Writer prints it over the header: above one header cell, a line apart.
    const rows = tableRows(draw(ROWS, { align: "middle", ruled: true, gap: 4, title: "на 2027 год" }));
    expect(rows[0]).toEqual(HEADER);
  });
});

describe("two cells the PDF library joined into one text run", () => {
  // LibreOffice Calc prints a full deadline cell and the result beside it so close that pdfjs gives one run; the
  // words' places inside the run are estimated, and the estimate puts the last deadline word over the border.
  const joined = (): Drawn => {
    const drawn = draw([{ cells: [["3.2."], ["Формирование аттестации", "педагогических работников", "по результатам независимой", "оценки качества"], ["УО", "Фёдорова М.Ю., методист"], [], []] }], { align: "top", ruled: true, gap: 4 });
    const y = drawn.words.find((w) => w.text === "3.2.")!.y;
    const text = "с 01.03.2026 по 15.08.2026 Информация на сайте";
    // The deadline fills its cell (26 characters of 3.6 points); the run's width shared out over its characters puts
    // a little more on each, so that «15.08.2026» is estimated to end past the border.
    const perChar = 3.6 * 1.12;
    const run = runs++;
    const wide = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: COLUMNS[3] + 2 + m.index! * perChar, y, width: m[0].length * perChar, height: SIZE, page: 1, run }));
    return { words: [...drawn.words, ...wide], rules: drawn.rules };
  };

  test("is cut at the cell border: each cell keeps its words, the wrapped lines stay in their columns", () => {
    expect(tableRows(joined())[1]).toEqual([
      "3.2.",
      "Формирование аттестации педагогических работников по результатам независимой оценки качества",
      "УО Фёдорова М.Ю., методист",
      "с 01.03.2026 по 15.08.2026",
      "Информация на сайте",
    ]);
  });

  test("is cut too where no rules part the rows and it shares its line with one cell's line", () => {
    // Cells centred in their row: the joined run prints beside the name's third line, the only other text on its line.
    const drawn = joined();
    const third = drawn.words.find((w) => w.text === "независимой")!.y;
    const joinedRun = drawn.words[drawn.words.length - 1].run;
    const words = drawn.words.map((w) => (w.run === joinedRun ? { ...w, y: third } : w));
    const rules = drawn.rules.filter((r) => Math.abs(r.x1 - r.x0) < 1);
    expect(tableRows({ words, rules })[1].slice(3)).toEqual(["с 01.03.2026 по 15.08.2026", "Информация на сайте"]);
  });

  test("no word of the row is lost by the plan reader", () => {
    const doc: SourceDocument = { name: "plan.pdf", sheet: null, blocks: readPositionedText(joined().words, joined().rules, "pdf") };
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    const item = r.plan.items[0];
    expect([item.number, item.name, item.responsible.text.replace(/\n/g, " "), item.deadline.text, item.result]).toEqual([
      "3.2",
      "Формирование аттестации педагогических работников по результатам независимой оценки качества",
      "УО Фёдорова М.Ю., методист",
      "с 01.03.2026 по 15.08.2026",
      "Информация на сайте",
    ]);
  });
});

describe("a section heading centred over the table (a merged row, Word's «по центру»)", () => {
  // The heading's run starts inside the name column and crosses into the next two, a gap between its words falling
  // on a column border; no border is drawn inside its row.
  const centred = (ruled: boolean): Drawn => {
    const rows = [{ cells: [["I. Организационно-методическое и кадровое обеспечение"]], section: true }, ...ROWS.slice(1)];
    const drawn = draw(rows, { align: "middle", ruled, gap: 4 });
    const heading = drawn.words.filter((w) => w.run === drawn.words.find((x) => x.text === "Организационно-методическое")!.run);
    // Its last word starts just past the deadline column's border, its middle within 20 points of the table's.
    const shift = COLUMNS[3] + 2 - heading[heading.length - 1].x;
    return { ...drawn, words: drawn.words.map((w) => (heading.includes(w) ? { ...w, x: w.x + shift } : w)) };
  };

  test.each([true, false])("is a section with its items under it, ruled %s", (ruled) => {
    const { words, rules } = centred(ruled);
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(words, rules, "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Организационно-методическое и кадровое обеспечение"]]);
    expect(r.plan.items.map((i) => [i.number, i.section])).toEqual([["1.1", "I"], ["1.2", "I"], ["1.3", "I"]]);
  });
});

describe("a section title typed in one cell of a sheet, printed over the empty bordered cells beside it", () => {
  // Excel and Calc print such a title as one run and draw the borders of the empty cells through it; the words of
  // each title below are placed so that a gap between two of them falls on a border, as it does by chance.
  const overflowing = (section: readonly (readonly string[])[], opts: { horizontals: boolean }): Drawn => {
    const drawn = draw([{ cells: section }, ...ROWS.slice(1)], { align: "top", ruled: true, gap: 4 });
    return { words: drawn.words, rules: opts.horizontals ? drawn.rules : drawn.rules.filter((r) => Math.abs(r.x1 - r.x0) < 1) };
  };
  const items = (drawn: Drawn) => {
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(drawn.words, drawn.rules, "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    return { sections: r.plan.sections.map((s) => [s.number, s.title]), items: r.plan.items.map((i) => [i.number, i.section]) };
  };
  const underOne = { sections: [["1", "Кадры и методическое сопровождение школ округа"]], items: [["1.1", "1"], ["1.2", "1"], ["1.3", "1"]] };

  test("over several borders, a gap on the first: the title stays one cell, a section", () => {
    // «1. Кадры» ends 3 points before the name column's border, the next border runs through «округа».
    const drawn = overflowing([["1. Кадры и методическое сопровождение школ округа"]], { horizontals: true });
    expect(tableRows(drawn)[1]).toEqual(["1. Кадры и методическое сопровождение школ округа", "", "", "", ""]);
    expect(items(drawn)).toEqual(underOne);
  });

  test("over one border, a gap on it: the title stays one cell", () => {
    // «Глава 1.» ends 3 points before the name column's border and the title ends in the name column.
    const drawn = overflowing([["Глава 1. Кадры и методическое сопровождение"]], { horizontals: true });
    expect(tableRows(drawn)[1]).toEqual(["Глава 1. Кадры и методическое сопровождение", "", "", "", ""]);
  });

  test("with the section's number in a cell of its own, the title stays whole in the cell where it starts", () => {
    // «сопровождение» ends 3 points before the responsible column's border.
    const drawn = overflowing([["1."], ["Кадры и методическое сопровождение школ округа Заречный"]], { horizontals: true });
    expect(tableRows(drawn)[1]).toEqual(["1.", "Кадры и методическое сопровождение школ округа Заречный", "", "", ""]);
  });

  test("without rules between rows: the title alone on its line stays one cell", () => {
    const drawn = overflowing([["1. Кадры и методическое сопровождение школ округа"]], { horizontals: false });
    expect(tableRows(drawn)[1]).toEqual(["1. Кадры и методическое сопровождение школ округа", "", "", "", ""]);
  });
});

describe("a section row with its number in the № cell and its title in a cell merged over the other columns", () => {
  // Writer prints the merged cell with no border inside; «сопровождение» ends 3 points before the responsible
  // column's border of the other rows, so a gap of the title falls on that border.
  const drawn = () => draw([{ cells: [["1."], ["Кадры и методическое сопровождение школ округа Заречный"]], section: true }, ...ROWS.slice(1)], { align: "top", ruled: true, gap: 4 });

  test("the title stays whole in its cell and the row is a section with its items under it", () => {
    expect(tableRows(drawn())[1]).toEqual(["1.", "Кадры и методическое сопровождение школ округа Заречный", "", "", ""]);
    const { words, rules } = drawn();
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(words, rules, "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Кадры и методическое сопровождение школ округа Заречный"]]);
    expect(r.plan.items.map((i) => [i.number, i.section])).toEqual([["1.1", "1"], ["1.2", "1"], ["1.3", "1"]]);
  });
});

describe("lines with no table", () => {
  /** Lines on a 12-point leading from y = 40; "" leaves a line's space (an empty paragraph). */
  const page = (lines: readonly string[], pageNo = 1): PositionedWord[] => lines.flatMap((l, k) => (l ? runWords(l, 50, 40 + k * LEADING, pageNo) : []));

  test("a blank line's space between two lines skips a row, as a text file numbers its lines; a new page does not", () => {
    const words = [...page(["Мероприятие: Семинар", "Срок: март", "", "Мероприятие: Конкурс"]), ...page(["Срок: май"], 2)];
    const blocks = readPositionedText(words, [], "pdf");
    expect(blocks.map((b) => (b.kind === "text" ? [b.row, b.text] : null))).toEqual([
      [1, "Мероприятие: Семинар"],
      [2, "Срок: март"],
      [4, "Мероприятие: Конкурс"],
      [5, "Срок: май"],
    ]);
  });
});

describe("a number Writer broke at a dot in a narrow № column («1.1» over «.1»)", () => {
  const broken: readonly Row[] = [
    { cells: [["1.1", ".1"], ["Заключение договоров о", "целевом обучении"], ["Отдел образования"], ["до 1 июля"], ["12 договоров"]] },
    { cells: [["1.1", ".2"], ["Сопровождение студентов-", "целевиков"], ["руководители ОО"], ["в течение года"], ["отчёт о практике"]] },
    { cells: [["1.2", ".1"], ["Выплата пособия"], ["МКУ «ЦБ»"], ["сентябрь"], ["пособие выплачено"]] },
  ];

  test.each(["top", "middle", "bottom"] as const)("cells at the %s: the rest opens no row, ends no table, and the number reads whole", (align) => {
    expect(tableRows(draw(broken, { align, ruled: false, gap: 0 }))).toEqual([
      HEADER,
      ["1.1.1", "Заключение договоров о целевом обучении", "Отдел образования", "до 1 июля", "12 договоров"],
      ["1.1.2", "Сопровождение студентов-целевиков", "руководители ОО", "в течение года", "отчёт о практике"],
      ["1.2.1", "Выплата пособия", "МКУ «ЦБ»", "сентябрь", "пособие выплачено"],
    ]);
  });

  test("a rest a page break carried to the next page's top goes back to its number; the row left continues the one above", () => {
    const row = (cells: readonly string[], page: number) => ({ cells, row: 0, page });
    const rows = [row(["Задача 1.2. Наставничество", "", ""], 1), row(["1.2", "Формирование", "УО"], 1), row(["1", "2", "3"], 2), row([".2 x", "предложений", "ИРО"], 2), row(["1.2.3", "Конкурс", "ОО"], 2)];
    expect(returnNumberRests(rows, 0, (i) => i === 0).map((r) => r.cells)).toEqual([
      ["Задача 1.2. Наставничество", "", ""],
      ["1.2.2", "Формирование", "УО"],
      ["1", "2", "3"],
      ["x", "предложений", "ИРО"],
      ["1.2.3", "Конкурс", "ОО"],
    ]);
    // A title's number is no row's: a rest under it stays where it is.
    expect(returnNumberRests([rows[0], rows[3]], 0, (i) => i === 0)[1].cells[0]).toBe(".2 x");
  });

  test("a number Writer broke after a dot, «1.3.» at a page's foot and «2.» at the next top, is one where the numbering says so", () => {
    const row = (cells: readonly string[], page: number) => ({ cells, row: 0, page });
    const rows = [row(["1.3.", "Наставничество", ""], 1), row(["1.3. 1.", "Мониторинг", "УО"], 1), row(["1.3.", "Информационное", "ОО"], 1), row(["1", "2", "3"], 2), row(["2.", "сопровождение", ""], 2), row(["1.3.3.", "Подготовка", "ИРО"], 2)];
    expect(returnNumberRests(rows, 0, () => false).map((r) => r.cells[0])).toEqual(["1.3.", "1.3. 1.", "1.3.2.", "1", "", "1.3.3."]);
    // «2.» after «1.» (a plan numbered 1., 2., …) is the next item, not a rest: «1.» could follow the number before it.
    const flat = [row(["1.", "Мониторинг", "УО"], 1), row(["2.", "Информационное", "ОО"], 1), row(["3.", "Подготовка", "ИРО"], 2)];
    expect(returnNumberRests(flat, 0, () => false).map((r) => r.cells[0])).toEqual(["1.", "2.", "3."]);
    const sections = [row(["1.1.", "Мониторинг", "УО"], 1), row(["1.2.", "Информационное", "ОО"], 1), row(["2.", "Подготовка", "ИРО"], 2)];
    expect(returnNumberRests(sections, 0, () => false).map((r) => r.cells[0])).toEqual(["1.1.", "1.2.", "2."]);
  });
});
