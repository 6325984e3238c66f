import { type Block, gridFromValues, type SourceDocument } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/staffing";
import { consolidateVacancies, type VacanciesReport } from "../../../src/core/vacancies";
import { sectionRow } from "../../../src/core/vacancies/sectionRows";

const TITLE = "Сведения о вакансиях педагогических работников по состоянию на 01.12.2026";
const doc = (name: string, blocks: Block[]): SourceDocument => ({ name, sheet: null, blocks });
const text = (row: number, t: string): Block => ({ kind: "text", row, text: t });
const table = (values: string[][], firstRow: number): Block => ({ kind: "table", format: "docx", grid: gridFromValues(values, firstRow) });

function consolidated(d: SourceDocument): VacanciesReport {
  const result = consolidateVacancies([{ doc: d, file: d.name }], { today: "2026-12-05" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
}
const byOrg = (r: VacanciesReport) => r.byOrg.map((o) => [o.org, o.vacancies, o.rates]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("sectionRow: what a row of one label in a vacancy table means", () => {
  const columns = { org: 1, position: 2 };
  it("a group's title wherever it stands; an organisation's name outside the organisation's column", () => {
    expect(sectionRow(["Городские школы", "", "", "", ""], columns)).toEqual({ kind: "group" });
    expect(sectionRow(["", "Сельские школы", "", "", ""], columns)).toEqual({ kind: "group" });
    expect(sectionRow(["", "II. Дошкольные образовательные организации", "", ""], columns)).toEqual({ kind: "group" });
    expect(sectionRow(["МБОУ «СОШ № 2»", "", "", ""], columns)).toEqual({ kind: "org", name: "МБОУ «СОШ № 2»" });
    expect(sectionRow(["Гимназия № 4", "", "", ""], { org: -1, position: 1 })).toEqual({ kind: "org", name: "Гимназия № 4" });
  });

  it("an organisation reporting nothing vacant, a row of data, a figure: rows like any other", () => {
    // In the organisation's column a name stays an organisation, with or without the marks of one.
    expect(sectionRow(["", "МКОУ «Сосновская НОШ»", "", ""], columns)).toBeNull();
    expect(sectionRow(["", "Центр «Перспектива»", "", ""], columns)).toBeNull();
    expect(sectionRow(["", "Центр образования Перспектива", "", ""], columns)).toBeNull();
    expect(sectionRow(["1", "МБОУ «СОШ № 1»", "учитель", "1"], columns)).toBeNull();
    expect(sectionRow(["", "", "учитель", ""], columns)).toBeNull();
    expect(sectionRow(["", "", "", "18"], columns)).toBeNull();
    expect(sectionRow(["", "", "", ""], columns)).toBeNull();
  });
});

describe("vacancy tables grouped under titles", () => {
  const HEADER = ["№", "Организация", "Должность", "Предмет", "Вакантных ставок", "Часов"];
  const CITY = [["1", "МБОУ «СОШ № 1»", "учитель", "математика", "1", "18"], ["2", "МБОУ «СОШ № 2»", "учитель", "физика", "0,5", "9"]];
  const VILLAGE = [["3", "МБОУ «Ивановская ООШ»", "учитель", "химия", "1", "18"], ["4", "МБОУ «Петровская СОШ»", "воспитатель", "", "1", "36"]];
  const expected = [["МБОУ «Ивановская ООШ»", 1, 1], ["МБОУ «Петровская СОШ»", 1, 1], ["МБОУ «СОШ № 1»", 1, 1], ["МБОУ «СОШ № 2»", 1, 0.5]];

  it("a title merged across one table is no organisation and no row without one, first or later", () => {
    for (const at of [0, 1]) {
      const title = (t: string) => HEADER.map((_, k) => (k === at ? t : ""));
      const r = consolidated(doc("district.docx", [text(1, TITLE), table([HEADER, title("Городские школы"), ...CITY, title("Сельские школы"), ...VILLAGE], 2)]));
      expect(byOrg(r)).toEqual(expected);
      expect(r.totals.map((t) => t.orgs)).toEqual([4]);
      expect(r.issues).toEqual([]);
    }
  });

  it("a Word table cut in two by a group's title typed between its parts reads whole", () => {
    const r = consolidated(doc("district.docx", [text(1, TITLE), text(2, "Городские школы"), table([HEADER, ...CITY], 3), text(6, "Сельские школы"), table(VILLAGE, 7)]));
    expect(byOrg(r)).toEqual(expected);
    expect(r.issues).toEqual([]);
  });

  it("a table with no organisation column titles each organisation's rows with its name, between parts or inside", () => {
    const H = ["№", "Должность", "Предмет", "Вакантных ставок", "Часов"];
    const inside = doc("вакансии.docx", [text(1, TITLE), table([H, ["МБОУ «СОШ № 1»", "", "", "", ""], ["1", "учитель", "математика", "1", "18"], ["2", "учитель", "физика", "0,5", "9"], ["МБДОУ «Детский сад № 3»", "", "", "", ""], ["3", "воспитатель", "", "1", "36"]], 2)]);
    const apart = doc("вакансии.docx", [text(1, TITLE), text(2, "МБОУ «СОШ № 1»"), table([H, ["1", "учитель", "математика", "1", "18"], ["2", "учитель", "физика", "0,5", "9"]], 3), text(6, "МБДОУ «Детский сад № 3»"), table([["3", "воспитатель", "", "1", "36"]], 7)]);
    for (const d of [inside, apart]) {
      // The file's name is no organisation here: its rows name theirs.
      expect(byOrg(consolidated(d))).toEqual([["МБДОУ «Детский сад № 3»", 1, 1], ["МБОУ «СОШ № 1»", 2, 1.5]]);
    }
  });
});

describe("a staff list cut in two by a type's title", () => {
  it("reads the part after the title, its people of the type the title names", () => {
    const H = ["ФИО", "Организация", "Должность", "Образование"];
    const d = doc("кадры.docx", [
      text(1, "Список педагогических работников на 01.09.2026"),
      text(2, "Общеобразовательные организации"),
      table([H, ["Иванова А.А.", "Школа № 1", "учитель", "высшее"], ["Петрова Б.Б.", "Школа № 1", "учитель", "среднее профессиональное"]], 3),
      text(6, "Дошкольные образовательные организации"),
      // «Берёзка» says no type by its name: the title does.
      table([["Кузнецова Г.Г.", "Берёзка", "воспитатель", "высшее"]], 7),
    ]);
    const result = computeIndicators([d], { today: "2026-12-05" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.report.source.rows).toBe(3);
    const higher = result.report.indicators.find((i) => i.id === "higher_education")!;
    expect(higher.groups.filter((g) => g.by === "type").map((g) => [g.key, g.numerator, g.denominator])).toEqual([["ОО", 1, 2], ["ДОО", 1, 1]]);
  });
});

describe("a part of a vacancy or staff table kept apart by a note is told, not dropped silently", () => {
  it("vacancies: a warning naming the rows and the note; the rows above counted", () => {
    const H = ["№", "Организация", "Должность", "Предмет", "Вакантных ставок", "Часов"];
    const d = doc("район.docx", [text(1, TITLE), table([H, ["1", "МБОУ «СОШ № 1»", "учитель", "математика", "1", "18"]], 2), text(4, "Ставки указаны без учёта совместительства."), table([["2", "МБОУ «СОШ № 2»", "учитель", "физика", "1", "18"]], 5)]);
    const r = consolidated(d);
    expect(r.totals.map((t) => t.vacancies)).toEqual([1]);
    expect(r.issues.map((i) => [i.code, i.sheet, i.row, i.params])).toEqual([["rows_unread", "район.docx", 5, { first: 5, last: 5, after: "Ставки указаны без учёта совместительства." }]]);
  });

  it("a staff list: the same warning among the indicators' remarks", () => {
    const H = ["ФИО", "Организация", "Должность", "Образование"];
    const d = doc("кадры.docx", [text(1, "Список педагогических работников на 01.09.2026"), table([H, ["Иванова А.А.", "Школа № 1", "учитель", "высшее"]], 2), text(4, "Совместители указаны отдельно."), table([["Петрова Б.Б.", "Школа № 1", "учитель", "высшее"]], 5)]);
    const result = computeIndicators([d], { today: "2026-12-05" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.report.issues.filter((i) => i.code === "rows_unread").map((i) => [i.sheet, i.row, i.severity])).toEqual([["кадры.docx", 5, "warning"]]);
  });
});
