import { formatIssue } from "../../core/issues/formatIssue";
import { computeIndicators, type ComputeResult, type IndicatorsOptions, type IndicatorsReport } from "../../core/staffing";
import { configuredCatalogue } from "../../core/staffing/configuredCatalogue";
import { SheetsIndicatorStream } from "../../core/staffing/sheetsIndicatorStream";
import { staffingHeadStreamable } from "../../core/staffing/streamedHead";
import { msg, type PaneLocale, renderMessage } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { PaneError } from "../../app/errorMessage";
import { indicatorConfigValue } from "../../app/paneSettings";
import type { PaneServices } from "../../app/services";
import { type ChosenFile, readFiles } from "./openFileActions";
import { readSheets } from "./readSheets";
import { type SheetEngine, streamSheets } from "./streamSheets";

export interface IndicatorRequest {
  /** Sheets to read: one chosen by the user, or every sheet (the core picks the staffing ones). */
  readonly sheets: readonly string[];
  /** ISO date or null. */
  readonly asOf: string | null;
  readonly configText: string;
}

/**
 * Indicators of the chosen sheets: streamed chunk by chunk into the one-pass engine (no row kept, progress over
 * rows), or, where that engine cannot give the whole read's result (a merged header it would read otherwise, a
 * count table before the staff list…), read whole as before.
 */
export async function computeFromSheets(services: PaneServices, req: IndicatorRequest, locale: PaneLocale, ctx: OpContext): Promise<IndicatorsReport> {
  const opts = indicatorOptions(req, services.today(), locale);
  const streamed = await streamSheets(services, req.sheets, ctx, indicatorEngine(req.sheets[0] ?? "", opts));
  const result = streamed ?? computeIndicators(await readSheets(services, req.sheets, ctx), opts);
  return reportOf(result, locale);
}

/** Indicators of a chosen file (a staff list printed to PDF, another office's workbook), as `plankadry indicators` reads it. */
export async function computeFromFile(file: ChosenFile, req: Omit<IndicatorRequest, "sheets">, today: string, locale: PaneLocale, ctx: OpContext): Promise<IndicatorsReport> {
  const opts = indicatorOptions(req, today, locale);
  const { inputs } = await readFiles([file], locale, ctx);
  return reportOf(computeIndicators(inputs.map((i) => i.doc), opts), locale);
}

function indicatorOptions(req: Omit<IndicatorRequest, "sheets">, today: string, locale: PaneLocale): IndicatorsOptions {
  const config = indicatorConfigValue(req.configText);
  if (!config.ok) throw new PaneError(msg("error.badConfig", { detail: renderMessage(locale, config.error) }));
  return { asOf: req.asOf ?? undefined, today, catalogue: configuredCatalogue(config.value) };
}

/** The workbook's staffing sheets through SheetsIndicatorStream, as the CLI streams a workbook. */
function indicatorEngine(name: string, opts: IndicatorsOptions): SheetEngine<ComputeResult> {
  const stream = new SheetsIndicatorStream(name, opts);
  return {
    streamable: staffingHeadStreamable,
    sheet: (sheet) => stream.sheet(sheet),
    get wanted() {
      return stream.wanted;
    },
    finish: () => stream.finish(),
  };
}

function reportOf(result: ComputeResult, locale: PaneLocale): IndicatorsReport {
  if (result.ok) return result.report;
  const messages = result.issues.slice(0, 3).map((i) => formatIssue(i, locale).message);
  const detail = messages.join("; ") + (messages.length ? "." : "");
  if (result.issues.some((i) => i.code.startsWith("config_"))) throw new PaneError(msg("error.badConfig", { detail }));
  // A table that lost its cells was found, not missed: its message says what to open, not how to make a staff list.
  if (result.issues[0]?.code === "table_without_cells") throw new PaneError(msg("error.tableWithoutCells", { detail }));
  throw new PaneError(msg("error.notStaffing", { detail }));
}
