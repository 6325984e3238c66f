import type { VacancyInput, ReadVacancies } from "./types";
import { readVacancyTables, VACANCY_CAPTIONS } from "./findVacancyTable";
import { uncelledHeader, uncelledParams } from "../table/uncelledHeader";
import { readVacancyTable } from "./readVacancyTable";
import { ReportBook } from "./reportBook";
import { tableContext } from "./tableContext";
import { append, vacancyIssue } from "./vacancyIssue";

/**
 * Reads every vacancy table of one input. A one-school file whose table is empty still counts as that school's
 * report for the month (it has no vacancies).
 */
export function readVacancyInput(input: VacancyInput, normFor: (position: string) => number | null, withFile = false): ReadVacancies {
  const { doc, file } = input;
  const sheet = sourceLabel(input, withFile);
  const { tables, unread } = readVacancyTables(doc);
  const out: ReadVacancies = { records: [], reports: new ReportBook(), issues: [], found: tables.length > 0 };
  for (const table of tables) {
    const context = tableContext(doc.sheet, table.context, file || doc.name, table.columns.org !== undefined);
    const read = readVacancyTable({ table, context, sheet, file: file || doc.name, normFor });
    append(out.records, read.records);
    out.reports.absorb(read.reports);
    append(out.issues, read.issues);
    if (context.org && context.period && !read.orgsTitled) {
      out.reports.note(context.period.period, null, context.org, sheet, table.grid.rows[table.headerRow].row);
    }
  }
  // No table, but its header in lines with no cells (a PDF's text copied): the user hears so, not «no table».
  const uncelled = tables.length === 0 ? uncelledHeader(doc, VACANCY_CAPTIONS) : null;
  if (uncelled) out.issues.push(vacancyIssue("table_without_cells", { sheet, row: uncelled.first, item: null }, null, uncelledParams(uncelled)));
  if (tables.length > 0) for (const u of unread) out.issues.push(vacancyIssue("rows_unread", { sheet, row: u.first, item: null }, null, { first: u.first, last: u.last, after: u.after ?? "—" }));
  return out;
}

/**
 * What issues name as the sheet: the sheet name, or the file name for text files. When the inputs come from several
 * files, a sheet name alone ("Лист1") does not say which file: "Школа 5.xlsx · Лист1".
 */
export function sourceLabel(input: VacancyInput, withFile: boolean): string {
  const fileName = (input.file || input.doc.name).split(/[\\/]/).pop() ?? input.doc.name;
  if (input.doc.sheet === null) return fileName;
  return withFile ? `${fileName} · ${input.doc.sheet}` : input.doc.sheet;
}
