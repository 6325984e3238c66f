import { itemDoubts } from "../../structure/itemDoubts";
import type { DropReason, Plan } from "../../types";
import { atItem } from "./itemPlace";
import type { Finding } from "../ruleDefinition";

/** What a dropped row was, in the users' words (the row_dropped message takes it as {reason}). */
const REASONS: Readonly<Record<DropReason, string>> = {
  repeated_header: "повтор шапки таблицы",
  column_numbers: "строка с номерами граф",
  blank: "пустая строка",
  title: "текст над таблицей",
  signature: "подписи под таблицей",
  other_table: "другая таблица",
  page_furniture: "колонтитул или номер страницы",
};

/** What another table of the document is, where the reader could tell (its kind in meta.otherTables). */
const TABLE_KINDS: Readonly<Record<Plan["meta"]["otherTables"][number]["kind"], string>> = {
  targets: " — целевые показатели",
  approval: " — лист согласования",
  other: "",
};

/**
 * Rows that are not part of the plan are listed so that nothing disappears silently, except where nothing is lost:
 * blank rows carry no text, and the title and signature text is kept as the plan's metadata (and listed on the
 * «Исходные строки» sheet). Another table of the document is one issue for its whole span, not one per row.
 */
const QUIET: ReadonlySet<DropReason> = new Set(["blank", "title", "signature", "other_table", "page_furniture"]);

export function rowDropped(plan: Plan): Finding[] {
  const sheet = plan.meta.sheet;
  const rows: Finding[] = plan.dropped
    .filter((d) => !QUIET.has(d.reason))
    .map((d) => ({ item: null, sheet, row: d.row, column: null, params: { reason: REASONS[d.reason] ?? d.reason } }));
  const tables: Finding[] = plan.meta.otherTables.map((t) => ({
    item: null,
    sheet,
    row: t.firstRow,
    column: null,
    params: { reason: `${REASONS.other_table}${TABLE_KINDS[t.kind]} (строки ${t.firstRow}–${t.lastRow})` },
  }));
  return [...rows, ...tables];
}

/** Issues structuring already found (continuation_suspected, number_section_conflict, hidden_row …) become rules too. */
export function fromStructure(code: string): (plan: Plan) => Finding[] {
  return (plan) => plan.issues.filter((i) => i.code === code).map(({ code: _c, severity: _s, ...rest }) => ({ ...rest, sheet: rest.sheet ?? plan.meta.sheet }));
}

/**
 * Items the reader was unsure of (their notes, also on the plan sheet's «Примечания разбора»): one issue each, so the
 * issues pane leads to them. Without it a row read into the wrong columns shows only as «no deadline» or «no
 * executor», which blames the plan for the reading.
 */
export function itemUncertain(plan: Plan): Finding[] {
  return plan.items.flatMap((it) => {
    const doubts = itemDoubts(it);
    return doubts.length ? [atItem(plan, it, null, { params: { note: doubts.map((n) => n.text).join("; ") } })] : [];
  });
}
