import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { linesPdf, type LinesRow } from "../../fixtures/plans/linesPdf";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-foot-heading-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(bytes: Uint8Array): Promise<Plan> {
  const file = path.join(dir, `plan-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return structureOrFail((await readInputAnywhere(file)).documents[0]);
}

const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];
const item = (number: string): LinesRow => ({ cells: [[number], ["Проведение методического семинара", "для молодых педагогов"], ["Управление образования"], ["до 1 июня 2027 г."], ["Протокол"]] });

/**
 * A plan whose headings repeat their titles under other numbers (as plans do: «Подготовка кадров» under every goal),
 * two of them printed as the last line of a page, their items on the next page.
 */
function pages(): { rows: LinesRow[] }[] {
  return [
    { rows: [{ heading: "Задача 1.1. Подготовка кадров" }, item("1.1.1"), item("1.1.2"), { heading: "Задача 1.2. Подготовка кадров" }] },
    { rows: [item("1.2.1"), item("1.2.2"), { heading: "Задача 2.1. Подготовка кадров" }] },
    { rows: [item("2.1.1"), item("2.1.2")] },
  ];
}

describe("a section heading printed as the last line before a page break", () => {
  test.each([true, false])("is a section with its items, not page furniture, though its title comes back at another page's foot (ruled %s)", async (ruled) => {
    const plan = await read(await linesPdf({ widths: [45, 250, 170, 120, 150], header: HEADER, pages: pages(), ruled, title: "План мероприятий на 2027 год" }));
    expect(plan.sections.map((s) => s.title)).toEqual(["Задача 1.1. Подготовка кадров", "Задача 1.2. Подготовка кадров", "Задача 2.1. Подготовка кадров"]);
    expect(plan.items.map((i) => [i.number, i.section])).toEqual([
      ["1.1.1", "1.1"],
      ["1.1.2", "1.1"],
      ["1.2.1", "1.2"],
      ["1.2.2", "1.2"],
      ["2.1.1", "2.1"],
      ["2.1.2", "2.1"],
    ]);
    // The page numbers are still furniture.
    expect(plan.dropped.filter((d) => d.reason === "page_furniture").map((d) => d.text)).toEqual(["1", "2", "3"]);
  });
});
