import { conditionFields, FIELD_COLUMNS } from "./compileCondition";
import { countSumColumns } from "./evaluateIndicator";
import type { IndicatorDefinition, PersonMeasure } from "./indicatorSchema";
import type { StaffingColumn } from "./staffingColumns";

/** What a person-level definition reads: required columns, and whether it needs the as-of date. */
export function personNeeds(def: IndicatorDefinition): { columns: StaffingColumn[]; dated: boolean } {
  const columns = new Set<StaffingColumn>();
  let dated = false;
  const measure = (m: PersonMeasure) => {
    for (const f of conditionFields(m.where)) {
      const spec = FIELD_COLUMNS[f];
      if (!spec.optional) columns.add(spec.column);
      if (spec.dated) dated = true;
    }
    if (m.sum === "rate") columns.add("rate");
    if (m.population?.status === "left_12m") {
      columns.add("dismissalDate");
      dated = true;
    }
  };
  if (def.persons) {
    measure(def.persons.numerator);
    measure(def.persons.denominator);
  }
  return { columns: [...columns], dated };
}

/** The first count formula whose columns a table has. */
export function countFormulaFor(def: IndicatorDefinition, present: ReadonlySet<StaffingColumn>): NonNullable<IndicatorDefinition["counts"]>[number] | null {
  for (const f of def.counts ?? []) if (countSumColumns(f).every((k) => present.has(k as StaffingColumn))) return f;
  return null;
}
