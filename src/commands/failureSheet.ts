import { REPORT_SHEET } from "../core/plan/validate";
import { type SheetSpec, text } from "../core/sheet/sheetSpec";
import type { PaneLocale, Translate } from "../i18n";
import { localizeTable } from "../i18n";

/**
 * A ribbon command has no pane to show an error in: it writes the report sheet with the reason instead, so the
 * click never does nothing silently.
 */
export function failureSheet(reason: string, t: Translate, locale: PaneLocale): SheetSpec {
  return {
    name: localizeTable(REPORT_SHEET, locale),
    rows: [[text(t("command.failedTitle"), "title")], [], [text(reason, "bad")], [text(t("command.failedHint"), "muted")]],
    columns: [{ width: 100, wrap: true }],
  };
}
