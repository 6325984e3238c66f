import { formatIssue } from "../../core/issues/formatIssue";
import { consolidateVacancies, type VacanciesReport } from "../../core/vacancies";
import { msg, type PaneLocale } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { PaneError } from "../../app/errorMessage";
import type { PaneServices } from "../../app/services";
import { readSheets } from "./readSheets";

/** Reads the chosen sheets (progress over sheets) and consolidates them as one workbook's monthly tables. */
export async function consolidateSheets(
  services: PaneServices,
  names: readonly string[],
  opts: { hoursPerRate: Readonly<Record<string, number>>; workbook: string; locale: PaneLocale },
  ctx: OpContext,
): Promise<VacanciesReport> {
  if (names.length === 0) throw new PaneError(msg("error.noSheetsChosen"));
  const docs = await readSheets(services, names, ctx);
  // One file for all sheets: the sheets are months (or organisations) of one workbook, not separate files.
  const result = consolidateVacancies(
    docs.map((doc) => ({ doc, file: opts.workbook })),
    { hoursPerRate: opts.hoursPerRate, today: services.today() },
  );
  if (result.ok) return result.report;
  const detail = result.issues.slice(0, 3).map((i) => formatIssue(i, opts.locale).message).join("; ");
  throw new PaneError(msg("error.notVacancies", { detail: detail ? `${detail}.` : "" }));
}
