import * as path from "path";
import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { computeIndicators, indicatorSheets } from "../../../src/core/staffing";
import { loadedData } from "../../../src/core/summary";
import { consolidateVacancies, vacancySheets } from "../../../src/core/vacancies";
import { readInput } from "../../../src/io/readInput";
import { generatePersons } from "../../fixtures/staffing/generatePersons";
import { generateVacancies } from "../../fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../../fixtures/vacancies/renderVacancies";
import { SEEDS, seedDocument } from "../../helpers/seeds";

const today = "2026-12-01";
const opts = { locale: "ru" as const, today };

/** The plan, a staff list and a vacancy table loaded side by side, with nothing saying which is which. */
describe("loadedData: staff data and vacancy tables among the files loaded beside the plan", () => {
  const plan = { doc: seedDocument(SEEDS.omsk), file: SEEDS.omsk };
  const list = generatePersons({ seed: 5 });
  const staff = { doc: sheetDocument("кадры.xlsx", "Кадры", gridFromValues(list.values)), file: "кадры.xlsx" };
  const vacancy = renderLongTable(generateVacancies()).inputs[0];

  test("each file is read for what it is: the staff list for indicators, the vacancy table for vacancies", () => {
    const data = loadedData([plan, vacancy, staff], plan.doc, opts);
    const expectedStaff = computeIndicators([staff.doc], { today });
    const expectedVac = consolidateVacancies([vacancy], { today });
    if (!expectedStaff.ok || !expectedVac.ok) throw new Error("fixtures not read");
    expect(data.staffing).toEqual(expectedStaff.report);
    expect(data.vacancies?.totals).toEqual(expectedVac.report.totals);
    expect(data.vacancies?.byOrg).toEqual(expectedVac.report.byOrg);
    expect(data.sheets.map((s) => s.name)).toEqual([...indicatorSheets(expectedStaff.report, { locale: "ru", madeOn: today }).map((s) => s.name), ...vacancySheets(expectedVac.report, { locale: "ru", madeOn: today }).map((s) => s.name)]);
  });

  test("a kind not loaded is left out; the plan alone adds nothing", () => {
    expect(loadedData([plan], plan.doc, opts)).toEqual({ staffing: null, vacancies: null, sheets: [] });
    const staffOnly = loadedData([plan, staff], plan.doc, opts);
    expect(staffOnly.vacancies).toBeNull();
    expect(staffOnly.staffing?.source.kind).toBe("persons");
    const vacOnly = loadedData([plan, vacancy], plan.doc, opts);
    expect(vacOnly.staffing).toBeNull();
    expect(vacOnly.vacancies?.periods.length).toBeGreaterThan(0);
  });

  test("one workbook holding plan, staff and vacancy sheets (examples/example.xlsx) gives both", async () => {
    const read = await readInput(path.join(__dirname, "..", "..", "..", "examples", "example.xlsx"));
    const inputs = read.documents.map((doc) => ({ doc, file: "example.xlsx" }));
    const planDoc = read.documents.find((d) => d.sheet === "План") ?? null;
    const data = loadedData(inputs, planDoc, opts);
    expect(data.staffing).not.toBeNull();
    expect(data.vacancies?.periods.length).toBe(3);
  });
});
