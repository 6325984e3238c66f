import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { catalogueEntry } from "../../../src/core/issues";
import { compareSnapshots, computeIndicators, indicatorCatalogue, indicatorSheet, staffingTemplateSheets, type IndicatorsReport } from "../../../src/core/staffing";
import { configuredCatalogue } from "../../../src/core/staffing/configuredCatalogue";
import { indicatorConfigSchema } from "../../../src/core/staffing/indicatorSchema";
import { findStaffingTables } from "../../../src/core/staffing/findStaffingTable";
import { STAFFING_COLUMNS } from "../../../src/core/staffing/staffingColumns";
import { staffingCatalogue } from "../../../src/core/issues/catalogue/staffing";
import { sheetSpecToDocument } from "../../helpers/sheetSpecToDocument";
import Ajv from "ajv/dist/2020";
import schema from "../../../contract/indicators.schema.json";

const AGG = [
  ["Организация", "Тип", "Педагогов", "АУП", "С высшим образованием", "Высшая категория", "Первая категория"],
  ["МБОУ СОШ № 1", "ОО", "40", "5", "30", "10", "20"],
  ["МБДОУ д/с № 2", "ДОО", "20", "2", "8", "3", "5"],
];
const docs = [sheetDocument("svod.xlsx", "Свод", gridFromValues(AGG))];
function run(config?: unknown): IndicatorsReport {
  const r = computeIndicators(docs, { asOf: "2026-09-01", catalogue: configuredCatalogue(config) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

const IDS = ["higher_education", "higher_pedagogical_education", "category_highest", "category_first", "category_highest_or_first", "szd", "staffing_rate", "vacancy_rate", "under_35", "pension_age", "young_specialists", "mentoring", "training_3y", "avg_rate", "turnover"];

describe("the indicator catalogue", () => {
  it("has every id of DESIGN §10, as data", () => {
    expect(indicatorCatalogue().map((d) => d.id)).toEqual(IDS);
    expect(indicatorCatalogue().find((d) => d.id === "category_highest_or_first")).toMatchObject({ target: 60, direction: ">=" });
    expect(indicatorCatalogue().find((d) => d.id === "pension_age")!.note!.ru).toMatch(/60/);
  });

  it("lets a user change a target and add an indicator", () => {
    const r = run({
      indicators: [
        { id: "higher_education", target: 70 },
        { id: "category_highest_share_of_certified", title: { ru: "Высшая среди аттестованных", en: "Highest among certified" }, unit: "%", target: null, direction: null, counts: [{ numerator: { plus: ["categoryHighest"] }, denominator: { plus: ["categoryHighest", "categoryFirst"] } }] },
      ],
      disable: ["szd"],
    });
    const he = r.indicators.find((i) => i.id === "higher_education")!;
    expect(he.target).toBe(70);
    expect(he.groups.filter((g) => g.by === "org").map((g) => g.met)).toEqual([(30 / 45) * 100 >= 70, false]);
    expect(r.indicators.find((i) => i.id === "category_highest_share_of_certified")!.total).toEqual({ numerator: 13, denominator: 38, value: (13 / 38) * 100 });
    expect(r.indicators.find((i) => i.id === "szd")).toBeUndefined();
  });

  it.each([
    [{ indicators: [{ id: "higher_education", target: "70%" }] }, /indicators\[0\]\.target/],
    [{ indicators: [{ id: "new_one", unit: "%" }] }, /new_one/],
    [{ indicators: [{ id: "under_35", persons: { numerator: { where: { field: "category", in: ["вторая"] } }, denominator: {} } }] }, /вторая/],
    [{ disable: ["no_such"] }, /no_such/],
    [[], /корень/],
    [{ colour: "red" }, /.+/],
  ])("refuses bad config %j with a clear issue", (config, detail) => {
    const r = computeIndicators(docs, { catalogue: configuredCatalogue(config) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].code).toBe("config_invalid");
    expect(`${r.issues[0].params!.path}: ${r.issues[0].params!.detail}`).toMatch(detail);
  });

  it("exports the config schema for documentation and editors", () => {
    expect(indicatorConfigSchema.safeParse({ disable: ["szd"] }).success).toBe(true);
  });
});

describe("contract and catalogue", () => {
  it("the report matches contract/indicators.schema.json", () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    const report = run();
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
  });

  it("every issue code the staffing core emits has ru and en messages", () => {
    for (const code of [...Object.keys(staffingCatalogue), "number_as_text", "config_invalid"]) {
      const e = catalogueEntry(code);
      expect([code, e?.message.ru && e.message.en]).toEqual([code, expect.any(String)]);
    }
  });
});

describe("sheets", () => {
  it("«Показатели» lists each indicator's total and groups with the target met", () => {
    const spec = indicatorSheet(run(), { locale: "ru", madeOn: "2026-09-15" });
    expect(spec.name).toBe("Показатели");
    const doc = sheetSpecToDocument(spec);
    const rows = (doc.blocks[0] as unknown as { grid: { rows: { cells: string[] }[] } }).grid.rows.map((r) => r.cells);
    const row = rows.find((c) => c[0] === "Доля работников с высшей и первой категориями" && c[2] === "МБДОУ д/с № 2")!;
    expect(row.slice(3)).toEqual(["8", "22", "36,4%", "60,0%", "нет"]);
    expect(rows[1][0]).toContain("15.09.2026");
  });

  it("the templates are read back as a staff list and a staff schedule, with dropdowns", () => {
    const [persons, schedule] = staffingTemplateSheets();
    expect(persons.name).toBe("Кадры");
    expect(schedule.name).toBe("Штатное расписание");
    const pTables = findStaffingTables(sheetSpecToDocument(persons));
    expect(pTables.map((t) => t.kind)).toEqual(["persons"]);
    const headers = persons.rows[3].length;
    expect(pTables[0].columns.size).toBe(headers);
    expect(findStaffingTables(sheetSpecToDocument(schedule)).map((t) => t.kind)).toEqual(["schedule"]);
    const category = persons.validations!.find((v) => v.list.includes("СЗД"))!;
    expect(category.area.top).toBe(4);
    expect(Object.keys(STAFFING_COLUMNS)).toContain("category");
  });
});

describe("compareSnapshots", () => {
  it("gives the change of every figure between two reports", () => {
    const before = run();
    const after = computeIndicators([sheetDocument("svod.xlsx", "Свод", gridFromValues([AGG[0], ["МБОУ СОШ № 1", "ОО", "40", "5", "36", "10", "20"], AGG[2]]))], { asOf: "2027-03-01" });
    if (!after.ok) throw new Error("not ok");
    const changes = compareSnapshots(before, after.report);
    const school = changes.find((c) => c.id === "higher_education" && c.by === "org" && c.key === "МБОУ СОШ № 1")!;
    expect(school.before).toBeCloseTo((30 / 45) * 100, 10);
    expect(school.after).toBeCloseTo((36 / 45) * 100, 10);
    expect(school.change).toBeCloseTo((6 / 45) * 100, 10);
    expect(changes.find((c) => c.id === "higher_education" && c.by === "total")!.change).toBeCloseTo((44 / 67 - 38 / 67) * 100, 10);
    expect(changes.find((c) => c.id === "higher_education" && c.key === "МБДОУ д/с № 2")!.change).toBe(0);
  });
});
