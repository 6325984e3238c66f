import fontkit from "@pdf-lib/fontkit";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { PDFDocument, rgb } from "pdf-lib";
import type { Plan } from "../../../src/core/plan/types";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-schedule-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FONT = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts", "LiberationSans-Regular.ttf");
const SIZE = 9;
const LEADING = 11;

/** A column of the printed table: its width in points and, for a grid column, its caption's lines. */
interface Column {
  readonly width: number;
  readonly header: readonly string[];
  readonly grid?: boolean;
}

/**
 * `years`: a grid over several years, each year's caption centred over its own columns under the caption ("" for no
 * caption over them all); `titleAbove`: the plan's title one blank line above the header, centred on the page, under a title block at the right.
 */
interface GridOptions {
  readonly years?: readonly string[];
  readonly titleAbove?: boolean;
  /**
   * The text columns' names on a line of their own under the grid's caption, the years and periods under them: Calc
   * centres the names down the header's rows, the caption alone on the top one.
   */
  readonly namesBetween?: boolean;
}

/**
 * A план-график printed as officials print it from Word: text columns with their names at the top left of the header,
 * a caption merged over narrow period columns (centred over them) and their sub-captions under it, centred; one mark
 * centred in each marked cell. `ruled`: every cell bordered, the caption's merged cell with no border inside.
 */
async function gridPdf(columns: readonly Column[], caption: string, rows: readonly (readonly string[])[], ruled: boolean, opts: GridOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const page = pdf.addPage([842, 595]);
  const measure = (s: string) => font.widthOfTextAtSize(s, SIZE);
  const xs = columns.reduce<number[]>((acc, c) => [...acc, acc[acc.length - 1] + c.width], [40]);
  const from = columns.findIndex((c) => c.grid);
  const to = columns.length - 1 - [...columns].reverse().findIndex((c) => c.grid);
  const write = (text: string, x: number, y: number) => page.drawText(text, { x, y, size: SIZE, font });
  const line = (x0: number, y0: number, x1: number, y1: number) => ruled && page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.5, color: rgb(0, 0, 0) });
  const title = "План-график мероприятий по кадровому обеспечению на 2027 год";
  let y = 510;
  if (opts.titleAbove) {
    const over = "План работы по развитию кадрового потенциала педагогических работников на 2027–2028 годы";
    write(over, (842 - measure(over)) / 2, y + 2 * LEADING);
    ["УТВЕРЖДАЮ", "Начальник управления образования", "«___» __________ 2027 г."].forEach((t, k) => write(t, 600, y + (6 - k) * LEADING));
  }
  else write(title, 250, 540);
  const top = y + LEADING - 2;
  // Bands over the grid: the caption (if any), then the years' captions, each over its share of the columns.
  const years = opts.years ?? [];
  const bands = (caption ? 1 : 0) + (years.length ? 1 : 0);
  const subLines = Math.max(...columns.map((c) => (c.grid ? c.header.length : 0)));
  const lower = opts.namesBetween ? 1 : 0;
  const height = Math.max(bands + lower + subLines, ...columns.map((c) => c.header.length + lower));
  columns.forEach((c, j) => {
    if (c.grid) c.header.forEach((t, k) => write(t, (xs[j] + xs[j + 1] - measure(t)) / 2, y - (k + bands + lower) * LEADING));
    else c.header.forEach((t, k) => write(t, xs[j] + 3, y - (k + lower) * LEADING));
  });
  if (caption) write(caption, (xs[from] + xs[to + 1] - measure(caption)) / 2, y);
  const perYear = (to - from + 1) / Math.max(1, years.length);
  const yearY = y - (caption ? LEADING : 0) - lower * LEADING;
  years.forEach((t, k) => write(t, (xs[from + k * perYear] + xs[from + (k + 1) * perYear] - measure(t)) / 2, yearY));
  const split = top - (bands + lower) * LEADING - 1;
  const yearSplit = top - LEADING - 1;
  y -= height * LEADING;
  let bottom = y + LEADING - 3;
  line(xs[from], split, xs[to + 1], split);
  if (caption && years.length) line(xs[from], yearSplit, xs[to + 1], yearSplit);
  // A border between two years starts under the caption over both; one inside a year, under the year's caption.
  const startOf = (j: number) => (j <= from || j > to ? top : years.length && caption && (j - from) % perYear === 0 ? yearSplit : years.length && (j - from) % perYear === 0 ? top : split);
  xs.forEach((x, j) => line(x, startOf(j), x, bottom));
  line(xs[0], top, xs[xs.length - 1], top);
  for (const cells of rows) {
    const rowTop = y + LEADING - 2;
    cells.forEach((t, j) => {
      if (!t) return;
      if (columns[j].grid) write(t, (xs[j] + xs[j + 1] - measure(t)) / 2, y);
      else t.split("\n").forEach((part, k) => write(part, xs[j] + 3, y - k * LEADING));
    });
    // Cell margins leave a little space between rows (a table with none and three rows is ambiguous to anyone).
    y -= Math.max(...cells.map((t) => t.split("\n").length)) * LEADING + 4;
    bottom = y + LEADING - 1;
    xs.forEach((x) => line(x, rowTop, x, bottom));
    line(xs[0], bottom, xs[xs.length - 1], bottom);
  }
  write("Начальник управления образования ____________ И.С. Воронина", 40, y - 2 * LEADING);
  return pdf.save();
}

