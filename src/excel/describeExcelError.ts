/**
 * A clear message for the task pane from whatever an Excel call threw: Office's error code (OfficeExtension.Error,
 * "RichApi.Error" at runtime) picks the text, debugInfo.errorLocation says where, Excel's own message is kept
 * in brackets for support.
 */
import { EXCEL_ERROR_MESSAGES, UNKNOWN_ERROR } from "./excelErrorMessages";
import { type Locale, localize, localizeTable } from "../i18n";

interface OfficeLikeError {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly code?: unknown; readonly message?: unknown; readonly errorLocation?: unknown };
}

const WHERE = { ru: "место", en: "at" } as const;
const CODE = { ru: "код", en: "code" } as const;

export function describeExcelError(err: unknown, locale: Locale): string {
  const e = (typeof err === "object" && err !== null ? err : { message: String(err) }) as OfficeLikeError;
  const code = [e.code, e.debugInfo?.code, e.name].find((c): c is string => typeof c === "string" && c in EXCEL_ERROR_MESSAGES);
  const known = code ? localize(EXCEL_ERROR_MESSAGES[code], locale) : `${localizeTable(UNKNOWN_ERROR, locale)}.`;
  const details: string[] = [];
  const rawCode = typeof e.code === "string" ? e.code : typeof e.debugInfo?.code === "string" ? e.debugInfo.code : null;
  if (rawCode && rawCode !== "AbortError") details.push(`${localizeTable(CODE, locale)} ${rawCode}`);
  if (typeof e.debugInfo?.errorLocation === "string" && e.debugInfo.errorLocation) details.push(`${localizeTable(WHERE, locale)} ${e.debugInfo.errorLocation}`);
  const original = typeof e.debugInfo?.message === "string" ? e.debugInfo.message : typeof e.message === "string" ? e.message : "";
  if (original && !code) details.push(original);
  return details.length ? `${known} (${details.join("; ")})` : known;
}
