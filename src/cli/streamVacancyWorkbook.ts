import type { ReadVacancies, VacanciesOptions } from "../core/vacancies/types";
import { VacancyStream } from "../core/vacancies/vacancyStream";
import { streamWorkbook } from "../xlsx/read/streamWorkbook";
import type { CliContext } from "./context";
import { readWithProgress } from "./progressLine";

/**
 * The vacancy tables of a workbook read as a stream, sheet by sheet: each worksheet's rows go into a VacancyStream
 * that knows the sheet's name (a month named by the sheet, issues naming it), so each sheet gives what
 * readVacancyInput gives for it read whole (vacancy headers are one row: merged areas do not bear on them); every
 * row is dropped once read. One
 * result per sheet, in workbook order, as the whole read gives one per sheet. Progress on a terminal.
 */
export async function streamVacancyWorkbook(ctx: CliContext, file: string, opts: VacanciesOptions, severalFiles: boolean): Promise<ReadVacancies[]> {
  const reads: ReadVacancies[] = [];
  await readWithProgress(ctx, file, (onProgress) =>
    streamWorkbook(file, {
      sheet: (name) => {
        const stream = new VacancyStream(file, { hoursPerRate: opts.hoursPerRate, severalFiles, sheet: name });
        return {
          rows: (batch) => {
            stream.push(batch);
            return true;
          },
          end: () => reads.push(stream.finish()),
        };
      },
      onProgress,
    }),
  );
  return reads;
}
