import { PLAN_SHEET, planSheet, sourceRowsSheet } from "../core/plan/planSheets";
import { reportSheet, validationReport } from "../core/plan/validate";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { localizeTable, localeFromDisplayLanguage, renderMessage, translator } from "../i18n";
import { errorMessage } from "../app/errorMessage";
import { loadSettings, resolveLanguage } from "../app/paneSettings";
import { structureRead } from "../app/structureRead";
import type { PaneServices } from "../app/services";
import { failureSheet } from "./failureSheet";

/**
 * The ribbon's «Проверить лист»: structures the active sheet, validates it with the workbook's rule settings and
 * writes «Проверка — отчёт» (first, and active) with the structured plan its links point to. When the sheet is not
 * a plan, or Excel fails, the report sheet says why. Never throws: the command must always complete.
 */
export async function validateActiveSheet(services: PaneServices): Promise<void> {
  const office = localeFromDisplayLanguage(services.displayLanguage);
  const { settings } = loadSettings(services.settings, office);
  const locale = resolveLanguage(settings.language, office);
  const t = translator(locale);
  let specs: SheetSpec[];
  try {
    const read = await services.readActiveSheet();
    const outcome = structureRead(read);
    if (!outcome.ok) specs = [failureSheet(renderMessage(locale, outcome.error), t, locale)];
    else {
      const plan = outcome.plan;
      const report = validationReport(plan, { ...settings.rules, locale }, locale);
      specs = [reportSheet(plan, report, { planSheet: localizeTable(PLAN_SHEET, locale), locale, madeOn: services.today() }), planSheet(plan, locale), sourceRowsSheet(plan, locale)];
    }
  } catch (err) {
    specs = [failureSheet(renderMessage(locale, errorMessage(err, services, locale)), t, locale)];
  }
  try {
    await services.writeSheets(specs);
  } catch (err) {
    console.error(renderMessage(locale, errorMessage(err, services, locale)));
  }
}
