import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import type { Plan } from "../../../src/core/plan/types";
import { isSplitLineGrid } from "../../../src/core/table/rejoinSplitLines";
import { columnLinesText, keepsSpacing, spacedSheetText } from "../../../src/core/table/spacedSheetText";
import { readSheetText } from "../../../src/io/readSheetText";
import { lostWords } from "../../helpers/planProperties";
import { mulberry32 } from "../../helpers/prng";

/**
 * A plan copied from a PDF with its layout and pasted into Excel, its lines cut at spaces into a few columns
 * (issue 13, item 5). The plan is typed here as its rows; the layout and the cuts are made by the test.
 */
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Ожидаемый результат"];
type Row = readonly [string, string, string, string, string] | string;
const PLAN: readonly Row[] = [
  "1. Выявление кадровых потребностей",
  ["1.1.", "Мониторинг потребности образовательных организаций в педагогических кадрах", "Иванова А.А., главный специалист", "до 1 марта 2026 года", "Аналитическая справка"],
  ["1.2.", "Формирование банка вакансий и размещение информации на официальном сайте", "Отдел кадров управления образования", "ежемесячно", "Банк вакансий обновлён"],
  ["1.3.", "Анализ укомплектованности по предметам и должностям", "Методический центр", "I квартал 2026 года", "Справка для коллегии"],
  "2. Привлечение молодых специалистов",
  ["2.1.", "Участие в ярмарке вакансий педагогического университета", "Петров П.П., заместитель начальника", "апрель – май 2026 года", "Заключено не менее 5 договоров"],
  ["2.2.", "Заключение договоров о целевом обучении с выпускниками школ", "Руководители ОО", "до 1 июля 2026 года", "Не менее 10 договоров"],
  ["2.3.", "Организация педагогической практики студентов", "Сидорова Е.В., методист", "в течение года", "Приказ управления"],
  ["2.4.", "Предоставление мер социальной поддержки молодым специалистам", "Управление образования", "по мере необходимости", "Выплаты назначены"],
];
const WIDTHS = [7, 36, 26, 17, 24];

/** The plan as `pdftotext -layout` prints it: cells wrapped to their column widths, columns parted by two spaces. */
function layoutLines(): string[] {
  const wrap = (text: string, width: number) => {
    const out: string[] = [];
    for (const word of text.split(" ")) {
      if (out.length && (out[out.length - 1] + " " + word).length <= width) out[out.length - 1] += " " + word;
      else out.push(word);
    }
    return out;
  };
  const lines = ["План мероприятий по кадровому обеспечению на 2026 год", ""];
  for (const row of [HEADER, ...PLAN]) {
    if (typeof row === "string") {
      lines.push(row);
      continue;
    }
    const cells = row.map((c, i) => wrap(c, WIDTHS[i]));
    for (let k = 0; k < Math.max(...cells.map((c) => c.length)); k++) lines.push(cells.map((c, i) => (c[k] ?? "").padEnd(WIDTHS[i])).join("  ").trimEnd());
  }
  return lines;
}

/** Each line cut at up to three of its space runs, chosen at random; the pieces trimmed, as Excel keeps them. */
function cutAtSpaces(lines: readonly string[], seed: number): string[][] {
  const random = mulberry32(seed);
  return lines.map((line) => {
    const cuts = [...line.matchAll(/ +/g)].map((m) => m.index!).filter(() => random() < 0.25).slice(0, 3);
    const pieces = [0, ...cuts].map((from, k) => line.slice(from, cuts[k] ?? line.length).trim());
    return pieces.some(Boolean) ? pieces : [""];
  });
}


