import type { TableBlock } from "../../../../src/core/grid";
import { readPositionedText, type PositionedWord, type RulingLine } from "../../../../src/core/table/positioned";

/**
 * A ruled table as a browser or Writer prints it, with one cell merged down over rows (rowspan, Word's vertical merge):
 * its text printed once, centred over the rows it spans, and the borders between those rows drawn across every
 * column but its own. 10-point text on a 12-point leading, one text run per cell line, cells padded by 2 points.
 */
const COLUMNS = [50, 95, 270, 390, 490, 610];
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];
const SIZE = 10;
const LEADING = 12;
const CHAR = 5;
const GAP = 6;

interface Merge {
  readonly column: number;
  readonly first: number;
  readonly last: number;
  readonly lines: readonly string[];
  /** The borders between its rows drawn across it all the same (two cells, one text printed between them). */
  readonly drawn?: boolean;
}

let runs = 0;

function runWords(text: string, x: number, y: number): PositionedWord[] {
  const run = runs++;
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: x + m.index! * CHAR, y, width: m[0].length * CHAR, height: SIZE, page: 1, run }));
}

/** The header, then the rows (cell lines by column, top-aligned), each merge printed over its rows; `ruled`: borders drawn. */
function draw(rows: readonly (readonly (readonly string[])[])[], merges: readonly Merge[], ruled = true): { words: PositionedWord[]; rules: RulingLine[] } {
  const words: PositionedWord[] = [];
  const rules: RulingLine[] = [];
  let y = 40;
  const tops: number[] = [];
  // A row border stops short of every column merged down across it: one stroke over each run of the other columns.
  const border = (row: number | null) => {
    if (!ruled) return;
    const open = new Set(merges.filter((m) => !m.drawn && row !== null && row >= m.first && row < m.last).map((m) => m.column));
    let from: number | null = null;
    for (let c = 0; c <= COLUMNS.length - 1; c++) {
      const drawn = c < COLUMNS.length - 1 && !open.has(c);
      if (drawn && from === null) from = COLUMNS[c];
      if (!drawn && from !== null) {
        rules.push({ page: 1, x0: from, y0: y, x1: COLUMNS[c], y1: y });
        from = null;
      }
    }
  };
  const put = (cells: readonly (readonly string[])[]) => {
    const top = y;
    tops.push(top);
    cells.forEach((lines, c) => lines.forEach((line, k) => words.push(...runWords(line, COLUMNS[c] + 2, top + GAP / 2 + k * LEADING))));
    y += Math.max(1, ...cells.map((c) => c.length)) * LEADING + GAP;
    if (ruled) for (const x of COLUMNS) rules.push({ page: 1, x0: x, y0: top, x1: x, y1: y });
  };
  border(null);
  put(HEADER.map((h) => [h]));
  border(null);
  rows.forEach((cells, i) => {
    put(cells);
    border(i);
  });
  for (const m of merges) {
    // Row i's top is tops[i + 1] (the header's is tops[0]).
    const top = tops[m.first + 1];
    const bottom = m.last + 2 < tops.length ? tops[m.last + 2] : y;
    const start = top + (bottom - top - m.lines.length * LEADING) / 2;
    m.lines.forEach((line, k) => words.push(...runWords(line, COLUMNS[m.column] + 2, start + k * LEADING)));
  }
  return { words, rules };
}

function tableRows({ words, rules }: { words: PositionedWord[]; rules: RulingLine[] }): string[][] {
  return readPositionedText(words, rules, "pdf")
    .filter((b): b is TableBlock => b.kind === "table")
    .flatMap((b) => b.grid.rows.map((r) => [...r.cells]))
    .slice(1);
}

