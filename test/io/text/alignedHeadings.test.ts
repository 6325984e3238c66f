import { readFileSync } from "fs";
import * as fc from "fast-check";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { generatePlan } from "../../corpus/generatePlan";
import { officialFile, officialFixture } from "../../corpus/officialFixtures";
import { makeRng } from "../../corpus/rng";
import { rowStyle, spaceAligned } from "../../corpus/shapes/lineShapes";
import { scorePlan } from "../../corpus/scorePlan";
import { allItems, type TruthPlan } from "../../corpus/truthPlan";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

function expectItems(plan: Plan, truth: TruthPlan): void {
  expect(plan.items.map((i) => [i.number, squeeze(i.name), squeeze(i.deadline.text), squeeze(i.responsible.text), squeeze(i.result)])).toEqual(
    allItems(truth).map((i) => [i.number.replace(/\.$/, ""), squeeze(i.name), squeeze(i.deadline.text), squeeze(i.responsible), squeeze(i.result)]),
  );
}

/** Column starts of the small tables below: №, event, executor, deadline, result. */
const COLUMNS = [0, 6, 38, 58, 75];
/** A line of cells, each at its column's start (a cell one character narrower than its column is one space from the next). */
const line = (...cells: string[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(COLUMNS[i + 1] - COLUMNS[i]) : c)).join("").trimEnd();
const HEADER = line("№", "Мероприятие", "Ответственный", "Срок", "Результат");
const centred = (text: string) => " ".repeat(Math.floor((HEADER.length - text.length) / 2)) + text;

