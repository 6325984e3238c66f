import { readFileSync } from "fs";
import * as fc from "fast-check";
import * as path from "path";
import { sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { planArbitrary } from "../../fixtures/plans/planArbitrary";
import { renderPdfLines } from "../../fixtures/plans/renderText";
import { linesInColumnA } from "../../helpers/excelPaste";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const text = readFileSync(path.join(__dirname, "..", "..", "fixtures", "plans", "pdf-mouse.txt"), "utf8");

const EXPECTED = [
  ["1.1", "Мониторинг потребности образовательных организаций в молодых специалистах", "до 1 марта", "Смирнова Е.А., главный специалист", "Аналитическая справка"],
  ["1.2", "Формирование банка вакансий", "ежемесячно", "Отдел кадров", "Банк вакансий на сайте"],
  ["2.1", "Городской конкурс «Педагогический дебют»", "II квартал", "МКУ «ИМЦ»", "Не менее 15 участников"],
  ["2.2", "Закрепление наставников", "сентябрь – октябрь", "руководители ОО", "Приказ о закреплении наставников"],
];

describe("a plan without cells: lines of a PDF copied with the mouse", () => {
  test("rows from the numbering, columns from what each line is («таблица не найдена» before)", () => {
    const plan = structureOrFail(readTextDocument(text, "pdf-mouse.txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Организационные мероприятия"], ["II", "Поддержка молодых педагогов"]]);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual(EXPECTED);
    expect(plan.dropped.some((d) => d.reason === "page_furniture" && d.text === "2")).toBe(true);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Лебедева/);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("the same lines pasted into column A of a sheet give the same plan (grid path)", () => {
    const plan = structureOrFail(sheetDocument("вставка", "Лист1", linesInColumnA(text)));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual(EXPECTED);
  });

  test("numbered lines without deadlines or executors are no plan: the failure stays", () => {
    const prose = "Пояснительная записка\n1. Общие положения настоящего документа\n2. Цели и задачи работы\n3. Заключительные положения";
    expect(structurePlan(readTextDocument(prose, "x.txt")).ok).toBe(false);
  });

  test("numbered lines under a header naming the plan's columns are a plan even where no deadline or executor reads", () => {
    const lines = ["План работы на 2026 год", "№ п/п", "Содержание работы", "Срок", "Ответственные исполнители", "Форма отчётности", "1.", "Проведение семинара для молодых педагогов", "2.", "Анализ вакансий в школах района", "3.", "Подготовка обзора работы наставников"].join("\n");
    const result = structurePlan(readTextDocument(lines, "x.txt"));
    expect(result.ok && result.plan.items.map((i) => [i.number, i.name])).toEqual([
      ["1", "Проведение семинара для молодых педагогов"],
      ["2", "Анализ вакансий в школах района"],
      ["3", "Подготовка обзора работы наставников"],
    ]);
  });
});

describe("generated plans copied out of a PDF as lines", () => {
  test("every item comes back by its number, no word is lost, structuring again changes nothing (property)", () => {
    fc.assert(
      fc.property(planArbitrary, (source) => {
        const lines = renderPdfLines(source);
        const plan = structureOrFail(readTextDocument(lines, "x.txt"));
        expect(plan.items.map((i) => i.number)).toEqual(source.sections.flatMap((s) => s.items.map((i) => i.number)));
        expect(lostWords(lines, plan)).toEqual([]);
        expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
      }),
      { numRuns: 30 },
    );
  });
});

/** Item numbers the hand-written expectations of an official fixture list (test/fixtures/plans/official). */
function expectedNumbers(base: string): string[] {
  const file = path.join(__dirname, "..", "..", "fixtures", "plans", "official", `${base}.expected.json`);
  const plan = JSON.parse(readFileSync(file, "utf8")).plan as { sections: { items: { number: string }[] }[] };
  return plan.sections.flatMap((s) => s.items.map((i) => i.number));
}

describe("a PDF's text copied without layout, where a reader found a header but no item", () => {
  // pdftotext without -layout gives every cell on lines of its own, separated by blank lines: the one-cell-per-line
  // reader finds the header, then no row of it is an item. The numbered lines are the plan (before: 0 items, ok).
  test.each([
    ["zarechny-2025", 15],
    ["roadmap-2026", 7],
  ])("%s.raw.txt gives at least %i of its items by their printed numbers", (base, floor) => {
    const file = path.join(__dirname, "..", "..", "fixtures", "plans", "official", `${base}.raw.txt`);
    const plan = structureOrFail(readTextDocument(readFileSync(file, "utf8"), `${base}.raw.txt`));
    // Printed numbers restart in every section of one of them: items are counted, not distinct numbers.
    const bare = (n: string) => n.replace(/\.$/, "");
    const expected = new Set(expectedNumbers(base).map(bare));
    const found = plan.items.filter((i) => i.number !== null && expected.has(bare(i.number)));
    expect(found.length).toBeGreaterThanOrEqual(floor);
    // Every item is one of the plan's: a quantity such as «100 % молодых специалистов» is no item number.
    expect(plan.items.filter((i) => i.number === null || !expected.has(bare(i.number)))).toEqual([]);
    expect(lostWords(readFileSync(file, "utf8"), plan)).toEqual([]);
  });
});
