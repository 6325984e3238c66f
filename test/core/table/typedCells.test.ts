import { gridFromValues, sheetDocument, type SourceDocument } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/staffing";
import { consolidateVacancies } from "../../../src/core/vacancies";

/** The same table as a workbook's sheet and as a document's table (a web page, a PDF, a Word table, a CSV). */
function both(values: string[][]): [string, SourceDocument][] {
  const grid = gridFromValues(values);
  return [
    ["sheet", sheetDocument("таблица.xlsx", "Лист1", grid)],
    ...["html", "pdf", "docx", "csv"].map((format): [string, SourceDocument] => [format, { name: `таблица.${format}`, sheet: null, blocks: [{ kind: "table", grid, format }] }]),
  ];
}

const VACANCIES = [
  ["Сведения о вакансиях на 15.10.2026"],
  ["Организация", "Должность", "Предмет", "Вакантных ставок", "Часов"],
  ["МБОУ «СОШ № 1»", "учитель", "математика", "0,5", "9"],
  ["МБОУ «СОШ № 1»", "учитель", "физика", "1.5", "27"],
];

const STAFF = [
  ["Организация", "Тип", "ФИО", "Должность", "Образование", "Ставка"],
  ["МБОУ «СОШ № 1»", "ОО", "Иванова А.А.", "учитель", "высшее", "0,5"],
  ["МБОУ «СОШ № 1»", "ОО", "Петров Б.Б.", "учитель", "среднее профессиональное", "1"],
];

describe("«число записано текстом» is a remark about a spreadsheet's cell, not about a document's text", () => {
  test.each(both(VACANCIES))("vacancies from a %s: 0,5 and 1.5 read alike; the remark only where a cell could hold the number", (format, doc) => {
    const result = consolidateVacancies([{ doc, file: doc.name }], { today: "2026-12-01" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.report.totals.map((t) => [t.vacancies, t.rates, t.hours])).toEqual([[2, 2, 36]]);
    const remarks = result.report.issues.filter((i) => i.code === "number_as_text").map((i) => [i.row, i.column, i.params?.value]);
    expect(remarks).toEqual(format === "sheet" ? [[3, "rates", "0,5"]] : []);
  });

  test.each(both(STAFF))("a staff list from a %s: the rate 0,5 counted, remarked in a sheet only", (format, doc) => {
    const result = computeIndicators([doc], { today: "2026-12-01" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const higher = result.report.indicators.find((i) => i.id === "higher_education")!;
    expect([higher.total.numerator, higher.total.denominator]).toEqual([1, 2]);
    const remarks = result.report.issues.filter((i) => i.code === "number_as_text").map((i) => [i.row, i.column]);
    expect(remarks).toEqual(format === "sheet" ? [[2, "rate"]] : []);
  });
});
