import type { CliMessageId } from "./ru";

/** English texts of the same area: the same ids and {placeholders} as cli/ru.ts. */
export const cliEn = {
  "cli.noIssues": "No issues",
  "cli.issueCounts": "Issues: {count} ({parts})",
  "cli.written": "Written: {path}",
} as const satisfies { readonly [K in CliMessageId]: string };
