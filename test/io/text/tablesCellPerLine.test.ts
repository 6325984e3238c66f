import * as fc from "fast-check";
import type { SourceDocument } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/staffing";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { generatePersons } from "../../fixtures/staffing/generatePersons";
import { generateVacancies, ORGS } from "../../fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../../fixtures/vacancies/renderVacancies";
import { asSheet, indicatorsOf, vacanciesOf } from "../../helpers/tableReports";

/**
 * A table as a web page or a legal database gives it copied as text, one cell per line: each cell ended by « |» (an
 * empty one a bar alone), or each a paragraph with a blank line after it (an empty one one more blank line). A row
 * merged across the table (a group's title) is one cell; where the page typed the groups as tables of their own under
 * their titles, the header over the first only ("parts"), the title is a line of its own between blank lines. The
 * title above, the signature under it.
 */
function cellPerLine(values: readonly (readonly string[])[], headerAt: number, mode: Shape): string {
  const above = values.slice(0, headerAt).flatMap((r) => r.filter((c) => c.trim() !== ""));
  const rows = values.slice(headerAt).filter((r) => r.some((c) => c.trim() !== ""));
  const cells = rows.flatMap((r) => {
    const filled = r.filter((c) => c.trim() !== "");
    return filled.length === 1 && r.length > 1 ? filled : r;
  });
  const titles = new Set(rows.filter((r) => r.length > 1 && r.filter((c) => c.trim() !== "").length === 1).map((r) => r.find((c) => c.trim() !== "")));
  const bar = (c: string): string[] => (c === "" ? ["|"] : mode === "parts" && titles.has(c) ? ["", c, ""] : [`${c} |`]);
  const lines = mode === "paragraphs" ? cells.flatMap((c) => (c === "" ? [""] : [c, ""])) : cells.flatMap(bar);
  return [...above, "", ...lines, "", "Начальник управления образования ____________ Н.Г. Сорокина"].join("\n") + "\n";
}


const copied = async (text: string): Promise<SourceDocument[]> => (await readDocumentBytes(new TextEncoder().encode(text), "таблица.txt")).documents;

type Shape = "bar" | "paragraphs" | "parts";
const mode = fc.constantFrom<Shape>("bar", "paragraphs", "parts");
/** Group titles typed between rows, where a district groups its schools. */
const TITLES = ["Городские общеобразовательные организации", "Сельские школы", "Дошкольные образовательные организации", "II. Организации дополнительного образования"];

/** The values with a group's title as a row of its own before some of the rows (after the header). */
function withTitles(values: readonly string[][], headerAt: number, at: readonly number[]): string[][] {
  const width = values[headerAt].length;
  const out = values.slice(0, headerAt + 1).map((r) => [...r]);
  values.slice(headerAt + 1).forEach((r, k) => {
    if (at.includes(k)) out.push([TITLES[at.indexOf(k) % TITLES.length], ...Array<string>(width - 1).fill("")]);
    out.push([...r]);
  });
  return out;
}

/**
 * Generated staff lists and vacancy tables copied from a web page as text, one cell per line: they count what the same
 * table in a sheet counts, a group's title between the rows included (one cell where a row has many: read every so
 * many cells, each row after it would be a column off).
 */
describe("generated staff lists and vacancy tables copied as one cell per line", () => {
  it("a staff list, with groups' titles between its rows, gives the indicators the same list in a sheet gives", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), mode, fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 3 }), async (seed, how, titlesAt) => {
        const list = generatePersons({ seed, orgs: { ОО: 2, ДОО: 1, ДО: 1 }, perOrg: [4, 10] });
        const headerAt = list.values.findIndex((r) => r[0] === "№ п/п");
        const values = withTitles(list.values, headerAt, titlesAt);
        const typed = indicatorsOf(asSheet(values));
        const read = indicatorsOf(await copied(cellPerLine(values, headerAt, how)));
        expect(read.source.rows).toBe(typed.source.rows);
        expect(read.indicators.map((i) => [i.id, i.total, i.groups])).toEqual(typed.indicators.map((i) => [i.id, i.total, i.groups]));
      }),
      { numRuns: 12 },
    );
  });

  it("a month's vacancy table, with groups' titles between its rows, gives the counts the same table in a sheet gives", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), mode, fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 3 }), async (seed, how, titlesAt) => {
        const g = generateVacancies(seed, 1, ORGS.slice(0, 8));
        const plain = renderLongTable(g).inputs[0].doc.blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows.map((r) => [...r.cells]) : []));
        const headerAt = plain.findIndex((r) => r.includes("Должность"));
        const values = withTitles(plain, headerAt, titlesAt);
        const typed = vacanciesOf(asSheet(values));
        const read = vacanciesOf(await copied(cellPerLine(values, headerAt, how)));
        expect({ totals: read.totals, byOrg: read.byOrg, byPosition: read.byPosition }).toEqual({ totals: typed.totals, byOrg: typed.byOrg, byPosition: typed.byPosition });
      }),
      { numRuns: 12 },
    );
  });
});

describe("a table one cell per line that cannot be placed is no table, not one misread", () => {
  it("a count table whose header is of two rows (captions merged over sub-columns): refused, not figures a column off", async () => {
    const cells = [
      ...["№ п/п", "Наименование организации", "Тип", "Всего педагогических работников", "Образование", "Квалификационная категория", "Моложе 35 лет"],
      ...["высшее", "среднее профессиональное", "высшая", "первая"],
      ...["1", "МБОУ «СОШ № 1»", "ОО", "42", "38", "4", "15", "12", "9"],
      ...["2", "МБОУ «СОШ № 2»", "ОО", "35", "30", "5", "10", "11", "6"],
      ...["3", "МБДОУ «Детский сад № 5»", "ДОО", "18", "9", "9", "3", "7", "5"],
    ];
    for (const how of ["bar", "paragraphs"] as const) {
      const text = ["Сведения о педагогических кадрах на 01.09.2026", "", ...(how === "bar" ? cells.map((c) => `${c} |`) : cells.flatMap((c) => [c, ""]))].join("\n");
      const r = computeIndicators(await copied(text), { asOf: "2026-09-01" });
      expect(r.ok ? r.report.indicators.map((i) => [i.id, i.total.value]) : r.issues.map((i) => i.code)).toEqual(["sheet_not_staffing"]);
    }
  });
});