const TEXT_COLUMNS = {
  number: { width: 40, header: ["№ п/п"] },
  name: { width: 260, header: ["Наименование", "мероприятия"] },
  responsible: { width: 170, header: ["Ответственный", "исполнитель"] },
  result: { width: 150, header: ["Ожидаемый", "результат"] },
} as const;
const QUARTERS: readonly Column[] = ["I", "II", "III", "IV"].map((q) => ({ width: 38, header: [q, "кв."], grid: true }));
const MONTHS: readonly Column[] = ["янв.", "фев.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."].map((m) => ({ width: 28, header: [m], grid: true }));

const QUARTER_ROWS = [
  ["1.1", "Мониторинг потребности\nв педагогических кадрах", "х", "х", "", "", "Петрова А.А., методист", "Аналитическая справка"],
  ["1.2", "Заседания муниципального\nсовета по кадрам", "х", "х", "х", "х", "Управление образования", "Протокол заседания"],
  ["1.3", "Конкурс «Педагог года»", "", "", "х", "", "Иванов И.И., начальник отдела", "Приказ об итогах"],
];

let files = 0;
async function read(bytes: Uint8Array): Promise<Plan> {
  const file = path.join(dir, `plan-${++files}.pdf`);
  writeFileSync(file, bytes);
  return structureOrFail((await readInputAnywhere(file)).documents[0]);
}
const deadlines = (plan: Plan) => plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every]);

