import type { Issue } from "../issues/issue";
import type { PlanKey } from "./columns/columnCatalogue";
import type { Deadline, Period } from "./deadline";
import type { Party } from "./responsible";

/** Why a source row is not an item or a section (contract: plan.schema.json dropped[].reason). */
export type DropReason = "repeated_header" | "column_numbers" | "blank" | "title" | "signature" | "other_table" | "page_furniture";

/** Input formats of the contract (plan.schema.json format). */
export type InputFormat = "xlsx" | "csv" | "text" | "html" | "docx" | "pdf";

export interface DroppedRow {
  readonly row: number;
  readonly reason: DropReason;
  /** The row's text, so that dropping never loses it. */
  readonly text: string;
}

/**
 * A row that adds up rows above it («Итого по подпрограмме 1», «Всего по программе») or a group heading's sum («1.1
 * Кадровое планирование … | 1 296,0»): kept beside the plan, never glued to an item nor counted as one.
 */
export interface PlanTotal {
  readonly row: number;
  readonly label: string;
  /** The amounts by column header, as printed. */
  readonly values: Readonly<Record<string, string>>;
  /** The section it sums (a group heading's number), absent for «Итого» rows. */
  readonly section?: string;
}

export interface Section {
  readonly number: string | null;
  readonly title: string;
  readonly row: number;
  /** 1 for top-level sections; deeper for headings such as «Задача 1.1.» under «Цель 1.». Absent means 1. */
  readonly level?: number;
}

/** What the reader was unsure of for one item (contract: plan.schema.json items[].notes). */
export type ItemNoteCode = "column_uncertain" | "possibly_incomplete" | "merged_continuation" | "grid_marks";

export interface ItemNote {
  readonly code: ItemNoteCode;
  readonly text: string;
}

export interface SubEvent {
  readonly text: string;
  readonly deadline: Deadline;
  readonly result?: string;
  readonly responsible?: string;
  readonly rows: readonly number[];
}

export interface PlanItem {
  readonly number: string | null;
  /** Number of the section (or its title when it has no number). */
  readonly section: string | null;
  readonly name: string;
  readonly responsible: { readonly text: string; readonly parties: readonly Party[] };
  readonly deadline: Deadline;
  readonly result: string;
  readonly subEvents: readonly SubEvent[];
  readonly extra: Readonly<Record<string, string>>;
  readonly source: { readonly sheet: string | null; readonly rows: readonly number[]; readonly page?: number };
  /** I.1, II.2 where numbering restarts in every section; absent when the printed number is unique. */
  readonly qualifiedNumber?: string | null;
  /** What the reader was unsure of; absent when nothing. */
  readonly notes?: readonly ItemNote[];
}

export interface PlanColumns {
  readonly number: string | null;
  readonly section?: string | null;
  readonly name: string | null;
  readonly responsible: string | null;
  readonly deadline: string | null;
  readonly result: string | null;
  readonly extra: readonly string[];
}

export interface Plan {
  readonly title: string | null;
  readonly period: Period | null;
  readonly columns: PlanColumns;
  /** 1-based source column of each logical column, for go-to-cell. */
  readonly columnPositions: Readonly<Partial<Record<PlanKey, number>>>;
  readonly sections: readonly Section[];
  readonly items: readonly PlanItem[];
  readonly dropped: readonly DroppedRow[];
  readonly issues: readonly Issue[];
  /** The input format as detected (contract: plan.schema.json format); set by the host that read the file. */
  readonly format?: InputFormat;
  readonly meta: {
    readonly file: string;
    readonly sheet: string | null;
    readonly format: string;
    readonly titleBlock: readonly string[];
    readonly signatureBlock: readonly string[];
    readonly abbreviations: Readonly<Record<string, string>>;
    readonly otherTables: readonly { readonly firstRow: number; readonly lastRow: number; readonly kind: "targets" | "approval" | "other"; readonly header: readonly string[] }[];
    /** Sum rows and group sums, in source order. */
    readonly totals: readonly PlanTotal[];
  };
}

export type StructureFailure =
  | { readonly reason: "empty" }
  | { readonly reason: "no_table" }
  | { readonly reason: "no_plan_columns"; readonly tables: number };

export type StructureResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly failure: StructureFailure };