const ITEMS: readonly (readonly (readonly string[])[])[] = [
  [["1.1."], ["Проведение профориентационных", "мероприятий для", "обучающихся 8–11 классов"], [], ["ежегодно, февраль –", "апрель"], ["охват не менее 300", "обучающихся"]],
  [["1.2."], ["Организация работы клуба", "«Будущий педагог»"], [], ["с 01.09.2033 по", "31.05.2034"], ["не менее 25", "участников"]],
  [["1.3."], ["Отбор выпускников для", "целевого обучения"], [], ["ежегодно, до 1 июля"], ["не менее 6 договоров"]],
  [["1.4."], ["Заключение соглашения"], ["Управление", "образования"], ["I квартал 2033 г."], ["соглашение подписано"]],
];
const CENTRE = ["МКУ «Центр", "методического", "сопровождения»"];
const EXECUTORS = (rows: readonly string[][]) => rows.map((r) => r[2]);

describe("a cell merged down over rows of a ruled PDF table", () => {
  test("gives its whole text to every item it spans, wherever its lines print", () => {
    const rows = tableRows(draw(ITEMS, [{ column: 2, first: 0, last: 2, lines: CENTRE }]));
    expect(EXECUTORS(rows)).toEqual([CENTRE.join(" "), CENTRE.join(" "), CENTRE.join(" "), "Управление образования"]);
    expect(rows.map((r) => r[0])).toEqual(["1.1.", "1.2.", "1.3.", "1.4."]);
  });

  test("is never cut by the row border its lines straddle", () => {
    const two = [ITEMS[2], ITEMS[2].map((c, i) => (i === 0 ? ["1.4."] : c)), ITEMS[3]];
    const rows = tableRows(draw(two, [{ column: 2, first: 0, last: 1, lines: ["Руководители", "общеобразовательных", "организаций"] }]));
    expect(EXECUTORS(rows)).toEqual(["Руководители общеобразовательных организаций", "Руководители общеобразовательных организаций", "Управление образования"]);
  });

  test("fills the deadline as the executors", () => {
    const items = ITEMS.map((cells) => cells.map((c, i) => (i === 3 ? [] : i === 2 ? ["Отдел кадров"] : c)));
    const rows = tableRows(draw(items, [{ column: 3, first: 1, last: 3, lines: ["2033–2034 гг."] }]));
    expect(rows.map((r) => r[3])).toEqual(["", "2033–2034 гг.", "2033–2034 гг.", "2033–2034 гг."]);
  });

  test("keeps a merged name as the rows read it (one item printed over sub-rows is no text for each)", () => {
    const items = ITEMS.map((cells, k) => cells.map((c, i) => (i === 1 && k < 3 ? [] : c)));
    const rows = tableRows(draw(items, [{ column: 1, first: 0, last: 2, lines: ["Работа с выпускниками"] }, { column: 2, first: 0, last: 2, lines: CENTRE }]));
    expect(rows.map((r) => r[1])).toEqual(["", "Работа с выпускниками", "", "Заключение соглашения"]);
    expect(EXECUTORS(rows)).toEqual([CENTRE.join(" "), CENTRE.join(" "), CENTRE.join(" "), "Управление образования"]);
  });

  test("is no merge where a border is drawn across the column: empty cells prove nothing", () => {
    const five = [...ITEMS.slice(0, 3), ...ITEMS.slice(0, 2).map((cells, k) => cells.map((c, i) => (i === 0 ? [`1.${k + 4}.`] : c)))];
    const rows = tableRows(draw(five, [{ column: 2, first: 0, last: 1, lines: ["Отдел кадров"] }, { column: 2, first: 2, last: 4, lines: CENTRE, drawn: true }]));
    expect(EXECUTORS(rows)).toEqual(["Отдел кадров", "Отдел кадров", "", CENTRE.join(" "), ""]);
  });
});

interface BrokenRowMerge {
  /** 2.1's executors; `open`: the border under 2.1 stops short of them (merged down from 2.1). */
  readonly row21: readonly string[];
  readonly open: boolean;
  /** 2.2's executors' lines at the foot of page 1 and at the top of page 2. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Lines printed centred on the border between 2.2 and 2.3 on page 2 (open in the executors). */
  readonly centred: readonly string[];
}
const OWN = "Управление образования";

