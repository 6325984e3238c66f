import ExcelJS from "exceljs";
import { VACANCY_HEADER, vacancyRows } from "./vacanciesCsv";

/** Columns written as numbers, as a spreadsheet holds them: the rates and the hours. */
const NUMBER_COLUMNS = new Set([VACANCY_HEADER.indexOf("Вакантных ставок"), VACANCY_HEADER.indexOf("Часов")]);

/** The rows of vacanciesScale's CSV as a long .xlsx, written by exceljs's streaming writer with shared strings and styles as Excel writes them. */
export async function writeVacanciesXlsx(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Вакансии");
  ws.addRow(VACANCY_HEADER).commit();
  for (const cells of vacancyRows(rows)) ws.addRow(cells.map((c, i) => (NUMBER_COLUMNS.has(i) ? Number(c) : c))).commit();
  ws.commit();
  await wb.commit();
}
