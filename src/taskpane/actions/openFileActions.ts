import { type GridRow, makeGrid, type SourceDocument } from "../../core/grid";
import { structurePlan } from "../../core/plan";
import type { Plan } from "../../core/plan/types";
import { InputError } from "../../io/inputError";
import { inputErrorMessage } from "../../io/inputErrorMessages";
import { readSheetText } from "../../io/readSheetText";
import { msg, type PaneLocale } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { PaneError, throwIfAborted } from "../../app/errorMessage";
import { planPlausibility } from "../logic/planPlausibility";
import { readChosenFile } from "../logic/readChosenFile";
import type { PlanSession } from "../planSession";

/** A file chosen with «Открыть файл…»: its name and bytes (the browser's File, read by the component). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The documents of chosen files (a workbook's sheets each one), with the file each came from and the readers' notes. */
export interface FilesRead {
  readonly inputs: readonly { readonly doc: SourceDocument; readonly file: string }[];
  /** What the readers told (readNotes.ts codes), with the file they are about. */
  readonly notes: readonly { readonly file: string; readonly note: string }[];
}

/**
 * Reads chosen files as the command line does, one after another with progress; a file that cannot be read stops
 * the work with a message naming it (a consolidation missing one school's table would be wrong, not partial).
 */
export async function readFiles(files: readonly ChosenFile[], locale: PaneLocale, ctx: OpContext): Promise<FilesRead> {
  const inputs: { doc: SourceDocument; file: string }[] = [];
  const notes: { file: string; note: string }[] = [];
  for (const file of files) {
    ctx.progress(msg("op.readingFile", { file: file.name }));
    try {
      const read = await readChosenFile(file.bytes, file.name);
      inputs.push(...read.documents.map((doc) => ({ doc, file: file.name })));
      notes.push(...read.notes.map((note) => ({ file: file.name, note })));
    } catch (err) {
      if (err instanceof InputError) throw new PaneError(msg("error.file", { file: file.name, reason: inputErrorMessage(err.reason, locale) + (err.detail ? ` (${err.detail})` : "") }));
      throw err;
    }
    throwIfAborted(ctx.signal);
  }
  return { inputs, notes };
}

/**
 * Reads a chosen file and structures its plan in memory, as the command line does: tables and text stay apart, so
 * the plan table is found among the document's other tables and prose. Of a workbook's sheets, the first that
 * reads as a plausible plan is taken (else the first that reads as a plan at all).
 */
export async function structureFile(file: ChosenFile, locale: PaneLocale, ctx: OpContext): Promise<PlanSession> {
  const { inputs, notes } = await readFiles([file], locale, ctx);
  const plans = inputs.flatMap(({ doc }) => {
    const r = structurePlan(doc, { readText: readSheetText });
    return r.ok ? [{ doc, plan: r.plan }] : [];
  });
  const chosen = plans.find((p) => planPlausibility(p.plan).plausible) ?? plans[0];
  if (!chosen) throw new PaneError(msg("error.noPlanColumns", { sheet: file.name }));
  const session = fileSession(file.name, chosen.doc, chosen.plan);
  return notes.length > 0 ? { ...session, fileNotes: notes.map((n) => n.note) } : session;
}

/** The session of a file's plan: its rows laid out as a sheet would hold them (for the column preview). */
function fileSession(name: string, doc: SourceDocument, plan: Plan): PlanSession {
  const rows: GridRow[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "text") rows.push({ cells: [b.text], row: b.row });
    else rows.push(...b.grid.rows);
  }
  rows.sort((a, b) => a.row - b.row);
  const read = { sheet: doc.sheet ? `${name} · ${doc.sheet}` : name, address: "", grid: makeGrid(rows), totalRows: rows.length };
  return { read, selection: false, detected: plan, overrides: new Map(), plan, planSheet: null, file: name };
}
