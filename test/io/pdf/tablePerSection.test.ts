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
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-table-per-section-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FONT = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts", "LiberationSans-Regular.ttf");
const SIZE = 10;
const LEADING = 12;

/** One section's table: its heading (a paragraph above it), its columns' widths, its rows' cells (lines split by \n). */
interface Table {
  readonly heading: string;
  readonly widths: readonly number[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * A plan typed as one table per section and printed by a browser (Chromium sizes each table's columns to its own text,
 * so each table's borders stand elsewhere): the header in the first table only, each cell bordered, a thin rectangle's
 * two edges for every border as Chromium draws them.
 */
async function tablesPdf(tables: readonly Table[], header: readonly string[], opts: { tight?: boolean; headerAlone?: boolean } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const page = pdf.addPage([595, 842]);
  const write = (text: string, x: number, y: number) => page.drawText(text, { x, y, size: SIZE, font });
  const border = (x0: number, y0: number, x1: number, y1: number) => {
    page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.5, color: rgb(0, 0, 0) });
    page.drawLine({ start: { x: x0 + (x0 === x1 ? 0.7 : 0), y: y0 + (y0 === y1 ? 0.7 : 0) }, end: { x: x1 + (x0 === x1 ? 0.7 : 0), y: y1 + (y0 === y1 ? 0.7 : 0) }, thickness: 0.5, color: rgb(0, 0, 0) });
  };
  write("ПЛАН мероприятий по закреплению молодых педагогов на 2035 год", 110, 790);
  let y = 760;
  if (opts.headerAlone) {
    // The header typed as a table of its own, sized to its captions, and drawn as Chromium draws such a row: one text
    // run for the whole line, the captions a space apart, a border in each space.
    const space = font.widthOfTextAtSize(" ", SIZE);
    const starts = header.reduce<number[]>((acc, h) => [...acc, acc[acc.length - 1] + font.widthOfTextAtSize(h, SIZE) + space], [43]);
    write(header.join(" "), 43, y);
    const edges = [40, ...starts.slice(1, -1).map((x) => x - space / 2), starts[starts.length - 1]];
    edges.forEach((x) => border(x, y + LEADING - 1, x, y - 4));
    border(40, y + LEADING - 1, edges[edges.length - 1], y + LEADING - 1);
    border(40, y - 4, edges[edges.length - 1], y - 4);
    y -= 2 * LEADING;
  }
  tables.forEach((t, k) => {
    write(t.heading, 40, y);
    y -= 2 * LEADING;
    // Sized to its text as a browser sizes a table: each column as wide as its longest line and the padding.
    const lineWidth = (cell: string) => Math.max(...cell.split("\n").map((l) => font.widthOfTextAtSize(l, SIZE)));
    const rows = k === 0 && !opts.headerAlone ? [header, ...t.rows] : t.rows;
    const widths = opts.tight ? t.widths.map((_, j) => Math.max(...rows.map((r) => lineWidth(r[j] ?? ""))) + 5) : t.widths;
    const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [40]);
    for (const cells of rows) {
      const top = y + LEADING - 1;
      cells.forEach((c, j) => c.split("\n").forEach((part, n) => write(part, xs[j] + 3, y - n * LEADING)));
      y -= Math.max(...cells.map((c) => c.split("\n").length)) * LEADING + 6;
      const bottom = y + LEADING - 1;
      xs.forEach((x) => border(x, top, x, bottom));
      border(xs[0], top, xs[xs.length - 1], top);
      border(xs[0], bottom, xs[xs.length - 1], bottom);
    }
    y -= LEADING;
  });
  write("Начальник управления образования С.А. Белова", 40, y - LEADING);
  return pdf.save();
}

