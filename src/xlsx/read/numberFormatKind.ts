/** Moved to the core: Excel (Office.js) and .xlsx files read number formats alike. */
export { numberFormatKind, type FormatKind } from "../../core/sheet/numberFormatKind";