describe("space-aligned text: headings centred over the table, signatures under it", () => {
  test("the Writer print of a plan with headings centred over the table, through pdftotext -layout: sections, rows and signature", () => {
    const text = readFileSync(officialFile("lesnoy-2026.layout.txt"), "utf8");
    const plan = read(text);
    const truth = officialFixture("lesnoy-2026").plan;
    const score = scorePlan(truth, plan);
    expect([score.exact, score.returned, score.sectionsFound]).toEqual([score.items, score.items, score.sections]);
    expect(plan.meta.signatureBlock).toEqual(truth.signatures);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a heading centred over the table is one section, whatever column boundaries fall between its words", () => {
    const text = [
      HEADER,
      "",
      centred("I. Организационно-методическое обеспечение"),
      "",
      line("1", "Формирование банка вакансий", "Управление", "ежемесячно", "банк вакансий"),
      line("", "", "образования", "", "размещён на сайте"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Организационно-методическое обеспечение"]]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([["1", "Формирование банка вакансий", "Управление образования", "ежемесячно", "банк вакансий размещён на сайте"]]);
  });

  test("a heading centred right under the header, with no blank line between, is a section, not header text", () => {
    const text = [
      HEADER,
      // Over one header cell only: read as a line of the header, it would join that cell's text.
      centred("I. Наставничество"),
      "",
      line("1", "Формирование банка вакансий", "Управление", "ежемесячно", "банк вакансий"),
      line("", "", "образования", "", "размещён на сайте"),
    ].join("\n");
    const plan = read(text);
    expect(plan.columns.responsible).toBe("Ответственный");
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Наставничество"]]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text])).toEqual([["1", "I", "Формирование банка вакансий", "Управление образования"]]);
  });

  test("a row's line whose cells, one space apart, happen to sit centred over the table stays in its row", () => {
    const wide = line("", "образовательных организаций для", "методист Орлов И.Г.", "ежемесячно до 10", "отчёт");
    expect(Math.abs(wide.search(/\S/) + wide.trim().length / 2 - HEADER.length / 2)).toBeLessThan(2);
    const text = [HEADER, "", line("1", "Семинар для руководителей", "ИМЦ,", "", "справка,"), wide, line("", "", "", "числа", "протокол")].join("\n");
    const plan = read(text);
    expect(plan.sections).toEqual([]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1", "Семинар для руководителей образовательных организаций для", "ИМЦ, методист Орлов И.Г.", "ежемесячно до 10 числа", "справка, отчёт протокол"],
    ]);
  });

  test("a row's line centred by chance stays in its row when the layout moved its next cell a character left", () => {
    // pdftotext -layout moves a cell's text a character or two left of its column; the words then seem to run over
    // the boundary, as a heading's do, though the line starts at a column's edge like every row line.
    const shifted = " ".repeat(6) + "образовательных организаций из" + " " + "методист Орлова И.Г." + " " + "ежемесячно до 10" + " " + "отчёт";
    expect(shifted.indexOf("методист")).toBe(COLUMNS[2] - 1);
    expect(Math.abs(shifted.search(/\S/) + shifted.trim().length / 2 - HEADER.length / 2)).toBeLessThan(2);
    const text = [HEADER, "", line("1", "Семинар для руководителей", "ИМЦ,", "", "справка,"), shifted, line("", "", "", "числа", "протокол")].join("\n");
    const plan = read(text);
    expect(plan.sections).toEqual([]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1", "Семинар для руководителей образовательных организаций из", "ИМЦ, методист Орлова И.Г.", "ежемесячно до 10 числа", "справка, отчёт протокол"],
    ]);
  });

  test("a section row with its number in the № column and its title merged over the others is one section, whatever gaps meet a boundary", () => {
    const titles = ["Привлечение педагогов и целевое обучение в педагогических вузах", "Профессиональное развитие педагогических работников района"];
    // A gap of each title falls on a boundary of the rows' columns, where the cut that splits row lines would cut it;
    // another boundary runs through one of its words, as no row line has it.
    expect(titles.map((t) => [COLUMNS[2], COLUMNS[3]].some((c) => ("1.".padEnd(COLUMNS[1]) + t)[c - 1] === " "))).toEqual([true, true]);
    const text = [
      HEADER,
      "",
      line("1.", titles[0]),
      "",
      line("1.1.", "Формирование банка вакансий", "Управление", "ежемесячно", "банк вакансий"),
      "",
      line("2.", titles[1]),
      "",
      line("2.1.", "Семинар наставников", "ИМЦ", "май", "справка"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", titles[0]], ["2", titles[1]]]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1.1", "Формирование банка вакансий", "Управление", "ежемесячно", "банк вакансий"],
      ["2.1", "Семинар наставников", "ИМЦ", "май", "справка"],
    ]);
  });

  test("a numbered section row whose short title crosses one column gap is one section; a short item row stays an item", () => {
    // The second title has a space right at the executor column's edge, where the rows' gap is: cut there, it was an
    // item «II.» with «школ» for its executor. The next rows' numbers restart under it; an item that fills its first
    // columns only is followed by no deeper number.
    const titles = ["Работа с кадровым резервом руководителей", "Наставничество молодых педагогов школ"];
    expect(("II.".padEnd(COLUMNS[1]) + titles[1]).slice(COLUMNS[2] - 1, COLUMNS[2] + 2)).toBe("в ш");
    const text = [
      HEADER,
      "",
      line("I.", titles[0]),
      "",
      line("1", "Формирование банка вакансий", "Управление", "ежемесячно", "банк вакансий"),
      "",
      line("2", "Семинар наставников", "ИМЦ", "май"),
      "",
      line("II.", titles[1]),
      "",
      line("1", "Конкурс «Педагог года»", "ИМЦ", "до 1 марта"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", titles[0]], ["II", titles[1]]]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1", "I", "Формирование банка вакансий", "Управление", "ежемесячно"],
      ["2", "I", "Семинар наставников", "ИМЦ", "май"],
      ["1", "II", "Конкурс «Педагог года»", "ИМЦ", "до 1 марта"],
    ]);
  });

  test("a short word that starts its cell a character before the column («в течение», «не менее») stays with its cell", () => {
    const text = [
      HEADER,
      "",
      line("1", "Выплата подъёмных молодым", "Администрация"),
      "      педагогам                       округа             в течение 2026   не менее 10",
      line("", "", "", "года", "педагогов"),
      "",
      line("2", "Компенсация найма жилья", "Администрация", "ежемесячно", "компенсация"),
      "",
      line("3", "Семинар наставников", "ИМЦ", "май", "справка"),
    ].join("\n");
    expect(read(text).items.map((i) => [i.number, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1", "Администрация округа", "в течение 2026 года", "не менее 10 педагогов"],
      ["2", "Администрация", "ежемесячно", "компенсация"],
      ["3", "ИМЦ", "май", "справка"],
    ]);
  });

  test("a signature under the last row, with no line to sign on, and a date line are the signature block, not rows", () => {
    const text = [
      HEADER,
      "",
      "1     Формирование банка вакансий     Управление          ежемесячно       банк вакансий",
      "                                      образования",
      "",
      "Начальник управления образования                     И.С. Воронина",
      "",
      "15.01.2026",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.result])).toEqual([["1", "Формирование банка вакансий", "Управление образования", "банк вакансий"]]);
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования И.С. Воронина", "15.01.2026"]);
  });

  test("a name with initials on the last row's last line is the row's executor, not a signature", () => {
    const text = [
      HEADER,
      "",
      line("1", "Формирование банка вакансий", "директор МКУ «ЦРО»", "ежемесячно", "банк вакансий"),
      line("", "", "Л.А. Орлов"),
      "",
      "Начальник управления образования ____________ И.С. Воронина",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([["1", "директор МКУ «ЦРО» Л.А. Орлов"]]);
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования ____________ И.С. Воронина"]);
  });

  test("any generated plan, its headings centred or not, signed with or without a line to sign on, comes back whole (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const truth = generatePlan(seed);
        const r = makeRng(seed);
        const style = rowStyle(r);
        const text = spaceAligned(truth, r, style);
        const plan = read(text);
        expectItems(plan, truth);
        const score = scorePlan(truth, plan);
        expect([score.returned, score.sectionsFound]).toEqual([score.items, score.sections]);
        expect(plan.meta.signatureBlock.slice(0, 2).map((l) => l.replace(/\s*_{3,}\s*/, " "))).toEqual(truth.signatures.map((l) => l.replace(/\s*_{3,}\s*/, " ")));
        expect(lostWords(text, plan)).toEqual([]);
      }),
      // Plans random runs found failing: the first heading centred right under the header (83, 381, 442); a centred
      // «Задача» heading whose words happen to keep to the columns, under a row a page break cut (490, 553). From a fixed
      // seed, so that CI is repeatable: full runs in session 20 drew plans 71123 (item «1» of a plan numbered
      // 1 / 1.1 read as «1.1») and 45628 (10 items, «3.1» read as «3»), which fail on main before the session's merges
      // too — open, issue 13.
      { numRuns: 25, seed: 20, examples: [[83], [381], [442], [490], [553]] },
    );
  });
});
