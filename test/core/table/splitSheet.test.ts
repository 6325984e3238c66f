import * as fc from "fast-check";
import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { splitSheet } from "../../../src/core/table/splitSheet";
import { htmlToText } from "../../../src/core/text/html";
import { planArbitrary } from "../../fixtures/plans/planArbitrary";
import { renderPlan } from "../../fixtures/plans/renderText";
import { pastedIntoSheet } from "../../helpers/excelPaste";
import { lostWords } from "../../helpers/planProperties";
import { SEEDS, seedPlan, seedText, structureOrFail } from "../../helpers/seeds";
import { seedCells } from "../../e2e/helpers/seedCells";

const sheetPlan = (text: string) => structureOrFail(sheetDocument("вставка", "Лист1", pastedIntoSheet(text)));

describe("tables inside a sheet (issue 17, defect 1)", () => {
  test("seed 002 pasted as Excel pastes text gives the plan the CLI gives on the text (187 items before)", () => {
    const text = seedText(SEEDS.zima);
    const fromText = seedPlan(SEEDS.zima);
    const plan = sheetPlan(text);
    expect(plan.sections).toHaveLength(8);
    expect(plan.items).toHaveLength(35);
    expect(plan.sections.map((s) => s.title)).toEqual(fromText.sections.map((s) => s.title));
    // Excel keeps HTML remnants as typed ("<p>"): the text reader turns them into lines.
    const plain = (s: string) => htmlToText(s).replace(/\s+/g, " ").trim();
    expect(plan.items.map((i) => plain(i.name))).toEqual(fromText.items.map((i) => plain(i.name)));
    expect(plan.items.map((i) => i.deadline.text)).toEqual(fromText.items.map((i) => i.deadline.text));
    expect(plan.columns.number).toBe("№ п/п");
    expect(plan.meta.otherTables.map((t) => t.kind)).toEqual(expect.arrayContaining(["targets", "approval"]));
    expect(plan.meta.titleBlock.join(" ")).toMatch(/План работы/);
  });

  test("prose lines become text blocks, tables keep their sheet rows, a page number splits a table in parts", () => {
    const grid = gridFromValues([
      ["План мероприятий", "", ""],
      ["", "", ""],
      ["№", "Мероприятие", "Срок"],
      ["1. Раздел", "", ""],
      ["1.1", "Семинар", "май"],
      ["- 2 -", "", ""],
      ["1.2", "Форум", "июнь"],
      ["", "", ""],
      ["Начальник управления", "", ""],
      ["Исполнитель: Иванова", "", ""],
    ]);
    const blocks = splitSheet(grid);
    expect(blocks.map((b) => (b.kind === "text" ? `${b.row}:${b.text}` : b.grid.rows.map((r) => r.row).join(",")))).toEqual([
      "1:План мероприятий",
      "3,4,5",
      "6:- 2 -",
      "7,8",
      "9:Начальник управления",
      "10:Исполнитель: Иванова",
    ]);
  });

  test("any plan pasted with its surrounding document gives its items; nothing of the sheet is lost (property)", () => {
    fc.assert(
      fc.property(planArbitrary, (source) => {
        const prose = "Пояснительная записка\n\nЦель: обеспечение кадровой потребности.\nЗадачи:\n- выявление дефицитов;\n- поддержка молодых педагогов.\n\n";
        const approval = "\n\nЛист согласования\n№ п/п\tДолжность согласующего лица\tФИО\tДата\tПодпись\n1.\tНачальник отдела\tПетрова А.А.\t11.03.2025\t\n";
        const text = prose + renderPlan(source, "tsv") + approval;
        const result = structurePlan(sheetDocument("вставка", "Лист1", pastedIntoSheet(text)));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const items = source.sections.flatMap((s) => s.items);
        expect(result.plan.items.map((i) => i.name)).toEqual(items.map((i) => i.name));
        expect(result.plan.sections).toHaveLength(source.sections.length);
        expect(lostWords(pastedIntoSheet(text).rows.map((r) => r.cells.join(" ")).join("\n"), result.plan)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe("a Word table pasted with blank rows around its section rows", () => {
  // The pane's cells of a pasted Word plan (test/e2e/helpers/seedCells.ts): section titles in column A, each after a
  // blank row. A numbered title the table goes on under is a section of it, not a caption before another table
  // (before: the header alone was the table, 0 items).
  test.each(Object.values(SEEDS))("seed %s through the grid path gives the sections and items of the text path", (seed) => {
    const fromText = seedPlan(seed);
    const plan = structureOrFail(sheetDocument("вставка", "План", gridFromValues(seedCells(seed) as string[][])));
    expect([plan.sections.length, plan.items.length]).toEqual([fromText.sections.length, fromText.items.length]);
    expect(plan.items.map((i) => i.number)).toEqual(fromText.items.map((i) => i.number));
  });

  test("an unnumbered caption after a blank row still starts a new table", () => {
    const blocks = splitSheet(
      gridFromValues([
        ["Показатель", "2025", "2026"],
        ["Доля педагогов до 35 лет", "20", "25"],
        [],
        ["План мероприятий"],
        ["№", "Мероприятие", "Срок"],
        ["1.", "Семинар", "март"],
      ]),
    );
    expect(blocks.map((b) => b.kind)).toEqual(["table", "text", "table"]);
  });
});
