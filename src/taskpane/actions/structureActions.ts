import { planSheet, sourceRowsSheet, SOURCE_SHEET } from "../../core/plan/planSheets";
import type { Plan } from "../../core/plan/types";
import type { SheetSpec } from "../../core/sheet/sheetSpec";
import { type Message, msg, type PaneLocale } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import type { ColumnOverrides } from "../../app/columnOverrides";
import { PaneError, throwIfAborted } from "../../app/errorMessage";
import { structureRead } from "../../app/structureRead";
import { isOwnSheet } from "../logic/guessSheets";
import type { PlanSession } from "../planSession";
import type { PaneServices } from "../../app/services";

/**
 * Reads the active sheet (or the selection) and structures it in memory. A sheet the add-in wrote is never taken
 * as a source: pressed again on «План (структура)», it reads the source sheet of the plan in use once more.
 */
export async function readPlan(services: PaneServices, selection: boolean, ctx: OpContext, remembered: PlanSession | null = null): Promise<PlanSession> {
  ctx.progress(msg("op.readingActive"));
  const { active } = await services.listSheets();
  const owned = isOwnSheet(active, await services.ownedSheets().catch(() => []));
  if (owned && !remembered) throw new PaneError(msg("error.ownSheet", { sheet: active }));
  // A plan read from a file cannot be read again from the workbook: the user opens the file again.
  const again = owned && remembered && !remembered.file ? remembered : null;
  if (owned && !again) throw new PaneError(msg("error.ownSheet", { sheet: active }));
  if (again) ctx.progress(msg("op.reading", { sheet: again.read.sheet }));
  const read = again ? await services.readSheet(again.read.sheet) : await services.readActiveSheet({ selection });
  selection = again ? false : selection;
  throwIfAborted(ctx.signal);
  ctx.progress(msg("op.readRows", { rows: read.grid.rows.length }));
  const outcome = structureRead(read, { selection });
  if (!outcome.ok) throw new PaneError(outcome.error);
  return { read, selection, detected: outcome.plan, overrides: new Map(), plan: outcome.plan, planSheet: null };
}

/** The same range structured again with columns reassigned by hand (nothing is read or written). */
export function restructure(session: PlanSession, overrides: ColumnOverrides): { session: PlanSession } | { error: Message } {
  const outcome = structureRead(session.read, { selection: session.selection, overrides, base: session.detected });
  if (!outcome.ok) return { error: outcome.error };
  return { session: { ...session, overrides, plan: outcome.plan, planSheet: null } };
}

/** Writes sheets with progress (sheets written, the bar moving with chunks); returns the names and the «written» line. */
export async function writeWithProgress(services: PaneServices, specs: readonly SheetSpec[], ctx: OpContext): Promise<{ names: readonly string[]; done: Message }> {
  throwIfAborted(ctx.signal);
  ctx.progress(msg("op.writing", { done: 0, total: specs.length }), 0);
  const names = await services.writeSheets(specs, {
    signal: ctx.signal,
    onProgress: (done, total) => ctx.progress(msg("op.writing", { done: Math.floor(done), total }), total > 0 ? done / total : undefined),
  });
  throwIfAborted(ctx.signal);
  return { names, done: msg("op.written", { sheets: names.map((n) => `«${n}»`).join(", ") }) };
}

/** «План (структура)» and «Исходные строки». */
export function planSheets(plan: Plan, locale: PaneLocale): SheetSpec[] {
  return [planSheet(plan, locale), sourceRowsSheet(plan, locale)];
}

/** Writes the plan sheets and returns the session that knows the plan sheet's name. */
export async function writePlan(services: PaneServices, session: PlanSession, locale: PaneLocale, ctx: OpContext): Promise<{ session: PlanSession; done: Message }> {
  const { names, done } = await writeWithProgress(services, planSheets(session.plan, locale), ctx);
  return { session: { ...session, planSheet: names[0] ?? null }, done };
}

export { SOURCE_SHEET };
