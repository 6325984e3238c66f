/**
 * An issue is data: a stable code, a severity, a position and parameters. Text is rendered at the edge
 * (formatIssue) from the catalogue, in the user's language.
 */

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type { Locale, TextLocale } from "../../i18n/locale";

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  /** Item number in a plan, or another key the user knows the row by (organisation name). */
  readonly item?: string | null;
  readonly sheet?: string | null;
  /** Source row, 1-based, as the user sees it. */
  readonly row?: number | null;
  /** Logical column key ("responsible", "deadline") or a header text. */
  readonly column?: string | null;
  readonly params?: IssueParams;
  /** A concrete fix (a value to put instead), or null. */
  readonly suggestion?: string | null;
}

/** The contract shape (issues.schema.json): what the CLI prints and the pane lists. */
export interface RenderedIssue {
  code: string;
  severity: Severity;
  item: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
  suggestion: string | null;
}

/** Containers add their position to the issues of their parts, as zod's prefixIssues does. */
export function placeIssues(issues: readonly Issue[], where: { sheet?: string | null }): Issue[] {
  return issues.map((i) => (i.sheet === undefined || i.sheet === null ? { ...i, sheet: where.sheet ?? null } : i));
}
