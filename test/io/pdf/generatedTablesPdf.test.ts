import * as fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { SourceDocument } from "../../../src/core/grid";
import { generatePersons } from "../../fixtures/staffing/generatePersons";
import { gridPdf, type PrintedGrid } from "../../fixtures/tables/gridPdf";
import { generateVacancies, ORGS } from "../../fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../../fixtures/vacancies/renderVacancies";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { asSheet, indicatorsOf, vacanciesOf } from "../../helpers/tableReports";

const dir = mkdtempSync(path.join(tmpdir(), "plankadry-tables-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
async function printed(values: readonly (readonly string[])[], headerAt: number, how: Omit<PrintedGrid, "above" | "header" | "rows" | "below">): Promise<SourceDocument[]> {
  const file = path.join(dir, `table-${files++}.pdf`);
  const above = values.slice(0, headerAt).flatMap((r) => r.filter((c) => c.trim() !== ""));
  const below = ["Начальник управления образования ____________ Н.Г. Сорокина", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23"];
  writeFileSync(file, await gridPdf({ ...how, above, header: values[headerAt], rows: values.slice(headerAt + 1), below }));
  return (await readInputAnywhere(file)).documents;
}


/**
 * How a table is printed: the header on every page or the first only, the page's side, the letters' size. A staff
 * list's sixteen columns go on a landscape page, as offices print them.
 */
const printing = fc.record({ repeatHeader: fc.boolean(), landscape: fc.boolean(), fontSize: fc.constantFrom(7, 8, 9) });
const wide = fc.record({ repeatHeader: fc.boolean(), landscape: fc.constant(true), fontSize: fc.constantFrom(6, 7) });

/**
 * Generated staff lists and vacancy tables printed to PDF the way word processors print tables, read back: the PDF
 * counts what the same table typed into a sheet counts, whatever the pages cut, wherever a row breaks across them.
 */
describe("generated staff lists and vacancy tables printed to PDF", () => {
  it("a staff list gives the indicators the same list in a sheet gives", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), wide, async (seed, how) => {
        const list = generatePersons({ seed, orgs: { ОО: 2, ДОО: 1, ДО: 1 }, perOrg: [6, 14] });
        const headerAt = list.values.findIndex((r) => r[0] === "№ п/п");
        const typed = indicatorsOf(asSheet(list.values));
        const read = indicatorsOf(await printed(list.values, headerAt, how));
        expect(read.source.rows).toBe(typed.source.rows);
        expect(read.indicators.map((i) => [i.id, i.total, i.groups])).toEqual(typed.indicators.map((i) => [i.id, i.total, i.groups]));
      }),
      { numRuns: 6 },
    );
  });

  it("a month's vacancy table gives the counts the same table in a sheet gives", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), printing, async (seed, how) => {
        const g = generateVacancies(seed, 1, ORGS.slice(0, 8));
        const values = renderLongTable(g).inputs[0].doc.blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows.map((r) => [...r.cells]) : []));
        const headerAt = values.findIndex((r) => r.includes("Должность"));
        const typed = vacanciesOf(asSheet(values));
        const read = vacanciesOf(await printed(values, headerAt, how));
        expect({ totals: read.totals, byOrg: read.byOrg, byPosition: read.byPosition }).toEqual({ totals: typed.totals, byOrg: typed.byOrg, byPosition: typed.byPosition });
      }),
      { numRuns: 6 },
    );
  });
});