async function read(bytes: Uint8Array): Promise<Plan> {
  const file = path.join(dir, `plan-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return structureOrFail((await readInputAnywhere(file)).documents[0]);
}

const HEADER = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"];
const TABLES: readonly Table[] = [
  {
    heading: "1. Адаптация молодых специалистов",
    widths: [30, 170, 90, 110, 110],
    rows: [
      ["1.1", "Закрепление наставников\nза молодыми учителями", "до 15 сентября\n2035 г.", "руководители школ", "приказы о\nнаставничестве"],
      ["1.2", "Установочный семинар\n«Первые шаги»", "август 2035 г.", "Кузнецова Л.П.,\nметодист ИМЦ", "программа семинара"],
    ],
  },
  {
    heading: "2. Материальная поддержка",
    widths: [30, 120, 150, 130, 80],
    rows: [
      ["2.1", "Выплата пособия\nмолодым специалистам", "в течение 2035 года", "МКУ «Централизованная\nбухгалтерия»", "пособие\nвыплачено"],
      ["2.2", "Служебное жильё", "по мере обращения", "администрация района", "договоры найма"],
    ],
  },
];

describe("a ruled PDF typed as one table per section, each table with columns of its own widths", () => {
  test("each table's rows are cut at their own borders, not at the first table's", async () => {
    const plan = await read(await tablesPdf(TABLES, HEADER));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Адаптация молодых специалистов"],
      ["2", "Материальная поддержка"],
    ]);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Закрепление наставников за молодыми учителями", "до 15 сентября 2035 г.", "руководители школ", "приказы о наставничестве"],
      ["1.2", "Установочный семинар «Первые шаги»", "август 2035 г.", "Кузнецова Л.П., методист ИМЦ", "программа семинара"],
      ["2.1", "Выплата пособия молодым специалистам", "в течение 2035 года", "МКУ «Централизованная бухгалтерия»", "пособие выплачено"],
      ["2.2", "Служебное жильё", "по мере обращения", "администрация района", "договоры найма"],
    ]);
  });

  test("tables of the same widths read as before (the header's borders part every row)", async () => {
    const same = TABLES.map((t) => ({ ...t, widths: [30, 150, 130, 130, 100] }));
    const plan = await read(await tablesPdf(same, HEADER));
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text])).toEqual([
      ["1.1", "до 15 сентября 2035 г.", "руководители школ"],
      ["1.2", "август 2035 г.", "Кузнецова Л.П., методист ИМЦ"],
      ["2.1", "в течение 2035 года", "МКУ «Централизованная бухгалтерия»"],
      ["2.2", "по мере обращения", "администрация района"],
    ]);
  });

  test("tables sized to their text as a browser sizes them: cells a few points apart, a border between, stay apart", async () => {
    const plan = await read(await tablesPdf(TABLES, HEADER, { tight: true }));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Закрепление наставников за молодыми учителями", "до 15 сентября 2035 г.", "руководители школ", "приказы о наставничестве"],
      ["1.2", "Установочный семинар «Первые шаги»", "август 2035 г.", "Кузнецова Л.П., методист ИМЦ", "программа семинара"],
      ["2.1", "Выплата пособия молодым специалистам", "в течение 2035 года", "МКУ «Централизованная бухгалтерия»", "пособие выплачено"],
      ["2.2", "Служебное жильё", "по мере обращения", "администрация района", "договоры найма"],
    ]);
  });

  test("a header in a table of its own, one run whose captions a border parts: each caption a cell of its own", async () => {
    const plan = await read(await tablesPdf(TABLES, ["№ п/п", ...HEADER.slice(1)], { headerAlone: true }));
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "до 15 сентября 2035 г.", "руководители школ", "приказы о наставничестве"],
      ["1.2", "август 2035 г.", "Кузнецова Л.П., методист ИМЦ", "программа семинара"],
      ["2.1", "в течение 2035 года", "МКУ «Централизованная бухгалтерия»", "пособие выплачено"],
      ["2.2", "по мере обращения", "администрация района", "договоры найма"],
    ]);
  });
});
