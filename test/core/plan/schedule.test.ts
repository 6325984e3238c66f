import Ajv2020 from "ajv/dist/2020";
import * as fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import type { SourceDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { planToJson } from "../../../src/core/plan/planJson";
import { planSheet } from "../../../src/core/plan/planSheets";
import { periodCaption } from "../../../src/core/plan/schedule";
import { text } from "../../../src/core/sheet/sheetSpec";
import { readHtml } from "../../../src/io/html/readHtml";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { readXlsx, writeXlsx } from "../../../src/xlsx";
import {
  captions, expectedDeadline, GRID_SIZE, renderScheduleHtml, renderScheduleMarkdown, type SchedulePlan, schedulePlanArbitrary, scheduleRows, title,
} from "../../fixtures/plans/schedulePlan";
import { structureOrFail } from "../../helpers/seeds";
import { sheetSpecToDocument } from "../../helpers/sheetSpecToDocument";

const ajv = new Ajv2020({ allErrors: true });
const validatePlanJson = ajv.compile(JSON.parse(readFileSync(join(__dirname, "../../../contract/plan.schema.json"), "utf8")));

/** The schedule as a workbook sheet: the year header merged over the grid, the other headers over both rows. */
async function xlsxDocument(plan: SchedulePlan): Promise<SourceDocument> {
  const { header, body, gridFrom } = scheduleRows(plan);
  const rows = [[text(title(plan))], [], ...header.map((r) => r.map((c) => text(c))), ...body.map((r) => r.map((c) => text(c)))];
  const width = header[0].length;
  const merges = header.length === 2
    ? [
        { top: 2, left: gridFrom, bottom: 2, right: gridFrom + GRID_SIZE[plan.kind] - 1 },
        ...[0, 1, 2, width - 1].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
      ]
    : [];
  const [doc] = await readXlsx(await writeXlsx([{ name: "План-график", rows, merges }]), "график.xlsx");
  return doc;
}

const SHAPES: Record<string, (p: SchedulePlan) => SourceDocument | Promise<SourceDocument>> = {
  markdown: (p) => readTextDocument(renderScheduleMarkdown(p), "график.md"),
  html: (p) => readHtml(renderScheduleHtml(p), "график.html"),
  xlsx: xlsxDocument,
};

describe("schedule grids (план-график): marks become the deadline", () => {
  test.each(Object.keys(SHAPES))("%s: every generated grid reads back as marked (property)", async (shape) => {
    await fc.assert(
      fc.asyncProperty(schedulePlanArbitrary, async (source) => {
        const plan = structureOrFail(await SHAPES[shape](source));
        expect(plan.items.map((it) => it.number)).toEqual(source.items.map((it) => it.number));
        plan.items.forEach((it, i) => {
          const want = expectedDeadline(source, source.items[i]);
          expect({ kind: it.deadline.kind, start: it.deadline.start, end: it.deadline.end, every: it.deadline.every }).toEqual(want);
          expect(it.notes?.filter((n) => n.code === "grid_marks")).toHaveLength(1);
          // The grid columns are kept: each marked cell is in the item's extra columns as it was written.
          expect(Object.values(it.extra).filter((v) => v === source.items[i].mark)).toHaveLength(source.items[i].marked.length);
          expect(it.responsible.text).toBe(source.items[i].responsible);
        });
        expect(plan.columns.extra).toHaveLength(GRID_SIZE[source.kind]);
        expect(plan.columns.deadline).toBeNull();
        expect(validatePlanJson(JSON.parse(JSON.stringify(planToJson(plan))))).toBe(true);
      }),
      { numRuns: shape === "xlsx" ? 15 : 40 },
    );
  });

  test("the structured sheet of a schedule structures into the same plan (property)", () => {
    fc.assert(
      fc.property(schedulePlanArbitrary, (source) => {
        const first = structureOrFail(readTextDocument(renderScheduleMarkdown(source), "график.md"));
        const second = structureOrFail(sheetSpecToDocument(planSheet(first)));
        expect(second.items.map((i) => [i.number, i.name, i.deadline])).toEqual(first.items.map((i) => [i.number, i.name, i.deadline]));
      }),
      { numRuns: 30 },
    );
  });

  test("a note says what was read: II and III quarter → 01.04–30.09", () => {
    const plan = structureOrFail(readTextDocument(`План-график на 2025 год

| № п/п | Мероприятие | Ответственный | 2025 год | | | |
|---|---|---|---|---|---|---|
| | | | I кв. | II кв. | III кв. | IV кв. |
| 1 | Мониторинг вакансий | Отдел кадров | | х | х | |
| | | | I кв. | II кв. | III кв. | IV кв. |
| 2 | Конкурс «Педагог года» | Петров П.П. | | | | 20.11 |
`, "x.md"));
    expect(plan.items[0].deadline).toEqual({ text: "II–III кв. 2025", kind: "period", start: "2025-04-01", end: "2025-09-30", every: null });
    expect(plan.items[0].notes).toEqual([{ code: "grid_marks", text: "срок по отметкам в графике: II–III кв. 2025" }]);
    // A date written in a quarter's cell is that day; the caption row repeated on a new page is furniture.
    expect(plan.items[1].deadline).toMatchObject({ kind: "date", start: "2025-11-20", end: "2025-11-20" });
    expect(plan.dropped.map((d) => d.reason)).toContain("repeated_header");
    expect(plan.items).toHaveLength(2);
  });

  test("figures under year columns are not marks: the table stays an ordinary plan", () => {
    const plan = structureOrFail(readTextDocument(`| № | Мероприятие | Ответственный | Срок | 2025 | 2026 |
|---|---|---|---|---|---|
| 1 | Ремонт | Управление | 2025 год | 150,0 | 200,0 |
`, "x.md"));
    expect(plan.items[0].deadline).toMatchObject({ text: "2025 год", kind: "period" });
    expect(plan.items[0].notes).toBeUndefined();
    expect(plan.items[0].extra).toEqual({ "2025": "150,0", "2026": "200,0" });
  });

  test("a grid beside the names and nothing else is a plan: its marks are the only deadlines", () => {
    const plan = structureOrFail(readTextDocument(`План-график работы с молодыми специалистами

| № | Мероприятие | сентябрь 2025 | октябрь 2025 | ноябрь 2025 | декабрь 2025 |
|---|---|---|---|---|---|
| 1 | Встреча с наставниками | ✓ | | | |
| 2 | Открытые уроки | | ✓ | ✓ | |
`, "x.md"));
    expect(plan.items.map((i) => [i.deadline.kind, i.deadline.start, i.deadline.end])).toEqual([["period", "2025-09-01", "2025-09-30"], ["period", "2025-10-01", "2025-11-30"]]);
    // The same layout with words under the months is a table of something else.
    expect(structurePlan(readTextDocument(`| № | Мероприятие | сентябрь 2025 | октябрь 2025 |
|---|---|---|---|
| 1 | Встреча с наставниками | школа № 5 | гимназия |
`, "x.md")).ok).toBe(false);
  });

  test("an own deadline cell wins over the grid when they differ", () => {
    const plan = structureOrFail(readTextDocument(`План на 2025 год

| № | Мероприятие | Ответственный | Срок | I кв. | II кв. | III кв. | IV кв. |
|---|---|---|---|---|---|---|---|
| 1 | Мониторинг | Отдел кадров | до 1 марта | х | | | |
| 2 | Семинар | Отдел кадров | | | х | | |
`, "x.md"));
    expect(plan.items[0].deadline).toMatchObject({ text: "до 1 марта", kind: "date", end: "2025-03-01" });
    expect(plan.items[1].deadline).toMatchObject({ kind: "period", start: "2025-04-01", end: "2025-06-30" });
  });

  test.each([
    ["I кв.", "quarter", 1, null], ["IV квартал 2025 года", "quarter", 4, 2025], ["3-й кв.", "quarter", 3, null], ["2 полугодие", "half_year", 2, null],
    ["II п/г", "half_year", 2, null], ["сент.", "month", 9, null], ["Декабрь 2024", "month", 12, 2024], ["2026 год", "year", 1, 2026],
  ])("caption %s", (caption, unit, ordinal, year) => {
    expect(periodCaption(caption)).toEqual({ unit, ordinal, year });
  });

  test.each(["Ответственный", "Срок исполнения", "V", "2025-2026", "в течение года", "5 квартир"])("%s is not a caption", (caption) => {
    expect(periodCaption(caption)).toBeNull();
  });

  test("captions of every style are read", () => {
    for (const kind of ["quarters", "months", "halves", "years", "quartersInline"] as const) {
      for (const style of [0, 1, 2]) {
        const plan: SchedulePlan = { kind, style, year: 2025, items: [] };
        expect(captions(plan).map((c) => periodCaption(c)?.unit ?? null).every(Boolean)).toBe(true);
      }
    }
  });
});

describe("schedule grids over several years: a header of three rows (caption / years / periods)", () => {
  const QUARTERS = ["I кв.", "II кв.", "III кв.", "IV кв."];
  /** «Сроки исполнения» over «2025 год» and «2026 год», each over its four quarters; marks «+» at the given columns. */
  function markdown(items: readonly (readonly [string, string, readonly number[]])[]): string {
    const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
    const blank = (n: number) => Array<string>(n).fill("");
    return [
      "План-график на 2025–2026 годы",
      "",
      row(["№ п/п", "Мероприятие", "Ответственный", "Сроки исполнения", ...blank(7)]),
      row(blank(11).map(() => "---")),
      row(["", "", "", "2025 год", ...blank(3), "2026 год", ...blank(3)]),
      row(["", "", "", ...QUARTERS, ...QUARTERS]),
      ...items.map(([n, name, marks]) => row([n, name, "Отдел кадров", ...Array.from({ length: 8 }, (_, i) => (marks.includes(i) ? "+" : ""))])),
      "",
    ].join("\n");
  }

  test("each quarter is dated by the year merged over it; the year row is header, not the grid", () => {
    const plan = structureOrFail(readTextDocument(markdown([
      ["1.", "Мониторинг вакансий", [1, 2, 3, 4]],
      ["2.", "Конкурс", [6]],
    ]), "x.md"));
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(plan.items[0].deadline).toMatchObject({ kind: "period", start: "2025-04-01", end: "2026-03-31" });
    expect(plan.items[1].deadline).toMatchObject({ kind: "period", start: "2026-07-01", end: "2026-09-30" });
    expect(plan.columns.extra).toHaveLength(8);
    expect(Object.keys(plan.items[1].extra)).toContain("Сроки исполнения 2026 год III кв.");
  });

  test("the same periods marked in every year of the grid recur over the grid's years", () => {
    const plan = structureOrFail(readTextDocument(markdown([
      ["1.", "Отчёт", [3, 7]],
      ["2.", "Семинар", [1, 3, 5, 7]],
      ["3.", "Аттестация", [1, 2, 5, 6]],
      ["4.", "Смотр", [0, 4, 6]],
    ]), "x.md"));
    const deadlines = plan.items.map((i) => [i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every]);
    expect(deadlines).toEqual([
      ["recurring", "2025-01-01", "2026-12-31", "year"],
      ["recurring", "2025-01-01", "2026-12-31", "half_year"],
      ["recurring", "2025-01-01", "2026-12-31", "year"],
      // Not the same quarters each year: the span from the first mark to the last.
      ["period", "2025-01-01", "2026-09-30", null],
    ]);
    expect(plan.items[0].notes?.[0].text).toBe("срок по отметкам в графике: IV кв. 2025, IV кв. 2026 (ежегодно)");
  });

  test("months of two years in HTML: the last month of each quarter every year is quarterly", () => {
    const months = ["янв.", "фев.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];
    const marks = (set: readonly number[]) => [0, 1].flatMap(() => months.map((_, m) => `<td>${set.includes(m + 1) ? "+" : ""}</td>`)).join("");
    const html = `<html><body><p>План-график на 2035–2036 годы</p><table>
<tr><td rowspan="3">№ п/п</td><td rowspan="3">Наименование мероприятия</td><td rowspan="3">Ответственный исполнитель</td><td colspan="24">Сроки исполнения</td></tr>
<tr><td colspan="12">2035 год</td><td colspan="12">2036 год</td></tr>
<tr>${[...months, ...months].map((m) => `<td>${m}</td>`).join("")}</tr>
<tr><td>1.1.</td><td>Отчёт о вакансиях</td><td>Отдел кадров</td>${marks([3, 6, 9, 12])}</tr>
<tr><td>1.2.</td><td>Совещание</td><td>Отдел кадров</td>${marks([6, 12])}</tr>
</table></body></html>`;
    const plan = structureOrFail(readHtml(html, "x.html"));
    expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
      ["1.1", "recurring", "2035-01-01", "2036-12-31", "quarter"],
      ["1.2", "recurring", "2035-01-01", "2036-12-31", "half_year"],
    ]);
  });
});
