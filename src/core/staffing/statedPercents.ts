import type { Issue } from "../issues/issue";
import { countFormulaFor } from "./indicatorNeeds";
import type { IndicatorDefinition } from "./indicatorSchema";
import type { CountTable } from "./readCountTable";
import { checkStatedFigures } from "./statedFigures";

/**
 * Percent columns of an aggregated table ("с высшим образованием, %") checked row by row against the counts:
 * the definition whose numerator is that column tells the denominator.
 */
export function checkStatedPercents(table: CountTable, definitions: readonly IndicatorDefinition[], orgNames: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  for (const [key, percents] of table.statedPercents) {
    const def = definitions.find((d) => (d.counts ?? []).some((f) => f.numerator.plus.length === 1 && f.numerator.plus[0] === key && !f.numerator.minus));
    const formula = def ? countFormulaFor(def, table.present) : null;
    if (!formula || formula.numerator.plus[0] !== key) continue;
    const sum = (cols: readonly string[], r: number) => cols.reduce((n, c) => n + (table.values.get(c as never)![r] || 0), 0);
    for (let r = 0; r < table.rows; r++) {
      if (Number.isNaN(percents[r])) continue;
      const found = checkStatedFigures([{ key: orgNames[table.org[r]], numerator: sum(formula.numerator.plus, r), denominator: sum(formula.denominator.plus, r), statedPercent: percents[r] }]);
      for (const i of found) issues.push({ ...i, sheet: table.sheet, row: table.row[r], column: `${key}%` });
    }
  }
  return issues;
}
