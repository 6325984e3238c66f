import type { WebMessageId } from "./ru";

/** English texts of the same area: the same ids and {placeholders} as web/ru.ts. */
export const webEn = {
  "web.untitled": "(untitled)",
} as const satisfies { readonly [K in WebMessageId]: string };
