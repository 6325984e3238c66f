import { isExactDay } from "./atoms";
import { type Expression, parseExpression } from "./parseExpression";
import { resolveYears } from "./resolveYears";
import { tokenize } from "./tokenize";
import type { Period } from "./types";

/** A deadline read from its dates alone. */
export interface Dated {
  readonly kind: "date" | "period";
  readonly start: string | null;
  readonly end: string | null;
}

function kindOf(expr: Expression): Dated["kind"] {
  if (expr.shape === "before") return "date";
  if (expr.shape === "from") return "period";
  return expr.items.length === 1 && expr.items[0].to === null && isExactDay(expr.items[0].from) ? "date" : "period";
}

/** Spans of the items of a list: a range runs from its first atom's start to its last atom's end. */
function itemsSpan(expr: Extract<Expression, { shape: "items" }>, spans: readonly Period[]): Period | null {
  let start: string | null = null;
  let end: string | null = null;
  let k = 0;
  for (const item of expr.items) {
    const first = spans[k++];
    const last = item.to ? spans[k++] : first;
    if (first.start > last.end) return null; // "декабрь 2024 – январь 2024": no such span
    if (start === null || first.start < start) start = first.start;
    if (end === null || last.end > end) end = last.end;
  }
  return start && end ? { start, end } : null;
}

/**
 * Reads a folded text made only of dates, spans and their connectors: a due day, a span, a list.
 * null when the text holds anything else or names no real days.
 */
export function readDates(s: string, period: Period | null): Dated | null {
  const expr = parseExpression(tokenize(s));
  if (!expr) return null;
  const atoms = expr.shape === "items" ? expr.items.flatMap((i) => (i.to ? [i.from, i.to] : [i.from])) : [expr.atom];
  const spans = resolveYears(atoms, period);
  if (spans === null) return null;
  const kind = kindOf(expr);
  if (spans === "undatable") return { kind, start: null, end: null };
  if (expr.shape === "before") return { kind, start: null, end: spans[0].end };
  if (expr.shape === "from") return { kind, start: spans[0].start, end: null };
  const span = itemsSpan(expr, spans);
  return span ? { kind, ...span } : null;
}
