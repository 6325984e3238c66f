import { formatIssue } from "../../core/issues/formatIssue";
import { consolidateVacancies, type ConsolidateResult, type VacanciesOptions, type VacanciesReport } from "../../core/vacancies";
import { consolidateRead } from "../../core/vacancies/consolidateVacancies";
import { vacancyHeadStreamable } from "../../core/vacancies/streamedHead";
import type { ReadVacancies } from "../../core/vacancies/types";
import { VacancyStream } from "../../core/vacancies/vacancyStream";
import { msg, type PaneLocale } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { PaneError } from "../../app/errorMessage";
import type { PaneServices } from "../../app/services";
import { type ChosenFile, readFiles } from "./openFileActions";
import { readSheets } from "./readSheets";
import { type SheetEngine, streamSheets } from "./streamSheets";

/**
 * Consolidates the chosen sheets as one workbook's monthly tables: each sheet streamed chunk by chunk into
 * VacancyStream (progress over rows, no row kept), or read whole as before where a merged header would be read
 * otherwise.
 */
export async function consolidateSheets(
  services: PaneServices,
  names: readonly string[],
  opts: { hoursPerRate: Readonly<Record<string, number>>; workbook: string; locale: PaneLocale },
  ctx: OpContext,
): Promise<VacanciesReport> {
  if (names.length === 0) throw new PaneError(msg("error.noSheetsChosen"));
  const options: VacanciesOptions = { hoursPerRate: opts.hoursPerRate, today: services.today() };
  const streamed = await streamSheets(services, names, ctx, vacancyEngine(opts.workbook, options));
  // One file for all sheets: the sheets are months (or organisations) of one workbook, not separate files.
  const result = streamed ?? consolidateVacancies((await readSheets(services, names, ctx)).map((doc) => ({ doc, file: opts.workbook })), options);
  return reportOrError(result, opts.locale);
}

/** Vacancy tables consolidated from chosen files, with the files and what their readers told. */
export interface FilesConsolidated {
  readonly report: VacanciesReport;
  readonly files: readonly string[];
  readonly notes: readonly { readonly file: string; readonly note: string }[];
}

/**
 * Consolidates tables in chosen files (a school's report as PDF, a district's workbook…), as `plankadry vacancies`
 * does with the same files: each file an input, its sheets the file's parts. Nothing is written to the workbook
 * until the user asks.
 */
export async function consolidateFiles(
  files: readonly ChosenFile[],
  opts: { hoursPerRate: Readonly<Record<string, number>>; today: string; locale: PaneLocale },
  ctx: OpContext,
): Promise<FilesConsolidated> {
  const { inputs, notes } = await readFiles(files, opts.locale, ctx);
  const result = consolidateVacancies(inputs, { hoursPerRate: opts.hoursPerRate, today: opts.today });
  return { report: reportOrError(result, opts.locale), files: files.map((f) => f.name), notes };
}

function reportOrError(result: ConsolidateResult, locale: PaneLocale): VacanciesReport {
  if (result.ok) return result.report;
  const detail = result.issues.slice(0, 3).map((i) => formatIssue(i, locale).message).join("; ");
  // A table that lost its cells was found, not missed: its message says what to open, and no «not found» over it.
  if (result.issues[0]?.code === "table_without_cells") throw new PaneError(msg("error.tableWithoutCells", { detail: `${detail}.` }));
  throw new PaneError(msg("error.notVacancies", { detail: detail ? `${detail}.` : "" }));
}

/** Each sheet a VacancyStream of the workbook; then checked and summed together as consolidateVacancies does. */
function vacancyEngine(workbook: string, options: VacanciesOptions): SheetEngine<ConsolidateResult> {
  const reads: ReadVacancies[] = [];
  return {
    streamable: vacancyHeadStreamable,
    sheet: (sheet) => {
      const stream = new VacancyStream(workbook, { hoursPerRate: options.hoursPerRate, sheet });
      return { push: (rows) => stream.push(rows), end: () => reads.push(stream.finish()) };
    },
    wanted: true,
    finish: () => consolidateRead(reads, options, reads.map(() => workbook)),
  };
}
