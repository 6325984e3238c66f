import { gridFromValues, sheetDocument, type SourceDocument } from "../../src/core/grid";
import { computeIndicators, type IndicatorsReport } from "../../src/core/staffing";
import { consolidateVacancies, type VacanciesReport } from "../../src/core/vacancies";

/** A generated table as typed into a workbook's sheet: the reference the other shapes of it are read against. */
export const asSheet = (values: string[][]): SourceDocument[] => [sheetDocument("typed.xlsx", "Лист1", gridFromValues(values))];

/** The indicators of staff data read from documents (as of 01.09.2026, the generator's date), or the test fails. */
export function indicatorsOf(docs: readonly SourceDocument[]): IndicatorsReport {
  const r = computeIndicators(docs, { asOf: "2026-09-01" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

/** The consolidation of the vacancy tables in documents (each its own file), or the test fails. */
export function vacanciesOf(docs: readonly SourceDocument[]): VacanciesReport {
  const r = consolidateVacancies(docs.map((doc) => ({ doc, file: doc.name })));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}
