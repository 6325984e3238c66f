import type { Issue } from "../issues/issue";
import type { IndicatorResult, Share } from "./types";

/**
 * Indicators whose part may outgrow the whole: more dismissals in a year than people on the as-of date is a real
 * turnover over 100 %. Every other share is a part of its whole, and over 100 % means wrong data.
 */
const MAY_EXCEED_WHOLE: ReadonlySet<string> = new Set(["turnover"]);

/** An error for every share over 100 % (total, by type, by organisation) of the percent indicators. */
export function impossibleShares(indicators: readonly IndicatorResult[]): Issue[] {
  const issues: Issue[] = [];
  for (const ind of indicators) {
    if (ind.unit !== "%" || MAY_EXCEED_WHOLE.has(ind.id)) continue;
    const over = (key: string, s: Share) => {
      if (s.value === null || s.numerator <= s.denominator) return;
      issues.push({
        code: "share_impossible",
        severity: "error",
        item: ind.id,
        params: { title: ind.title, key, numerator: round(s.numerator), denominator: round(s.denominator), value: round(s.value) },
      });
    };
    over("всего", ind.total);
    for (const g of ind.groups) over(g.by === "type" ? `тип ${g.key}` : g.key, g);
  }
  return issues;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}
