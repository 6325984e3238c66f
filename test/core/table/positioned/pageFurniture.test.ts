import { findPageFurniture } from "../../../../src/core/table/positioned/pageFurniture";
import type { Line } from "../../../../src/core/table/positioned/types";

/** A page's lines: a body line every 12 points from the top, then its foot lines set apart (24 points down). */
function page(n: number, body: readonly string[], foot: readonly string[]): Line[] {
  const line = (text: string, top: number): Line => ({ page: n, top, bottom: top + 10, words: [{ text, x: 40, y: top, width: 5 * text.length, height: 10, page: n }], row: 0, text });
  const lines = body.map((t, i) => line(t, 40 + 12 * i));
  let top = 40 + 12 * body.length + 12;
  for (const t of foot) {
    lines.push(line(t, top));
    top += 24;
  }
  return lines;
}

const furniture = (lines: readonly Line[]) => [...findPageFurniture(lines, new Set())].map((i) => lines[i].text);

describe("findPageFurniture", () => {
  const body = ["1.1.1 Проведение семинара", "1.1.2 Проведение конкурса", "1.1.3 Мониторинг вакансий"];

  test("a running foot is furniture whatever its page number («Страница 1», «Страница 2»)", () => {
    const lines = [1, 2, 3].flatMap((n) => page(n, body, ["Комплекс мер на 2027 год", `Страница ${n}`]));
    expect(furniture(lines)).toEqual(["Комплекс мер на 2027 год", "Страница 1", "Комплекс мер на 2027 год", "Страница 2", "Комплекс мер на 2027 год", "Страница 3"]);
  });

  test("headings at the pages' feet whose titles repeat under other numbers are content; the page numbers are not", () => {
    const heads = ["Задача 1.2. Подготовка кадров", "Задача 2.1. Подготовка кадров", "Задача 3.1. Подготовка кадров"];
    const lines = [1, 2, 3].flatMap((n) => page(n, body, [heads[n - 1], `- ${n} -`]));
    expect(furniture(lines)).toEqual(["- 1 -", "- 2 -", "- 3 -"]);
    const numbered = [1, 2, 3].flatMap((n) => page(n, body, [`${n + 1}. Подготовка кадров`, `- ${n} -`]));
    expect(furniture(numbered)).toEqual(["- 1 -", "- 2 -", "- 3 -"]);
  });

  test("a heading repeated word for word at every page's foot is a running line", () => {
    const lines = [1, 2, 3].flatMap((n) => page(n, body, ["Раздел 2. Кадры (продолжение)", `- ${n} -`]));
    expect(furniture(lines)).toHaveLength(6);
  });

  test("a browser's foot that numbers the page is furniture right under the page's last line, with no space above it", () => {
    const foot = (n: number) => `https://example.ru/plan/ ${n}/3`;
    const lines = [1, 2, 3].flatMap((n) => page(n, [...body, foot(n)], []));
    expect(furniture(lines)).toEqual([foot(1), foot(2), foot(3)]);
    // A row's line at the foot of every page is no furniture without the page's number, however alike its lines.
    const rows = [1, 2, 3].flatMap((n) => page(n, [...body, `${n}.1 Семинар наставников`], []));
    expect(furniture(rows)).toEqual([]);
  });
});
