import type { GridRow, Merge, SourceDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { readPositionedText, type PositionedWord, type RulingLine } from "../../../src/core/table/positioned";

/**
 * Section titles with no number over items numbered straight through the plan («Кадровое планирование и мониторинг»
 * merged across the table, often centred, then «1.», «2.», … «14.»), as many officials type their plans.
 */
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];
const FIRST = "Кадровое планирование и мониторинг";
const SECOND = "Наставничество и профессиональное развитие";
const ITEMS = [
  ["1.", "Мониторинг потребности в педагогических кадрах", "Отдел образования", "до 1 марта 2027 г.", "аналитическая справка"],
  ["2.", "Формирование банка вакансий", "руководители ОО", "ежеквартально", "банк вакансий"],
  ["3.", "Закрепление наставников за молодыми педагогами", "методист ИМЦ", "сентябрь 2027 г.", "приказ"],
];

function plan(doc: SourceDocument) {
  const r = structurePlan(doc);
  if (!r.ok) throw new Error(r.failure.reason);
  return {
    header: r.plan.columns.name,
    sections: r.plan.sections.map((s) => [s.number, s.title]),
    items: r.plan.items.map((i) => [i.number, i.name, i.section]),
  };
}

const EXPECTED = {
  header: "Наименование мероприятия",
  sections: [[null, FIRST], [null, SECOND]],
  // An item's section is its section's number, or its title where it has none.
  items: [["1", ITEMS[0][1], FIRST], ["2", ITEMS[1][1], FIRST], ["3", ITEMS[2][1], SECOND]],
};

describe("a table whose title row right under the header is merged over the table", () => {
  // As a positioned reader gives such a row: the text where it starts (the name column), the merge from there on.
  test("is a section, not a second header row of sub-captions", () => {
    const rows: GridRow[] = [HEADER, ["", FIRST, "", "", ""], ITEMS[0], ITEMS[1], ["", SECOND, "", "", ""], ITEMS[2]].map((cells, i) => ({ cells, row: i + 1 }));
    const merges: Merge[] = [1, 4].map((top) => ({ top, bottom: top, left: 1, right: 4 }));
    const r = plan({ name: "plan.xlsx", sheet: "Лист1", blocks: [{ kind: "table", format: "sheet", grid: { rows, merges } }] });
    expect(r).toEqual(EXPECTED);
  });
});

/**
 * A PDF page: one text run per cell line, 5 points a character, 12 points a line, the header's cells centred in their
 * columns (as Word prints them), the items' at the left.
 */
const COLUMNS = [50, 95, 345, 445, 545, 665];
const CHAR = 5;
const LEADING = 12;

function page(opts: { ruled: boolean; centred: boolean }): { words: PositionedWord[]; rules: RulingLine[] } {
  const words: PositionedWord[] = [];
  const rules: RulingLine[] = [];
  let run = 0;
  let y = 40;
  const put = (text: string, x: number) => {
    run++;
    for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], x: x + m.index! * CHAR, y, width: m[0].length * CHAR, height: 10, page: 1, run });
  };
  const row = (cells: readonly string[] | string) => {
    const top = y - 2;
    if (typeof cells === "string") {
      // A merged cell's text, centred over the whole table or at its left.
      const width = cells.length * CHAR;
      put(cells, opts.centred ? (COLUMNS[0] + COLUMNS[5] - width) / 2 : COLUMNS[0] + 2);
    } else if (cells === HEADER) cells.forEach((c, k) => put(c, (COLUMNS[k] + COLUMNS[k + 1] - c.length * CHAR) / 2));
    else cells.forEach((c, k) => put(c, COLUMNS[k] + 2));
    y += LEADING + 4;
    if (!opts.ruled) return;
    rules.push({ page: 1, x0: COLUMNS[0], y0: top, x1: COLUMNS[5], y1: top });
    for (const x of typeof cells === "string" ? [COLUMNS[0], COLUMNS[5]] : COLUMNS) rules.push({ page: 1, x0: x, y0: top, x1: x, y1: y - 2 });
  };
  [HEADER, FIRST, ITEMS[0], ITEMS[1], SECOND, ITEMS[2]].forEach(row);
  if (opts.ruled) rules.push({ page: 1, x0: COLUMNS[0], y0: y - 2, x1: COLUMNS[5], y1: y - 2 });
  return { words, rules };
}

describe("section titles with no number written across a PDF table", () => {
  test.each([
    [true, true],
    [false, true],
    [true, false],
    [false, false],
  ])("ruled %s, centred %s: sections of their titles alone, the items whole under them", (ruled, centred) => {
    const { words, rules } = page({ ruled, centred });
    const r = plan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(words, rules, "pdf") });
    expect(r.header).toBe(EXPECTED.header);
    expect(r.sections).toEqual(EXPECTED.sections);
    expect(r.items).toEqual(EXPECTED.items);
  });
});