/**
 * Two pages of a ruled table (the header repeated on each), 2.2 broken by the page break: its cells' first lines at
 * the foot of page 1 over a border drawn across the whole table, its last line at the top of page 2; then 2.3, the
 * border between them open in the executors (merged down across the break).
 */
function twoPages(m: BrokenRowMerge): { words: PositionedWord[]; rules: RulingLine[] } {
  const words: PositionedWord[] = [];
  const rules: RulingLine[] = [];
  const across = (page: number, y: number, skip?: number) => {
    for (let c = 0; c < COLUMNS.length - 1; c++) if (c !== skip) rules.push({ page, x0: COLUMNS[c], y0: y, x1: COLUMNS[c + 1], y1: y });
  };
  const verticals = (page: number, from: number, to: number) => COLUMNS.forEach((x) => rules.push({ page, x0: x, y0: from, x1: x, y1: to }));
  const cell = (page: number, column: number, top: number, lines: readonly string[]) =>
    lines.forEach((line, k) => words.push(...runWords(line, COLUMNS[column] + 2, top + GAP / 2 + k * LEADING).map((w) => ({ ...w, page }))));
  const header = (page: number) => {
    across(page, 40);
    HEADER.forEach((h, c) => cell(page, c, 40, [h]));
    across(page, 40 + LEADING + GAP);
  };
  header(1);
  let y = 40 + LEADING + GAP;
  [["2.1."], ["Формирование методических", "семинаров"], m.row21, ["по плану"], ["приказ"]].forEach((lines, c) => cell(1, c, y, lines));
  y += 2 * LEADING + GAP;
  across(1, y, m.open ? 2 : undefined);
  [["2.2."], ["Обеспечение участия анализа", "потребности в кадрах по", "результатам оценки"], m.before, ["до 17 июня 2026", "года"], ["договоры"]].forEach((lines, c) => cell(1, c, y, lines));
  y += 3 * LEADING + GAP;
  across(1, y);
  verticals(1, 40, y);
  header(2);
  y = 40 + LEADING + GAP;
  cell(2, 1, y, ["качества"]);
  cell(2, 2, y, m.after);
  y += LEADING + GAP;
  across(2, y, 2);
  [["2.3."], ["Обеспечение участия курсов", "повышения квалификации"], [], ["04.05.2026"], ["приказ управления"]].forEach((lines, c) => cell(2, c, y, lines));
  cell(2, 2, y - LEADING / 2, m.centred);
  y += 2 * LEADING + GAP;
  across(2, y);
  [["2.4."], ["Заключение соглашения"], ["Управление образования"], ["I квартал"], ["соглашение"]].forEach((lines, c) => cell(2, c, y, lines));
  y += LEADING + GAP;
  across(2, y);
  verticals(2, 40, y);
  return { words, rules };
}

describe("a cell merged down over rows across a page break", () => {
  const items = (rows: string[][]) => rows.filter((r) => r[0] !== HEADER[0]);

  test("printed whole on the first page, it is every spanned row's, the row after the break too", () => {
    const rows = items(tableRows(twoPages({ row21: ["ИРО"], open: true, before: [], after: [], centred: [] })));
    expect(rows.map((r) => r[0])).toEqual(["2.1.", "2.2.", "", "2.3.", "2.4."]);
    expect(EXECUTORS(rows)).toEqual(["ИРО", "ИРО", "", "ИРО", OWN]);
  });

  test("printed partly before the break, its first lines are the merged text's start", () => {
    const rows = items(tableRows(twoPages({ row21: ["Отдел кадров"], open: false, before: ["Т.И. Гусева, начальник"], after: ["отдела кадров"], centred: ["ОО"] })));
    expect(rows.map((r) => r[0])).toEqual(["2.1.", "2.2.", "", "2.3.", "2.4."]);
    // 2.2's lines after the break stay on its row's part there (the plan reader joins the two parts).
    expect(EXECUTORS(rows)).toEqual(["Отдел кадров", "Т.И. Гусева, начальник", "отдела кадров ОО", "Т.И. Гусева, начальник отдела кадров ОО", OWN]);
  });
});
