import Ajv2020 from "ajv/dist/2020";
import * as fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { planToJson } from "../../../src/core/plan/planJson";
import { PLAN_SHEET_LAYOUT, planSheet } from "../../../src/core/plan/planSheets";
import type { Plan } from "../../../src/core/plan/types";
import { validatePlan } from "../../../src/core/plan/validate";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { allItems } from "../../fixtures/plans/abstractPlan";
import { type NumberingStyle, structuredPlanArbitrary } from "../../fixtures/plans/planArbitrary";
import { renderPlan, type TextShape } from "../../fixtures/plans/renderText";
import { readShape } from "../../helpers/readShape";
import { structureOrFail } from "../../helpers/seeds";
import { sheetSpecToDocument } from "../../helpers/sheetSpecToDocument";

const ajv = new Ajv2020({ allErrors: true });
const validatePlanJson = ajv.compile(JSON.parse(readFileSync(join(__dirname, "../../../contract/plan.schema.json"), "utf8")));
const SHAPES: TextShape[] = ["markdown", "tsv", "csv", "box", "html"];
const RESTARTS: ReadonlySet<NumberingStyle> = new Set(["restartRoman", "restartArabic", "goalsRestart"]);

type Source = typeof structuredPlanArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Sections the author drew: the headings above (level 1) and the sections (level 2 under a heading, else 1). */
function expectedSections(source: Source): { number: string | null; level: number }[] {
  return source.sections.flatMap((s) => [
    ...(s.above ?? []).map((text) => ({ number: /\d+/.exec(text)![0], level: 1 })),
    { number: s.number, level: s.above !== undefined || source.sections.some((x) => x.above) ? 2 : 1 },
  ]);
}

function expectStructure(plan: Plan, source: Source): void {
  expect(plan.sections.map((s) => ({ number: s.number, level: s.level ?? 1 }))).toEqual(expectedSections(source));
  // One section cannot show that numbering restarts: its items keep only their printed numbers.
  const restart = RESTARTS.has(source.style) && source.sections.length > 1;
  expect(plan.items.map((i) => [i.number, i.section, i.qualifiedNumber ?? null, i.name])).toEqual(
    source.sections.flatMap((s) => s.items.map((it) => [it.number, s.number, restart ? `${s.number}.${it.number}` : null, it.name])),
  );
  expect(allItems(source)).toHaveLength(plan.items.length);
  // Restarting numbers are no duplicates, and a clean restart has no gaps or disorder either.
  expect(validatePlan(plan).filter((i) => i.code.startsWith("number_"))).toEqual([]);
  expect(plan.issues.filter((i) => i.code === "number_section_conflict")).toEqual([]);
}

