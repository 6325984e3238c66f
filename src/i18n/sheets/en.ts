import type { SheetsMessageId } from "./ru";

/** English texts of the sheets the core writes: the same ids and {placeholders} as sheets/ru.ts. */
export const sheetsEn = {
  "sheet.madeOn": "Made on",
} as const satisfies { readonly [K in SheetsMessageId]: string };
