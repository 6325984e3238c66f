import { sheetDocument, type SourceDocument } from "../core/grid";
import { structurePlan } from "../core/plan";
import { readSheetText } from "../io/readSheetText";
import type { Plan, StructureFailure } from "../core/plan/types";
import { type Message, msg } from "../i18n";
import type { SheetRead } from "./services";
import { applyColumnOverrides, type ColumnOverrides } from "./columnOverrides";

export type StructureOutcome =
  | { readonly ok: true; readonly plan: Plan; readonly doc: SourceDocument }
  | { readonly ok: false; readonly error: Message };

/**
 * Structures a range read from the workbook. With overrides, the header of an in-memory copy is relabelled first
 * (the sheet itself is never changed); `base` is the plan the overrides refer to.
 */
export function structureRead(read: SheetRead, opts: { selection?: boolean; overrides?: ColumnOverrides; base?: Plan } = {}): StructureOutcome {
  let grid = read.grid;
  if (opts.overrides && opts.overrides.size > 0 && opts.base) grid = applyColumnOverrides(grid, opts.base, opts.overrides) ?? grid;
  const doc = sheetDocument(read.sheet, read.sheet, grid);
  const empty = grid.rows.every((r) => r.cells.every((c) => c.trim() === ""));
  if (empty) return { ok: false, error: opts.selection ? msg("error.emptySelection") : msg("error.empty", { sheet: read.sheet }) };
  const result = structurePlan(doc, { readText: readSheetText });
  if (!result.ok) return { ok: false, error: failureMessage(result.failure, read.sheet, opts.selection ?? false) };
  return { ok: true, plan: result.plan, doc };
}

function failureMessage(failure: StructureFailure, sheet: string, selection: boolean): Message {
  switch (failure.reason) {
    case "empty":
      return selection ? msg("error.emptySelection") : msg("error.empty", { sheet });
    case "no_table":
      return msg("error.noTable", { sheet });
    case "no_plan_columns":
      return msg("error.noPlanColumns", { sheet });
  }
}
