import type { ConditionalFormattingRule, Worksheet } from "exceljs";
import { areaAddress, cellAddress, type ConditionalFillSpec } from "../../core/sheet/sheetSpec";
import { CELL_STYLES } from "./cellStyles";

/** Comparison of a rule kind, as it appears in an Excel formula. */
const OPERATORS: Readonly<Record<ConditionalFillSpec["rule"]["kind"], string>> = {
  lessThan: "<",
  greaterOrEqual: ">=",
};

/**
 * Conditional fills as formula rules. A plain "cell value < 0.6" rule would also colour blank cells (Excel
 * compares a blank as 0) and text; ISNUMBER keeps the fill to numbers. The formula refers to the area's top-left
 * cell relatively, as Excel expects, and numbers are written the en-US way formulas are stored.
 */
export function addConditionalFills(ws: Worksheet, fills: readonly ConditionalFillSpec[]): void {
  fills.forEach((fill, i) => {
    const first = cellAddress(fill.area.top, fill.area.left);
    const style = CELL_STYLES[fill.style];
    const rule: ConditionalFormattingRule = {
      type: "expression",
      priority: i + 1,
      formulae: [`AND(ISNUMBER(${first}),${first}${OPERATORS[fill.rule.kind]}${String(fill.rule.value)})`],
      style: { fill: style.fill, font: style.font },
    };
    ws.addConditionalFormatting({ ref: areaAddress(fill.area), rules: [rule] });
  });
}
