import * as iconv from "iconv-lite";
import { decodeText } from "../../../src/io/encoding/decodeText";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A table drawn in box drawing and saved in windows-1251, as a legal reference system exports a document «в текстовый
 * файл»: the code page has no box drawing, so Windows' best fit writes ─ as "-", every corner and junction as "+" and
 * │ as "¦" (0xA6). Cells wrap inside their columns and touch the bars; a section row is one cell over the table.
 */
const BOX = [
  "┌─────┬────────────────────────┬──────────────┬──────────────────────┐",
  "│  N  │      Наименование      │     Срок     │    Ответственные     │",
  "│ п/п │      мероприятия       │  исполнения  │     исполнители      │",
  "├─────┼────────────────────────┼──────────────┼──────────────────────┤",
  "│  1  │           2            │      3       │          4           │",
  "├─────┴────────────────────────┴──────────────┴──────────────────────┤",
  "│                    1. Организационные меры                         │",
  "├─────┬────────────────────────┬──────────────┬──────────────────────┤",
  "│1.1. │Создание рабочей группы │до 1 марта    │министерство          │",
  "│     │по кадровому обеспечению│2029 г.       │образования области   │",
  "├─────┼────────────────────────┼──────────────┼──────────────────────┤",
  "│1.2. │Мониторинг вакансий     │ежемесячно, до│ГАУ ДПО \"ЗИРО\"        │",
  "│     │                        │5 числа       │                      │",
  "└─────┴────────────────────────┴──────────────┴──────────────────────┘",
];
const bestFit = (line: string) => line.replace(/─/g, "-").replace(/│/g, "¦").replace(/[┌┐└┘├┤┬┴┼]/g, "+");
const text = (lines: readonly string[]) => ["ПЛАН МЕРОПРИЯТИЙ НА 2029 - 2031 ГОДЫ", "", ...lines, ""].join("\r\n");
const gridOf = (t: string) => readTextDocument(t, "x.txt").blocks.flatMap((b) => (b.kind === "table" ? [b.grid.rows.map((r) => r.cells)] : []));

describe("a box-drawn table saved in windows-1251 («¦», «+», «-»)", () => {
  test("reads as the same grid as the box drawing", () => {
    const grid = gridOf(text(BOX.map(bestFit)));
    expect(grid).toEqual(gridOf(text(BOX)));
    expect(grid[0][3]).toEqual(["1.1.", "Создание рабочей группы по кадровому обеспечению", "до 1 марта 2029 г.", "министерство образования области"]);
  });

  test("from the bytes the system writes: the plan's items, deadlines and executors", () => {
    const { text: decoded } = decodeText(iconv.encode(text(BOX.map(bestFit)), "win1251"));
    const plan = structureOrFail(readTextDocument(decoded, "x.txt"));
    expect(plan.sections.map((s) => s.title)).toEqual(["Организационные меры"]);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text])).toEqual([
      ["1.1", "до 1 марта 2029 г.", "министерство образования области"],
      ["1.2", "ежемесячно, до 5 числа", 'ГАУ ДПО "ЗИРО"'],
    ]);
  });
});
