import type { Plan } from "../../core/plan/types";

/** Why a structured plan does not look like a plan table (a whole document pasted, a wrong range, no header). */
export type ImplausibleReason =
  /** Neither a number nor a deadline column: the rows were taken from something that is not the plan table. */
  | { readonly code: "no_number_no_deadline" }
  /** Most "items" carry no number: prose, signatures or another table were read as items. */
  | { readonly code: "mostly_unnumbered"; readonly unnumbered: number; readonly items: number };

export type Plausibility = { readonly plausible: true } | { readonly plausible: false; readonly reasons: readonly ImplausibleReason[] };

/** Below this many items a plan may well be unnumbered (a short list of events). */
const MIN_ITEMS_FOR_NUMBERING = 5;

/**
 * Whether a structuring result looks like a plan table. Plans number their items and give deadlines; a result with
 * neither column, or with most items unnumbered, is not written under a green «Записано»: the pane says what was
 * found and what to do.
 */
export function planPlausibility(plan: Plan): Plausibility {
  const reasons: ImplausibleReason[] = [];
  const has = (key: "number" | "deadline") => plan.columnPositions[key] !== undefined;
  if (!has("number") && !has("deadline")) reasons.push({ code: "no_number_no_deadline" });
  const items = plan.items.length;
  const unnumbered = plan.items.filter((i) => i.number === null || i.number.trim() === "").length;
  if (has("number") && items >= MIN_ITEMS_FOR_NUMBERING && unnumbered * 2 > items) reasons.push({ code: "mostly_unnumbered", unnumbered, items });
  return reasons.length === 0 ? { plausible: true } : { plausible: false, reasons };
}
