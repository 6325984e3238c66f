import * as path from "path";
import { IndicatorStream } from "../core/staffing/indicatorStream";
import type { CatalogueResult, ComputeResult } from "../core/staffing";
import { delimiterOption } from "../io/csv/delimiterOption";
import { streamCsv } from "../io/csv/streamCsv";
import { type CliContext, flag, option } from "./context";
import { readWithProgress } from "./progressLine";
import { translator } from "../i18n";

export { streamable } from "./streamableFiles";

/**
 * Indicators of a CSV/TSV staffing file read as a stream (no size limit, flat memory), with progress on a
 * terminal. Null when the file is not delimited text after all (a workbook named .csv): the caller reads it whole.
 */
export async function streamIndicators(ctx: CliContext, file: string, catalogue: CatalogueResult | undefined): Promise<ComputeResult | null> {
  const stream = new IndicatorStream(path.basename(file), { asOf: option(ctx, "as-of"), today: ctx.today, catalogue });
  const complete = await readWithProgress(ctx, file, async (onProgress) => {
    const given = option(ctx, "delimiter");
    const ext = path.extname(file).toLowerCase();
    const encoding = option(ctx, "encoding");
    const info = await streamCsv(
      file,
      {
        // The whole-file readers (and the workbook library under them) load only for the one function needed here.
        encoding: encoding === undefined ? undefined : (await import("../io/readInput")).encodingOption(encoding),
        delimiter: given !== undefined ? delimiterOption(given) : ext === ".tsv" ? "\t" : undefined,
        onProgress,
        fields: (row) => stream.pushFields(row),
      },
      (rows) => stream.push(rows),
    );
    if (info === null) return false;
    if (!flag(ctx, "json") && (info.encoding !== "utf-8" || flag(ctx, "verbose"))) {
      ctx.err(`${translator(ctx.locale)(encoding ? "cli.encoding" : "cli.encodingDetected", { file, encoding: info.encoding })}\n`);
    }
    return true;
  });
  return complete ? stream.finish() : null;
}
