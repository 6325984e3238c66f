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
const COLUMN_LEFT = [43, 83, 203, 473, 653];
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
  ["1", "в течение года", "Разработка программы наставничества", "Павлова Т.И., методист", "Приказ управления"],
  ["2", "до 1 июня 2026 г.", "Мониторинг курсов повышения квалификации", "УО", "Аналитическая справка"],
];

function page(title: string): PositionedWord[] {
  const words = HEADER.flatMap((h, c) => run(h, COLUMN_LEFT[c], 0));
  words.push(...centred(title, 1));
  ITEMS.forEach((cells, k) => words.push(...cells.flatMap((t, c) => run(t, COLUMN_LEFT[c], 2 + k))));
  return words;
}

describe("a section title without a number centred over a table without rules, right under the header", () => {
  const title = "Работа с кадровым резервом руководителей";

  test("is no line of the header: the header keeps its own captions", () => {
    const lines = groupLines(page(title));
    const band = findHeaderBand(lines, 6, planHeaderVerdict, 50);
    expect(band?.last).toBe(0);
    expect(band?.cells.map((c) => c.text)).toEqual(HEADER);
  });

  test("is the section of the items under it, their executors in their column", () => {
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(page(title), [], "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => s.title)).toEqual([title]);
    expect(r.plan.items.map((i) => [i.number, i.responsible.text])).toEqual([["1", "Павлова Т.И., методист"], ["2", "УО"]]);
  });

  test("a caption's wrapped line keeping to its caption's left edge or middle stays in the header", () => {
    const words = [...HEADER.map((h) => h.split(" ")[0]).flatMap((h, c) => run(h, COLUMN_LEFT[c], 0)), ...run("исполнитель", COLUMN_LEFT[3], 1), ...run("реализации", COLUMN_LEFT[1] - 2, 1)];
    const band = findHeaderBand(groupLines(words), 6, planHeaderVerdict, 50);
    expect(band?.last).toBe(1);
    expect(band?.cells.map((c) => c.text)).toEqual(["N", "Сроки реализации", "Содержание", "Ответственный исполнитель", "Результаты"]);
  });
});