describe("lines cut at spaces into cells (rejoinSplitLines)", () => {
  const truth = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues([HEADER, ...PLAN.map((r) => (typeof r === "string" ? [r] : [...r]))])));

  test("cut at random spaces (ten ways), the plans read mostly as they do from their cells, no word lost", () => {
    if (!truth.ok) throw new Error("not a plan");
    const tally = { numbers: 0, sections: 0, deadlines: 0, executors: 0, names: 0 };
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (const seed of seeds) {
      const cells = cutAtSpaces(layoutLines(), seed);
      expect(isSplitLineGrid(gridFromValues(cells).rows)).toBe(true);
      const result = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(cells)));
      if (!result.ok) throw new Error(`seed ${seed}: not a plan`);
      expect(lostWords(cells.flat().join(" "), result.plan)).toEqual([]);
      const byNumber = new Map(result.plan.items.map((i) => [i.number, i]));
      const same = (key: (i: Plan["items"][number]) => unknown) => truth.plan.items.filter((t) => byNumber.has(t.number) && JSON.stringify(key(byNumber.get(t.number)!)) === JSON.stringify(key(t))).length;
      tally.numbers += same(() => true);
      tally.sections += result.plan.sections.filter((s) => truth.plan.sections.some((t) => t.number === s.number && t.title === s.title)).length;
      tally.deadlines += same((i) => [i.deadline.kind, i.deadline.start, i.deadline.end]);
      tally.executors += same((i) => i.responsible.text);
      tally.names += same((i) => i.name);
    }
    // A cut in a column gap before a lower-case word cannot be told from a cut inside a phrase, and a misplaced
    // piece can shift a column boundary: floors, not exactness (before: no item had its deadline or executor).
    const items = truth.plan.items.length * seeds.length;
    expect(tally.numbers).toBeGreaterThanOrEqual(0.9 * items);
    expect(tally.sections).toBeGreaterThanOrEqual(0.9 * truth.plan.sections.length * seeds.length);
    expect(tally.deadlines).toBeGreaterThanOrEqual(0.75 * items);
    expect(tally.executors).toBeGreaterThanOrEqual(0.75 * items);
    expect(tally.names).toBeGreaterThanOrEqual(0.75 * items);
  });

  test("the plan typed into cells, and its layout lines uncut in column A, are not taken for cut lines", () => {
    expect(isSplitLineGrid(gridFromValues([HEADER, ...PLAN.map((r) => (typeof r === "string" ? [r] : [...r]))]).rows)).toBe(false);
    expect(isSplitLineGrid(gridFromValues(layoutLines().map((l) => [l])).rows)).toBe(false);
  });
});

/**
 * What Excel really does with such text: Text to Columns with the space delimiter (and every paste after it) cuts at
 * every space. Consecutive delimiters not merged (the default), a run of N spaces leaves N-1 empty cells; merged, a
 * run is one border and an indent one empty cell.
 */
const everySpace = (lines: readonly string[]) => lines.map((l) => (l === "" ? [""] : l.split(" ")));
const everySpaceMerged = (lines: readonly string[]) => lines.map((l) => (l === "" ? [""] : l.replace(/^ +/, " ").split(/ +/)));

describe("lines split at every space (spacedSheetText)", () => {
  const truth = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues([HEADER, ...PLAN.map((r) => (typeof r === "string" ? [r] : [...r]))])));
  if (!truth.ok) throw new Error("not a plan");
  const summary = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.kind, i.deadline.start, i.deadline.end, i.result]);

  test("runs of spaces kept as empty cells: the lines come back as they were, and read as the plan typed into cells", () => {
    const lines = layoutLines();
    expect(spacedSheetText(gridFromValues(everySpace(lines)).rows)?.split("\n")).toEqual(lines);
    const result = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(everySpace(lines))), { readText: readSheetText });
    if (!result.ok) throw new Error("not a plan");
    expect(summary(result.plan)).toEqual(summary(truth.plan));
    expect(result.plan.sections.map((s) => [s.number, s.title])).toEqual(truth.plan.sections.map((s) => [s.number, s.title]));
    // The items point at the sheet rows their words are on.
    expect(result.plan.items[0].source.rows[0]).toBe(lines.findIndex((l) => l.startsWith("1.1.")) + 1);
  });

  test("a page number and the header repeated under it: the page is put back, the repeat is no item", () => {
    const lines = layoutLines();
    const at = lines.findIndex((l) => l.startsWith("2.1."));
    const header = lines.slice(2, lines.findIndex((l) => l.startsWith("1.")));
    const paged = [...lines.slice(0, at), "", " ".repeat(50) + "1", ...header, ...lines.slice(at), "", " ".repeat(50) + "2"];
    expect(spacedSheetText(gridFromValues(everySpace(paged)).rows)!.split("\n").filter((l) => l.startsWith("\f"))).toHaveLength(1);
    const result = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(everySpace(paged))), { readText: readSheetText });
    if (!result.ok) throw new Error("not a plan");
    expect(summary(result.plan)).toEqual(summary(truth.plan));
    expect(result.plan.dropped.filter((d) => d.reason === "page_furniture").map((d) => d.text.trim())).toEqual(["1", "2"]);
  });

  test("runs merged: the lines are laid out in columns again and read as the plan, every item and section found, no word lost", () => {
    const lines = layoutLines();
    const cells = everySpaceMerged(lines);
    // The text keeps each line's words, one space apart, an indent as one space.
    const text = spacedSheetText(gridFromValues(cells).rows)!;
    expect(text.split("\n").map((l) => l.split(/\s+/).filter(Boolean))).toEqual(lines.map((l) => l.split(/\s+/).filter(Boolean)));
    expect(keepsSpacing(text)).toBe(false);
    expect(isSplitLineGrid(gridFromValues(cells).rows)).toBe(true);
    const result = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(cells)), { readText: readSheetText });
    if (!result.ok) throw new Error("not a plan");
    expect(result.plan.items.map((i) => i.number)).toEqual(truth.plan.items.map((i) => i.number));
    expect(result.plan.sections.map((s) => s.number)).toEqual(truth.plan.sections.map((s) => s.number));
    expect(lostWords(cells.flat().join(" "), result.plan)).toEqual([]);
    // Read as loose lines (what the sheet gave before, and still gives without a text reader), fewer items had their
    // deadline or their executors whole: the columns' order and widths were not used.
    const loose = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(cells)));
    if (!loose.ok) throw new Error("not a plan");
    const same = (plan: Plan, key: (i: Plan["items"][number]) => unknown) => plan.items.filter((it, k) => JSON.stringify(key(it)) === JSON.stringify(key(truth.plan.items[k]))).length;
    const deadline = (i: Plan["items"][number]) => [i.deadline.kind, i.deadline.start, i.deadline.end];
    const executors = (i: Plan["items"][number]) => i.responsible.text;
    // The loose reading finds a deadline run on at a line's end too (trailingDeadlineCuts): it may tie on deadlines.
    expect(same(result.plan, deadline)).toBeGreaterThanOrEqual(same(loose.plan, deadline));
    expect(same(result.plan, executors)).toBeGreaterThan(same(loose.plan, executors));
    // Where a word's column is a guess, its item says so.
    expect(result.plan.items.some((i) => i.notes?.some((n) => n.code === "column_uncertain"))).toBe(true);
  });

  test("a typed plan, its lines in column A, and lines cut at some spaces have no spacing to rebuild", () => {
    expect(spacedSheetText(gridFromValues([HEADER, ...PLAN.map((r) => (typeof r === "string" ? [r] : [...r]))]).rows)).toBeNull();
    expect(spacedSheetText(gridFromValues(layoutLines().map((l) => [l])).rows)).toBeNull();
    expect(spacedSheetText(gridFromValues(cutAtSpaces(layoutLines(), 3)).rows)).toBeNull();
  });
});

