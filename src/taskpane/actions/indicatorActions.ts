import { formatIssue } from "../../core/issues/formatIssue";
import { computeIndicators, type IndicatorsReport } from "../../core/staffing";
import { msg, type PaneLocale, renderMessage } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { PaneError } from "../../app/errorMessage";
import { indicatorConfigValue } from "../../app/paneSettings";
import type { PaneServices } from "../../app/services";
import { readSheets } from "./readSheets";

export interface IndicatorRequest {
  /** Sheets to read: one chosen by the user, or every sheet (the core picks the staffing ones). */
  readonly sheets: readonly string[];
  /** ISO date or null. */
  readonly asOf: string | null;
  readonly configText: string;
}

export async function computeFromSheets(services: PaneServices, req: IndicatorRequest, locale: PaneLocale, ctx: OpContext): Promise<IndicatorsReport> {
  const config = indicatorConfigValue(req.configText);
  if (!config.ok) throw new PaneError(msg("error.badConfig", { detail: renderMessage(locale, config.error) }));
  const docs = await readSheets(services, req.sheets, ctx);
  const result = computeIndicators(docs, { asOf: req.asOf ?? undefined, today: services.today(), config: config.value });
  if (result.ok) return result.report;
  const messages = result.issues.slice(0, 3).map((i) => formatIssue(i, locale).message);
  const detail = messages.join("; ") + (messages.length ? "." : "");
  if (result.issues.some((i) => i.code.startsWith("config_"))) throw new PaneError(msg("error.badConfig", { detail }));
  throw new PaneError(msg("error.notStaffing", { detail }));
}
