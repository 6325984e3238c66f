import * as path from "path";
import type { CatalogueResult, ComputeResult } from "../core/staffing";
import { SheetsIndicatorStream } from "../core/staffing/sheetsIndicatorStream";
import { streamWorkbook } from "../xlsx/read/streamWorkbook";
import { type CliContext, option } from "./context";
import { readWithProgress } from "./progressLine";

export { workbookStreamable } from "./streamableFiles";

/**
 * Indicators of a staffing workbook read sheet by sheet and row by row (flat memory, no size limit), with progress
 * on a terminal. Null when one pass cannot give what the whole read gives (see SheetsIndicatorStream): the caller
 * reads the workbook whole.
 */
export async function streamWorkbookIndicators(ctx: CliContext, file: string, catalogue: CatalogueResult | undefined): Promise<ComputeResult | null> {
  const stream = new SheetsIndicatorStream(path.basename(file), { asOf: option(ctx, "as-of"), today: ctx.today, catalogue });
  const complete = await readWithProgress(ctx, file, async (onProgress) => {
    const info = await streamWorkbook(file, {
      merges: true,
      sheet: (name, merges) => {
        if (!stream.wanted) return null;
        const feed = stream.sheet(name, merges);
        return {
          rows: (batch) => {
            feed.push(batch);
            return stream.wanted;
          },
          end: () => feed.end(),
        };
      },
      onProgress,
    });
    return info.complete;
  });
  return complete ? stream.finish() : null;
}
