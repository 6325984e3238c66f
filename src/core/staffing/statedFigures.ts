import type { Issue } from "../issues/issue";

/**
 * Checks of figures a document states next to its counts. A stated percentage is rounded: "66,7" stands for
 * anything from 66,65 to 66,75, "97" for 96,5 to 97,5. A figure is inconsistent only when no unrounded value it
 * could stand for matches the computation.
 */
export function roundingHalfStep(stated: number): number {
  const text = String(stated);
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  return 0.5 * 10 ** -decimals;
}

function pctOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * 100;
}

/** One decimal, for messages. */
function shown(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Each stated percentage against numerator / denominator (seed 002: 194 of 263 + 28 stated as 66,7 %). */
export function checkStatedFigures(stated: readonly { key: string; numerator: number; denominator: number; statedPercent: number }[]): Issue[] {
  const issues: Issue[] = [];
  for (const s of stated) {
    const computed = pctOf(s.numerator, s.denominator);
    if (computed !== null && Math.abs(computed - s.statedPercent) <= roundingHalfStep(s.statedPercent) + 1e-9) continue;
    issues.push({
      code: "stated_figure_mismatch",
      severity: "warning",
      item: s.key,
      params: { key: s.key, stated: s.statedPercent, numerator: s.numerator, denominator: s.denominator, computed: computed === null ? "—" : shown(computed) },
    });
  }
  return issues;
}

/**
 * A stated total against its parts (seed 002: 97 % in total, 95 / 99 / 93 % by type): the weighted total of the
 * parts (sum of numerators over sum of denominators) must round to the stated figure; a total outside the range
 * of its parts can never be right, whatever the weights.
 */
export function checkStatedTotal(parts: readonly { key: string; numerator: number; denominator: number }[], statedTotalPercent: number): Issue | null {
  const num = parts.reduce((n, p) => n + p.numerator, 0);
  const den = parts.reduce((n, p) => n + p.denominator, 0);
  const computed = pctOf(num, den);
  if (computed === null) return null;
  if (Math.abs(computed - statedTotalPercent) <= roundingHalfStep(statedTotalPercent) + 1e-9) return null;
  const values = parts.map((p) => pctOf(p.numerator, p.denominator)).filter((v): v is number => v !== null);
  const outside = statedTotalPercent < Math.min(...values) || statedTotalPercent > Math.max(...values);
  return {
    code: "stated_total_inconsistent",
    severity: "warning",
    params: {
      stated: statedTotalPercent,
      computed: shown(computed),
      parts: parts.map((p, i) => `${p.key} ${shown(values[i] ?? 0)} %`.replace(".", ",")).join("; "),
      outside: outside ? "вне диапазона частей" : "в диапазоне частей, но не равен взвешенному итогу",
    },
  };
}
