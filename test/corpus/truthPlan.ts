import type { TruthDeadline } from "./deadlineForms";

/** The plan a generated document was drawn from: what a perfect reader recovers. */
export type Key = "number" | "name" | "responsible" | "deadline" | "result";

export interface TruthItem {
  /** As printed ("1.2", "3", "1.1.2"). */
  readonly number: string;
  /** Unique within the plan: the printed number, or "II.3" where numbering restarts in every section. */
  readonly qualified: string;
  readonly name: string;
  readonly executors: readonly string[];
  /** The executors as the cell shows them. */
  readonly responsible: string;
  readonly deadline: TruthDeadline;
  readonly result: string;
  /**
   * Schedule grids only: the marked month columns (1–12) or quarter columns (1–4); in a grid over `years` years (one
   * when absent) counted on over them (13 is January of the second year).
   */
  readonly marks?: { readonly unit: "month" | "quarter"; readonly columns: readonly number[]; readonly years?: number };
  /** The item's cells in the plan's extra columns, by header ("" where the cell is empty). */
  readonly extra?: Readonly<Record<string, string>>;
  /**
   * A deadline printed in two columns (spanDeadlines.ts): the start cell's text and the end cell's, or (`merged`) the
   * deadline's text in one cell over both, in `start`.
   */
  readonly span?: { readonly start: string; readonly end: string; readonly merged: boolean };
  /** A note typed in a row of its own under the item (remarkRows.ts); in `extra` too, where a reader keeps it. */
  readonly remark?: string;
}

export interface TruthSection {
  /** The number of the heading ("2", "IV", "1.2"), or "" for a title printed with no number (numbering `flat`). */
  readonly number: string;
  /** The heading as printed, number and label included («Задача 1.2. …»); "" for items under no heading (not drawn). */
  readonly label: string;
  readonly title: string;
  readonly level: number;
  readonly items: readonly TruthItem[];
  /**
   * A group row of a programme's plan (programmeTotals.ts): the number in the № column, the title in the name column
   * and this sum, its items', in the plan's amount column (`TruthPlan.totals`), the other cells empty; absent for a
   * heading row.
   */
  readonly sum?: string;
  /** A note typed in a row of its own right under the heading, before the first item (remarkRows.ts). */
  readonly note?: string;
}

/** `flat`: unnumbered section titles over items numbered 1, 2, … straight through the plan (unnumberedSections.ts). */
export type Numbering = "hierarchical" | "restart" | "goals" | "flat";

export interface TruthPlan {
  readonly seed: number;
  readonly year: number;
  readonly title: string;
  readonly titleBlock: readonly string[];
  readonly signatures: readonly string[];
  readonly order: readonly Key[];
  readonly headers: Readonly<Record<Key, string>>;
  readonly numbering: Numbering;
  /** In document order; items under the heading they follow. */
  readonly sections: readonly TruthSection[];
  /**
   * How section rows are drawn: one cell merged over the whole row («3. Title»), or the number in the № column and
   * the title in a cell merged over the other columns (only for «N. Title» and «Roman. Title» labels).
   */
  readonly sectionRows: "merged" | "numbered";
  /**
   * Section rows centred over the table where the renderer can centre (HTML, .docx, PDF, space-aligned text); absent
   * in the plans the older shapes draw, where each renderer keeps its own choice.
   */
  readonly centredSections?: boolean;
  /**
   * Columns no synonym names («Источник финансирования», «Примечание»), kept by a reader as extra columns (DESIGN §3),
   * with a row of column numbers («1 2 3 4 5 6») under the header; absent in the plans the older shapes draw.
   */
  readonly extras?: TruthExtras;
  /** The deadline printed in two columns, start and end, with these captions; absent in the plans the older shapes draw. */
  readonly span?: TruthSpan;
  /**
   * Every item cell centred vertically in its row where the renderer places text (centredCells.ts); absent in the
   * plans the older shapes draw, where each renderer keeps its own choice.
   */
  readonly centredCells?: boolean;
  /**
   * Printed by Writer from a table typed as the official fixtures are (Times 12 pt, cells padded 2 pt × 4 pt, hairline
   * borders), on a portrait page where `portrait` (tightRows.ts); absent in the plans the older shapes draw.
   */
  readonly tight?: { readonly portrait: boolean };
  /**
   * A programme's sums (programmeTotals.ts): group rows (`TruthSection.sum`) and rows of totals, which are neither
   * items nor sections; absent in the plans the older shapes draw.
   */
  readonly totals?: TruthTotals;
  /**
   * Notes typed in rows of their own under headings and items (remarkRows.ts), scored in the items' `extra`; absent in
   * the plans the older shapes draw.
   */
  readonly remarkRows?: boolean;
}

/** A row of totals: its label («Итого по подпрограмме 1», «Всего по программе») and its sum. */
export interface TotalRow {
  readonly label: string;
  readonly sum: string;
  /** The row stands after the items of `sections[after]`. */
  readonly after: number;
}

export interface TruthTotals {
  /** The header of the extra column the sums stand in. */
  readonly amount: string;
  /**
   * The rows of totals' labels in one cell merged over every column before the sums, where the renderer merges cells
   * and there are two such columns at least; in the name column otherwise.
   */
  readonly merged: boolean;
  /** In document order, the plan's total last. */
  readonly rows: readonly TotalRow[];
}

/**
 * The captions of a deadline in two columns: `caption` merged over the sub-captions `sub` in a two-row header (null:
 * `sub` are the captions, in one row); `alone`, the captions in one row where the renderer cannot merge cells.
 */
export interface TruthSpan {
  readonly caption: string | null;
  readonly sub: readonly [string, string];
  readonly alone: readonly [string, string];
}

/** A column outside the catalogue: its header, and its place among the drawn columns (0 is the first). */
export interface ExtraColumn {
  readonly header: string;
  readonly at: number;
  /** The sub-caption printed under the extras' merged caption (`TruthExtras.under`); `header` is both, as a reader names the column. */
  readonly sub?: string;
  /** The end column of a deadline printed in two columns (its cells are the items' `span.end`). */
  readonly spanEnd?: true;
}

export interface TruthExtras {
  /** By `at`, ascending: inserted in this order, each lands where its `at` says. */
  readonly columns: readonly ExtraColumn[];
  /**
   * The extra columns and the deadline's drawn narrow (an .docx's 11–13 % of the width), so that Word and Writer break
   * their long words, the header's too, at the column's edge with no hyphen; absent elsewhere.
   */
  readonly narrow?: true;
  /**
   * A caption merged over the extra columns, which stand side by side («Объём финансирования, тыс. руб.» over
   * «2027 г. | 2028 г.»: amountsByYear.ts), each column's `sub` printed under it; absent elsewhere.
   */
  readonly under?: string;
  /** No row of column numbers under the header (an empty column left for the report: reorderedColumns.ts); absent elsewhere. */
  readonly withoutNumbers?: true;
}

export const allItems = (plan: TruthPlan): TruthItem[] => plan.sections.flatMap((s) => s.items);
