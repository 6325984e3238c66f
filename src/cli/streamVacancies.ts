import * as path from "path";
import { type ConsolidateStream, consolidateStream } from "../core/vacancies/consolidateVacancies";
import { hoursPerRateLookup } from "../core/vacancies/hoursPerRate";
import { readVacancyInput } from "../core/vacancies/readVacancyInput";
import type { ReadVacancies, VacanciesOptions } from "../core/vacancies/types";
import { VacancyStream } from "../core/vacancies/vacancyStream";
import { delimiterOption } from "../io/csv/delimiterOption";
import { streamCsv } from "../io/csv/streamCsv";
import { type CliContext, option } from "./context";
import { readWithProgress } from "./progressLine";
import { streamable, workbookStreamable } from "./streamableFiles";

/**
 * Consolidated vacancies of several files: CSV/TSV files and .xlsx workbooks (every sheet) read as a stream (no size
 * limit, no whole-file text, each row dropped once read), every other file read whole; then checked and summed
 * together. The report's lists of an organisation a month are made as they are printed.
 */
export async function consolidateFiles(ctx: CliContext, files: readonly string[], opts: VacanciesOptions): Promise<ConsolidateStream> {
  const severalFiles = new Set(files).size > 1;
  const normFor = hoursPerRateLookup(opts.hoursPerRate);
  const reads: ReadVacancies[] = [];
  const names: string[] = [];
  for (const file of files) {
    const streamed = streamable(ctx, file) ? await streamVacancyFile(ctx, file, opts, severalFiles) : (await workbookStreamable(ctx, file)) ? await (await import("./streamVacancyWorkbook")).streamVacancyWorkbook(ctx, file, opts, severalFiles) : null;
    if (streamed) {
      for (const read of Array.isArray(streamed) ? streamed : [streamed]) {
        reads.push(read);
        names.push(file);
      }
      continue;
    }
    const { loadDocuments, pickSheet } = await import("./loadDocuments");
    for (const doc of pickSheet(ctx, file, await loadDocuments(ctx, file))) {
      reads.push(readVacancyInput({ doc, file }, normFor, severalFiles));
      names.push(file);
    }
  }
  return consolidateStream(reads, opts, names);
}

/**
 * One CSV/TSV vacancy file read as a stream; null when it is not delimited text after all (a workbook named .csv).
 * Exported for bench/vacancyParts.ts, which times the reading apart from the checks and the report.
 */
export async function streamVacancyFile(ctx: CliContext, file: string, opts: VacanciesOptions, severalFiles: boolean): Promise<ReadVacancies | null> {
  const stream = new VacancyStream(file, { hoursPerRate: opts.hoursPerRate, severalFiles });
  const complete = await readWithProgress(ctx, file, async (onProgress) => {
    const given = option(ctx, "delimiter");
    const encoding = option(ctx, "encoding");
    const info = await streamCsv(
      file,
      {
        encoding: encoding === undefined ? undefined : (await import("../io/readInput")).encodingOption(encoding),
        delimiter: given !== undefined ? delimiterOption(given) : path.extname(file).toLowerCase() === ".tsv" ? "\t" : undefined,
        onProgress,
        fields: (row) => stream.pushFields(row),
      },
      (rows) => stream.push(rows),
    );
    return info !== null;
  });
  return complete ? stream.finish() : null;
}
