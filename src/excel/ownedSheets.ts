/**
 * Which sheets the add-in made, kept in the workbook's settings (ExcelApi 1.4): worksheet id and the name the
 * sheet was asked for. Re-running replaces our sheet (even when it had to take a variant name such as
 * "Свод (2)") and never a user's sheet.
 */
import { supports, type ExcelHost } from "./excelHost";

export const OWNED_SHEETS_KEY = "plankadry.ownedSheets";

export interface OwnedSheet {
  readonly id: string;
  /** The SheetSpec name it was written for. */
  readonly spec: string;
}

/** Queues the read; without settings support nothing is owned (every existing sheet counts as the user's). */
export function loadOwnedSheets(context: Excel.RequestContext, host: ExcelHost): () => OwnedSheet[] {
  if (!supports(host, "1.4")) return () => [];
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_KEY).load("value");
  return () => {
    const value: unknown = setting.isNullObject ? null : setting.value;
    if (!Array.isArray(value)) return [];
    return value.filter((v): v is OwnedSheet => typeof v?.id === "string" && typeof v?.spec === "string");
  };
}

/** Queues the write of the new list. */
export function saveOwnedSheets(context: Excel.RequestContext, host: ExcelHost, owned: readonly OwnedSheet[]): void {
  if (supports(host, "1.4")) context.workbook.settings.add(OWNED_SHEETS_KEY, owned);
}
