import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { CELL_PADDING, linesPdf, textWidth } from "../../fixtures/plans/linesPdf";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-broken-words-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
async function read(bytes: Uint8Array): Promise<Plan> {
  const file = path.join(dir, `plan-${++files}.pdf`);
  writeFileSync(file, bytes);
  return structureOrFail((await readInputAnywhere(file)).documents[0]);
}

const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];

/**
 * A Word table with a narrow executors' column, as Writer prints it: «Централизованная» does not fit in it, so it
 * starts a line of its own and is broken where its last letter no longer fits, with no hyphen. The column is as wide
 * as that piece and less than a letter more.
 */
async function narrowTable(responsible: readonly (readonly string[])[], ruled: boolean): Promise<Plan> {
  const width = await textWidth();
  const narrow = Math.ceil(width("«Централизованна") + 2 * CELL_PADDING + 0.5 * width("я"));
  const rows = responsible.map((lines, i) => ({ cells: [[`1.${i + 1}`], ["Проведение семинара"], lines, ["до 1 июня 2027 г."], ["Протокол"]] }));
  return read(await linesPdf({ widths: [40, 230, narrow, 110, 150], header: HEADER, pages: [{ rows: [{ heading: "1. Кадры" }, ...rows] }], ruled, title: "План мероприятий на 2027 год" }));
}

describe("a word broken at a narrow column's edge without a hyphen (Writer)", () => {
  // A word hyphenated at a line's end is joined as before, its hyphen kept.
  test.each([true, false])("is joined back where the piece fills the line and the next line goes on in lowercase (ruled %s)", async (ruled) => {
    const plan = await narrowTable(
      [
        ["МКУ", "«Централизованна", "я бухгалтерия»"],
        ["Отдел", "образования, МКУ", "«Централизованна", "я бухгалтерия»"],
        ["психолого-", "педагогическая", "служба"],
      ],
      ruled,
    );
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["МКУ «Централизованная бухгалтерия»", "Отдел образования, МКУ «Централизованная бухгалтерия»", "психолого-педагогическая служба"]);
  });

  test.each([true, false])("keeps its space where the next line starts with a capital, a digit or punctuation (ruled %s)", async (ruled) => {
    const plan = await narrowTable(
      [
        ["«Централизованна", "Бухгалтерия»"],
        ["«Централизованна", "2027 г."],
        ["«Централизованна", "(по согласованию)"],
        ["«Централизованна", "—", "отдел"],
      ],
      ruled,
    );
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["«Централизованна Бухгалтерия»", "«Централизованна 2027 г.", "«Централизованна (по согласованию)", "«Централизованна — отдел"]);
  });

  test.each([true, false])("keeps its space where the first line does not fill the column, or holds more than one word (ruled %s)", async (ruled) => {
    const plan = await narrowTable(
      [
        ["«Централизованна", "я бухгалтерия»"],
        ["Руководители", "образовательных", "организаций"],
        ["МКУ «ЦРО», МКУ", "бухгалтерия"],
        ["Петрова", "методист"],
      ],
      ruled,
    );
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["«Централизованная бухгалтерия»", "Руководители образовательных организаций", "МКУ «ЦРО», МКУ бухгалтерия", "Петрова методист"]);
  });
});
