import type { Issue, IssueParams, Severity } from "../issues/issue";
import { catalogueEntry } from "../issues/catalogue";
import { detach } from "../text/detach";

/** Row-level issues of one code beyond this many are counted, not listed: a million-row list stays readable. */
export const ISSUES_PER_CODE = 50;

type IssueFields = { row?: number | null; column?: string | null; item?: string | null; params?: IssueParams; suggestion?: string | null; severity?: Severity };

/** Collects issues with their sheet, caps each code, and adds one "issues_omitted" line per capped code. */
export class IssueSink {
  private readonly list: Issue[] = [];
  /** Issues of each code so far, in a box of its own: counting one more is one look-up. */
  private readonly counts = new Map<string, { n: number }>();

  constructor(private readonly sheet: string | null) {}

  add(code: string, fields: IssueFields = {}): void {
    if (this.counted(code)) this.listed(code, fields);
  }

  /**
   * Counts one more issue of a code; true while issues of the code are still listed (then hand it to `listed`). A
   * reader that finds an issue on half the rows of a national list makes its fields only for the few listed.
   */
  counted(code: string): boolean {
    let count = this.counts.get(code);
    if (count === undefined) this.counts.set(code, (count = { n: 0 }));
    return ++count.n <= ISSUES_PER_CODE;
  }

  /** Lists an issue already counted. */
  listed(code: string, fields: IssueFields): void {
    const severity = fields.severity ?? catalogueEntry(code)?.severity ?? "warning";
    // Kept to the end of a streamed read: their texts must not hold on to the chunks they were cut from.
    const params = fields.params && Object.fromEntries(Object.entries(fields.params).map(([k, v]) => [k, typeof v === "string" ? detach(v) : v]));
    const item = fields.item == null ? null : detach(fields.item);
    this.list.push({ code, severity, sheet: this.sheet, row: fields.row ?? null, column: fields.column ?? null, item, params, suggestion: fields.suggestion ?? null });
  }

  push(issues: readonly Issue[]): void {
    for (const i of issues) this.list.push(i);
  }

  issues(): Issue[] {
    const omitted: Issue[] = [];
    for (const [code, { n }] of this.counts) {
      if (n > ISSUES_PER_CODE) omitted.push({ code: "issues_omitted", severity: "info", sheet: this.sheet, params: { code, count: n - ISSUES_PER_CODE, total: n } });
    }
    return [...this.list, ...omitted];
  }
}
