/**
 * Russian texts of the command line (plankadry: summaries, progress, notices): the reference of this area.
 * Ids start with "cli."; cli/en.ts is typed against this file.
 */
export const cliRu = {
  "cli.noIssues": "Замечаний нет",
  "cli.issueCounts": "Замечаний: {count} ({parts})",
  "cli.written": "Записано: {path}",
} as const;

export type CliMessageId = keyof typeof cliRu;
