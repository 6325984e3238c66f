import { catalogue, catalogueEntry } from "../../src/core/issues/catalogue";
import { PLAN_SHEET } from "../../src/core/plan/planSheets";
import { reportSheet, validationReport } from "../../src/core/plan/validate";
import { printLayout } from "../../src/core/sheet/printLayout";
import type { CellSpec, SheetSpec } from "../../src/core/sheet/sheetSpec";
import { gridFromValues, sheetDocument } from "../../src/core/grid";
import { consolidateVacancies, vacancySheets } from "../../src/core/vacancies";
import { SEEDS, seedPlan } from "../helpers/seeds";

const CODES = new Set(Object.keys(catalogue));
const textOf = (c: CellSpec | undefined): string | null => (!c ? null : c.value.kind === "text" || c.value.kind === "link" ? c.value.text : null);

/** Every text on paper (inside the print area) and every text outside it. */
function split(spec: SheetSpec): { printed: string[]; unprinted: string[] } {
  const area = printLayout(spec)?.area;
  if (!area) throw new Error(`${spec.name}: no print area`);
  const printed: string[] = [];
  const unprinted: string[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const t = textOf(cell);
      if (t !== null) (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right ? printed : unprinted).push(t);
    }),
  );
  return { printed, unprinted };
}

/** A code shows as the whole cell or as a snake_case word inside a text. */
const codesIn = (texts: readonly string[]) => texts.flatMap((t) => (t.match(/[a-z]+(?:_[a-z0-9]+)+/g) ?? []).filter((w) => CODES.has(w)));

describe("printed sheets carry rule titles, not rule codes", () => {
  test("«Проверка — отчёт» of a seed plan: titles and explanations print, codes sit in a column outside the print area", () => {
    const plan = seedPlan(SEEDS.omsk);
    const report = validationReport(plan);
    const codes = [...new Set(report.issues.map((i) => i.code))];
    expect(codes.length).toBeGreaterThan(2);
    const spec = reportSheet(plan, report, { planSheet: PLAN_SHEET.ru });
    const { printed, unprinted } = split(spec);
    expect(codesIn(printed)).toEqual([]);
    for (const code of codes) {
      expect(unprinted).toContain(code);
      expect(printed).toContain(catalogueEntry(code)!.why.ru);
    }
    // The code column stays inside the table, so Excel's filter still offers it.
    expect(spec.table!.area.right).toBeGreaterThan(printLayout(spec)!.area!.right);
    expect(printLayout(spec)!.scaling).toEqual({ kind: "fitToWidth" });
  });

  test("«Вакансии — замечания»: a title per remark, a legend of what each means, codes outside the print area", () => {
    const H = ["Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Статус"];
    const r = consolidateVacancies([
      {
        file: "v.xlsx",
        doc: sheetDocument("v.xlsx", "Ноябрь 2025", gridFromValues([H, ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "20", "открыта"], ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "20", "открыта"], ["МБОУ «СОШ № 2»", "учитель", "химия", "1,5", "27", "в работе"]])),
      },
    ]);
    if (!r.ok) throw new Error("not ok");
    const codes = [...new Set(r.report.issues.map((i) => i.code))].sort();
    expect(codes).toEqual(["number_as_text", "rates_hours_mismatch", "status_unknown", "vacancy_duplicate"]);
    const spec = vacancySheets(r.report, { locale: "ru" }).find((s) => s.name === "Вакансии — замечания")!;
    const { printed, unprinted } = split(spec);
    expect(codesIn(printed)).toEqual([]);
    expect(printed).toEqual(expect.arrayContaining(["Ставки не сходятся с часами", "Повтор вакансии", "Непонятный статус", "Что означают замечания"]));
    for (const code of codes) {
      expect(unprinted).toContain(code);
      expect(printed).toContain(catalogueEntry(code)!.why.ru);
    }
    expect(spec.table!.area.right).toBeGreaterThan(printLayout(spec)!.area!.right);
  });
});