describe("layout lines pasted whole into column A (columnLinesText)", () => {
  const truth = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues([HEADER, ...PLAN.map((r) => (typeof r === "string" ? [r] : [...r]))])));
  if (!truth.ok) throw new Error("not a plan");
  const summary = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.kind, i.deadline.start, i.deadline.end, i.result]);
  const inColumn = (lines: readonly string[], column: number) => lines.map((l) => [...Array<string>(column).fill(""), l]);

  test.each([0, 2])("a line a cell in column %i, its runs of spaces kept: read as the layout text, as the plan typed into cells", (column) => {
    const lines = layoutLines();
    expect(columnLinesText(gridFromValues(inColumn(lines, column)).rows)?.split("\n")).toEqual(lines);
    const result = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(inColumn(lines, column))), { readText: readSheetText });
    if (!result.ok) throw new Error("not a plan");
    expect(summary(result.plan)).toEqual(summary(truth.plan));
    expect(result.plan.items[0].source.rows[0]).toBe(lines.findIndex((l) => l.startsWith("1.1.")) + 1);
    // Without the text reader the cells are loose lines, their columns' runs folded: fewer deadlines and executors whole.
    const loose = structurePlan(sheetDocument("план.xlsx", "Лист1", gridFromValues(inColumn(lines, column))));
    if (!loose.ok) throw new Error("not a plan");
    expect(summary(loose.plan)).not.toEqual(summary(truth.plan));
  });

  test("a long name wrapped under its number, its lines alone in their column: their indent shows the layout kept", () => {
    const item = (n: string) => [`${n}    Проведение мониторинга потребности в          до 1 марта     Отдел образования`, "      педагогических кадрах образовательных", "      организаций муниципального округа с", "      учётом вакансий на новый учебный год", "      и заявок образовательных организаций"];
    const lines = ["№     Мероприятие                                   Срок           Исполнитель", ...item("1."), ...item("2."), ...item("3.")];
    // One line in four holds a gap between words: the indented lines tell the rest.
    expect(keepsSpacing(lines.join("\n"))).toBe(true);
    expect(keepsSpacing(lines.map((l) => l.trim().replace(/ +/g, " ")).join("\n"))).toBe(false);
    expect(columnLinesText(gridFromValues(lines.map((l) => [l])).rows)).not.toBeNull();
  });

  test("lines without runs of spaces, rows of several cells, and cells of several lines are no layout text", () => {
    expect(columnLinesText(gridFromValues(layoutLines().map((l) => [l.replace(/ +/g, " ")])).rows)).toBeNull();
    expect(columnLinesText(gridFromValues([HEADER, ...PLAN.map((r) => (typeof r === "string" ? [r] : [...r]))]).rows)).toBeNull();
    expect(columnLinesText(gridFromValues([layoutLines().join("\n")].map((l) => [l])).rows)).toBeNull();
  });
});