describe("plan structures the seeds did not show", () => {
  test.each(SHAPES)("%s: restarting numbers, numbers beside titles, headings above sections (property)", (shape) => {
    fc.assert(
      fc.property(structuredPlanArbitrary, (source) => {
        const plan = structureOrFail(readShape(renderPlan(source, shape), shape));
        expectStructure(plan, source);
        expect(validatePlanJson(JSON.parse(JSON.stringify(planToJson(plan))))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  test("an official's plan: «Раздел I» over items 1, 2; «II.» in the number column over 1, 2, 3", () => {
    const plan = structureOrFail(readTextDocument(`План мероприятий на 2025 год

| № п/п | Наименование мероприятия | Срок | Ответственный |
|---|---|---|---|
| Раздел I. Организационные мероприятия | | | |
| 1. | Мониторинг вакансий | ежемесячно | Отдел кадров |
| 2. | Совещание руководителей | март | Управление образования |
| II. | Методическое сопровождение | | |
| 1. | Семинар для наставников | апрель | Методический центр |
| 2. | Конкурс «Педагогический дебют» | май | Методический центр |
| 2. | Конкурс «Учитель года» | июнь | Методический центр |
`, "план.md"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Раздел I. Организационные мероприятия"], ["II", "Методическое сопровождение"]]);
    expect(plan.items.map((i) => i.qualifiedNumber)).toEqual(["I.1", "I.2", "II.1", "II.2", "II.2"]);
    // A real duplicate inside a section is still one, named as the reader sees it.
    const issues = validatePlan(plan).filter((i) => i.code.startsWith("number_"));
    expect(issues.map((i) => [i.code, i.item, i.row, i.params?.number])).toEqual([["number_duplicate", "2", 11, "2 раздела II"]]);
  });

  test("«Цель 1.» in the number column and «Задача 1.1.» across the row are headings with levels", () => {
    const plan = structureOrFail(readTextDocument(`| № | Мероприятие | Срок | Исполнитель |
|---|---|---|---|
| Цель 1. | Обеспечение школ кадрами | | |
| Задача 1.1. Привлечение молодых педагогов | | | |
| 1.1.1 | Ярмарка вакансий | апрель 2025 | Управление |
| 1.1.2 | Целевое обучение | в течение года | Управление |
| Задача 1.2. Закрепление кадров | | | |
| 1.2.1 | Наставничество | постоянно | Школы |
| Цель 2. | Развитие кадрового потенциала | | |
| Задача 2.1. Аттестация | | | |
| 2.1.1 | Консультации | по запросу | Методический центр |
`, "цели.md"));
    expect(plan.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ["1", "Цель 1. Обеспечение школ кадрами", 1], ["1.1", "Задача 1.1. Привлечение молодых педагогов", 2], ["1.2", "Задача 1.2. Закрепление кадров", 2],
      ["2", "Цель 2. Развитие кадрового потенциала", 1], ["2.1", "Задача 2.1. Аттестация", 2],
    ]);
    expect(plan.items.map((i) => [i.number, i.section])).toEqual([["1.1.1", "1.1"], ["1.1.2", "1.1"], ["1.2.1", "1.2"], ["2.1.1", "2.1"]]);
    expect(plan.items.every((i) => i.qualifiedNumber === undefined)).toBe(true);
  });

  test("plans that number items once through the document carry no qualified numbers and no levels", () => {
    const plan = structureOrFail(readTextDocument(`| № | Мероприятие | Срок | Исполнитель |
|---|---|---|---|
| 1. Организационные мероприятия | | | |
| 1 | Ярмарка вакансий | апрель 2025 | Управление |
| 2 | Целевое обучение | в течение года | Управление |
| 2. Формирование кадрового резерва | | | |
| 3 | Наставничество | постоянно | Школы |
`, "сквозная.md"));
    expect(plan.items.map((i) => [i.number, i.section, i.qualifiedNumber])).toEqual([["1", "1", undefined], ["2", "1", undefined], ["3", "2", undefined]]);
    expect(plan.sections.every((s) => s.level === undefined)).toBe(true);
  });
});

describe("the structured plan sheet of these structures", () => {
  const same = (p: Plan) => p.items.map((i) => [i.number, i.qualifiedNumber ?? null, i.section, i.name, i.responsible.text, i.deadline, i.result]);

  test("shows the qualified number and the notes, and structures into the same plan (property)", () => {
    fc.assert(
      fc.property(structuredPlanArbitrary.filter(endsWhole), fc.boolean(), (source, cut) => {
        // Without the signature and with the last result ending on «для», the last item carries a note.
        const text = renderPlan(source, "tsv").replace(/\nИсполнитель:.*\n?$/, "\n");
        const last = allItems(source)[allItems(source).length - 1];
        const at = text.lastIndexOf(last.result) + last.result.length;
        const first = structureOrFail(readShape(cut ? `${text.slice(0, at)} для${text.slice(at)}` : text, "tsv"));
        const sheet = planSheet(first);
        const header = sheet.rows[PLAN_SHEET_LAYOUT.headerRow].map(cellText);
        const column = (name: string) => sheet.rows.slice(PLAN_SHEET_LAYOUT.firstItemRow).map((r) => cellText(r[header.indexOf(name)]));
        const restart = first.items.some((i) => i.qualifiedNumber);
        expect(header.includes("Полный номер")).toBe(restart);
        if (restart) expect(column("Полный номер")).toEqual(first.items.map((i) => i.qualifiedNumber ?? ""));
        expect(header.includes("Примечания разбора")).toBe(cut);
        if (cut) expect(column("Примечания разбора").pop()).toMatch(/^пункт, возможно, обрезан: результат обрывается на «для»/);
        const second = structureOrFail(sheetSpecToDocument(sheet));
        expect(same(second)).toEqual(same(first));
        // The derived columns («Вид срока», «Начало», «Окончание»…) are read again, not kept as extra columns.
        expect(second.items.map((i) => i.extra)).toEqual(first.items.map((i) => i.extra));
        // Read back, the two columns are the add-in's own, not extra columns of the plan.
        expect(second.columns.extra.filter((h) => h === "Полный номер" || h === "Примечания разбора")).toEqual([]);
        expect(Object.keys(second.items[0]?.extra ?? {}).filter((h) => h === "Полный номер" || h === "Примечания разбора")).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

/** The generator's function words end no complete phrase: plans whose texts end on them look cut, rightly. */
function endsWhole(p: Source): boolean {
  return allItems(p).every((it) => ![it.name, it.result].some((t) => ["и", "в", "для"].includes(t.split(" ").pop()!)));
}

function cellText(c: { value: { kind: string } } | undefined): string {
  const v = c?.value as { kind: string; text?: string } | undefined;
  return v?.kind === "text" ? v.text! : "";
}
