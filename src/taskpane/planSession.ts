import type { Plan } from "../core/plan/types";
import type { ColumnOverrides } from "../app/columnOverrides";
import type { SheetRead } from "../app/services";

/** The plan the pane is working on: read from a sheet, structured, maybe with columns reassigned and fixes applied. */
export interface PlanSession {
  /** The range as read (the source sheet is never changed). */
  readonly read: SheetRead;
  readonly selection: boolean;
  /** The plan structured from the range as read, before any column reassignment. */
  readonly detected: Plan;
  readonly overrides: ColumnOverrides;
  /** The plan in use: `detected`, or structured again with the overrides, with fixes applied. */
  readonly plan: Plan;
  /** The name of the structured plan sheet written for this plan, or null while it is not in the workbook. */
  readonly planSheet: string | null;
  /** The file the plan was read from («Открыть файл…»), or absent for a sheet of the workbook. */
  readonly file?: string;
  /** What the reader told about that file (readNotes.ts: a DOS file under UTF-8 text, lines re-decoded), shown with it. */
  readonly fileNotes?: readonly string[];
}
