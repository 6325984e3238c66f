import { structurePlan } from "../../../../src/core/plan";
import { readPositionedText, type PositionedWord } from "../../../../src/core/table/positioned";
import { findHeaderBand } from "../../../../src/core/table/positioned/findHeaderBand";
import { groupLines } from "../../../../src/core/table/positioned/groupLines";
import { planHeaderVerdict } from "../../../../src/core/table/positioned/planHeaderVerdict";

/**
 * A PDF without rules, as a plan is often printed: captions set at their columns' left edges, the last column much
 * wider than its caption, a section title with no number centred over the whole table right under the header. The
 * title crosses the edge of one caption («Ответственный исполнитель») from the column before it and keeps to none of
 * its edges, nor to the middle of the captions' text (the table's right edge is far past the last caption).
 */
const CHAR = 5;
const LEADING = 12;
/** Columns' left edges: the executors' caption far right of the table's middle, or just left of it. */
const LAYOUTS = { "right of the middle": [43, 83, 203, 473, 653], "just left of the middle": [30, 62, 150, 353, 533] };
type Layout = keyof typeof LAYOUTS;
const TABLE = { x0: 40, x1: 800 };
let runs = 0;

function run(text: string, x: number, line: number): PositionedWord[] {
  const id = runs++;
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: x + m.index! * CHAR, y: 40 + line * LEADING, width: m[0].length * CHAR, height: 10, page: 1, run: id }));
}

function centred(text: string, line: number): PositionedWord[] {
  return run(text, (TABLE.x0 + TABLE.x1) / 2 - (text.length * CHAR) / 2, line);
}

const HEADER = ["N п/п", "Сроки реализации", "Содержание работы", "Ответственный исполнитель", "Результаты"];
const ITEMS = [
  ["1", "в течение года", "Разработка программы наставничества", "Павлова Т.И., методист", "Заключено не менее 10 договоров о целевом обучении с выпускниками"],
  ["2", "май 2026 г.", "Мониторинг курсов квалификации", "УО", "Информация на официальном сайте управления образования"],
];

/** A cell's text wrapped to its column's width, as the last column's long results fill it to the table's edge. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last.length + 1 + word.length) * CHAR <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function page(title: string, layout: Layout): PositionedWord[] {
  const left = LAYOUTS[layout];
  const words = HEADER.flatMap((h, c) => run(h, left[c], 0));
  words.push(...centred(title, 1));
  let line = 2;
  for (const cells of ITEMS) {
    const wrapped = cells.map((t, c) => (c === cells.length - 1 ? wrap(t, TABLE.x1 - 4 - left[c]) : [t]));
    wrapped.forEach((lines, c) => lines.forEach((t, k) => words.push(...run(t, left[c], line + k))));
    line += Math.max(...wrapped.map((l) => l.length));
  }
  return words;
}

describe("a section title without a number centred over a table without rules, right under the header", () => {
  // The titles' first words run over the name column's edge, as most do (one whose words leave a gap on the edge is
  // cut at it in the body: a PDF without rules gives no table edge to centre a title on).
  const titles: Record<Layout, string> = { "right of the middle": "Работа с кадровым резервом руководителей", "just left of the middle": "Повышение профессионального мастерства" };

  const layouts = Object.keys(LAYOUTS) as Layout[];

  // Just left of the middle, the title is centred on the caption it covers (by chance), wider than it on both sides.
  test.each(layouts)("is no line of the header: the header keeps its own captions (executors' column %s)", (layout) => {
    const lines = groupLines(page(titles[layout], layout));
    const band = findHeaderBand(lines, 6, planHeaderVerdict, 50);
    expect(band?.last).toBe(0);
    expect(band?.cells.map((c) => c.text)).toEqual(HEADER);
  });

  test.each(layouts)("is the section of the items under it, their executors in their column (executors' column %s)", (layout) => {
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(page(titles[layout], layout), [], "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => s.title)).toEqual([titles[layout]]);
    expect(r.plan.items.map((i) => [i.number, i.responsible.text])).toEqual([["1", "Павлова Т.И., методист"], ["2", "УО"]]);
  });

  test("a caption's wrapped line keeping to its caption's left edge or middle stays in the header", () => {
    const left = LAYOUTS["right of the middle"];
    const words = [...HEADER.map((h) => h.split(" ")[0]).flatMap((h, c) => run(h, left[c], 0)), ...run("исполнитель", left[3], 1), ...run("реализации", left[1] - 2, 1)];
    const band = findHeaderBand(groupLines(words), 6, planHeaderVerdict, 50);
    expect(band?.last).toBe(1);
    expect(band?.cells.map((c) => c.text)).toEqual(["N", "Сроки реализации", "Содержание", "Ответственный исполнитель", "Результаты"]);
  });

  test("a centred caption's wider wrapped line in lower case stays in the header", () => {
    const left = LAYOUTS["right of the middle"];
    const middle = left[3] + (13 * CHAR) / 2;
    const words = [...HEADER.map((h) => h.split(" ")[0]).flatMap((h, c) => run(h, left[c], 0)), ...run("исполнитель (соисполнители)", middle - (27 * CHAR) / 2 + 4, 1)];
    const band = findHeaderBand(groupLines(words), 6, planHeaderVerdict, 50);
    expect(band?.last).toBe(1);
    expect(band?.cells[3].text).toBe("Ответственный исполнитель (соисполнители)");
  });

  test("a schedule grid's period captions under its merged caption stay in the header («I II III IV» reads as no title)", () => {
    const at = (line: number, pairs: readonly (readonly [string, number])[]): PositionedWord[] => pairs.map(([text, x]) => ({ text, x, y: line, width: text.length, height: 1, page: 1 }));
    const words = [
      ...at(0, [["№", 1], ["Наименование", 9], ["Ответственные", 29], ["Срок", 62], ["Ожидаемый", 77]]),
      ...at(1, [["п/п", 1], ["мероприятия", 9], ["исполнители", 29], ["исполнения", 59], ["результат", 78]]),
      ...at(2, [["I", 58], ["II", 60], ["III", 63], ["IV", 67]]),
      ...at(3, [["кв.", 57], ["кв.", 61], ["кв.", 65], ["кв.", 69]]),
    ];
    expect(findHeaderBand(groupLines(words), 1.5, planHeaderVerdict, 10)?.last).toBe(3);
  });
});

test("a row of period captions one space apart over several grid columns stays in the header («квартал квартал …»)", () => {
  const at = (line: number, pairs: readonly (readonly [string, number])[]): PositionedWord[] => pairs.map(([text, x]) => ({ text, x, y: line, width: text.length, height: 1, page: 1 }));
  const words = [
    ...at(0, [["N", 0], ["п/п", 2], ["2024", 22], ["год", 27], ["Содержание", 43], ["работы", 54], ["Ответственный", 96], ["исполнитель", 110], ["Ожидаемый", 131], ["результат", 141]]),
    ...at(1, [["I", 13], ["II", 21], ["III", 29], ["IV", 37]]),
    ...at(2, [["квартал", 9], ["квартал", 17], ["квартал", 25], ["квартал", 33]]),
  ];
  expect(findHeaderBand(groupLines(words), 1.5, planHeaderVerdict, 10)?.last).toBe(2);
});