describe("план-график printed to PDF: a caption merged over narrow period columns", () => {
  const quarterColumns: readonly Column[] = [TEXT_COLUMNS.number, TEXT_COLUMNS.name, ...QUARTERS, TEXT_COLUMNS.responsible, TEXT_COLUMNS.result];

  test.each([true, false])("quarters on two lines («I» over «кв.»), ruled %s: each grid column its own, the marks become deadlines", async (ruled) => {
    const plan = await read(await gridPdf(quarterColumns, "Срок исполнения (2027 год)", QUARTER_ROWS, ruled));
    expect(deadlines(plan)).toEqual([
      ["1.1", "period", "2027-01-01", "2027-06-30", null],
      ["1.2", "recurring", "2027-01-01", "2027-12-31", "quarter"],
      ["1.3", "period", "2027-07-01", "2027-09-30", null],
    ]);
    // The grid's columns stay, named by the caption and their own sub-caption, as a workbook's; the other cells are whole.
    expect(plan.columns.extra).toEqual(["I", "II", "III", "IV"].map((q) => `Срок исполнения (2027 год) ${q} кв.`));
    expect(plan.items.map((i) => [i.name, i.responsible.text, i.result])).toEqual(QUARTER_ROWS.map((r) => [r[1].replace("\n", " "), r[6], r[7]]));
    expect(plan.items[0].extra).toEqual({ "Срок исполнения (2027 год) I кв.": "х", "Срок исполнения (2027 год) II кв.": "х" });
  });

  test("abbreviated months under a year centred over the middle of the grid: the months beside it are its columns too", async () => {
    const columns: readonly Column[] = [TEXT_COLUMNS.number, TEXT_COLUMNS.name, ...MONTHS, TEXT_COLUMNS.responsible];
    const marks = (from: number, to: number) => MONTHS.map((_, m) => (m + 1 >= from && m + 1 <= to ? "+" : ""));
    const rows = [
      ["1", "Формирование банка вакансий", ...marks(1, 12), "Управление образования"],
      ["2", "Курсы повышения квалификации\nдля молодых педагогов", ...marks(2, 4), "ИРО"],
      ["3", "Августовское совещание", ...marks(8, 8), "Петрова А.А., методист"],
    ];
    const plan = await read(await gridPdf(columns, "2027 год", rows, false));
    expect(deadlines(plan)).toEqual([
      ["1", "recurring", "2027-01-01", "2027-12-31", "month"],
      ["2", "period", "2027-02-01", "2027-04-30", null],
      ["3", "period", "2027-08-01", "2027-08-31", null],
    ]);
    expect(plan.columns.extra).toHaveLength(12);
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Управление образования", "ИРО", "Петрова А.А., методист"]);
  });

  describe("over two years: each year's caption over its own periods", () => {
    // Eight grid columns leave the text columns less of the landscape page; their names fit on one line, so the line
    // under them holds the years alone.
    const columns: readonly Column[] = [
      { width: 40, header: ["№ п/п"] },
      { width: 180, header: ["Мероприятие"] },
      ...QUARTERS,
      ...QUARTERS,
      { width: 150, header: ["Исполнитель"] },
      { width: 110, header: ["Результат"] },
    ];
    const rows = [
      ["1.1", "Мониторинг потребности\nв педагогических кадрах", "х", "", "", "", "х", "", "", "", "Петрова А.А., методист", "Аналитическая справка"],
      ["1.2", "Заседания муниципального\nсовета по кадрам", "х", "х", "х", "х", "х", "х", "х", "х", "Управление образования", "Протокол заседания"],
      ["1.3", "Конкурс «Педагог года»", "", "", "", "х", "х", "", "", "", "Иванов И.И., начальник отдела", "Приказ об итогах"],
    ];
    const expected = [
      ["1.1", "recurring", "2027-01-01", "2028-12-31", "year"],
      ["1.2", "recurring", "2027-01-01", "2028-12-31", "quarter"],
      ["1.3", "period", "2027-10-01", "2028-03-31", null],
    ];

    // «2027 г.» and «2028 г.» stand far left and right of the caption centred over both: they are its sub-captions.
    test.each([true, false])("«Сроки исполнения» over «2027 г.» | «2028 г.» over quarters, ruled %s", async (ruled) => {
      const plan = await read(await gridPdf(columns, "Сроки исполнения", rows, ruled, { years: ["2027 г.", "2028 г."] }));
      expect(deadlines(plan)).toEqual(expected);
      expect(plan.columns.extra).toHaveLength(8);
      expect(plan.items.map((i) => i.responsible.text)).toEqual(rows.map((r) => r[10]));
    });

    // Calc centres the other columns' names down the header's rows: the grid's caption alone on the top line, the rule
    // under it over the grid only, the names on the line under it, the years and quarters under them.
    test("the caption alone on the top line and the names beside the rule under it: one header", async () => {
      const plan = await read(await gridPdf(columns, "Период выполнения", rows, true, { years: ["2027", "2028"], namesBetween: true }));
      expect(deadlines(plan)).toEqual(expected);
      expect(plan.items.map((i) => [i.name, i.responsible.text])).toEqual(rows.map((r) => [r[1].replace("\n", " "), r[10]]));
    });

    // The title centred on the page one blank line above the header is not the header's first line.
    test.each([true, false])("the years alone over the grid and the title one blank line above, ruled %s", async (ruled) => {
      const plan = await read(await gridPdf(columns, "", rows, ruled, { years: ["2027 год", "2028 год"], titleAbove: true }));
      expect(deadlines(plan)).toEqual(expected);
      expect(plan.items.map((i) => [i.name, i.responsible.text])).toEqual(rows.map((r) => [r[1].replace("\n", " "), r[10]]));
    });
  });
});
