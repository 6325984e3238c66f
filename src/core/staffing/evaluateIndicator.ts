import { compileCondition, compilePopulation, type EvalContext } from "./compileCondition";
import type { CountSum, IndicatorDefinition, PersonMeasure, Population } from "./indicatorSchema";
import type { CountTable } from "./readCountTable";
import { ShareAccumulator } from "./shareAccumulator";

/**
 * One pass over the persons: each person in the denominator population adds 1 (or its rate), likewise the numerator.
 * Adds to `acc` when given (the store is one window of a longer list).
 */
export function evaluatePersons(def: IndicatorDefinition, ctx: EvalContext, population: Population, acc = new ShareAccumulator(ctx.store.orgs.size)): ShareAccumulator {
  const { store, typeOf } = ctx;
  const persons = def.persons!;
  const test = (m: PersonMeasure) => {
    const inPopulation = compilePopulation(m.population ?? population, ctx);
    const where = compileCondition(m.where, ctx);
    return (i: number) => inPopulation(i) && where(i);
  };
  const weight = (m: PersonMeasure) => (m.sum === "rate" ? (i: number) => store.rate[i] : () => 1);
  const inNum = test(persons.numerator);
  const inDen = test(persons.denominator);
  const numWeight = weight(persons.numerator);
  const denWeight = weight(persons.denominator);
  acc.grow(store.orgs.size);
  for (let i = 0; i < store.n; i++) {
    const org = store.org[i];
    const type = typeOf[i];
    acc.see(org, type);
    if (inDen(i)) acc.addDenominator(org, type, denWeight(i));
    if (inNum(i)) acc.addNumerator(org, type, numWeight(i));
  }
  return acc;
}

function sumOf(table: CountTable, s: CountSum, r: number): number {
  let v = 0;
  for (const k of s.plus) v += table.values.get(k)![r] || 0;
  for (const k of s.minus ?? []) v -= table.values.get(k)![r] || 0;
  return v;
}

export function countSumColumns(s: { numerator: CountSum; denominator: CountSum }): string[] {
  return [...new Set([...s.numerator.plus, ...(s.numerator.minus ?? []), ...s.denominator.plus, ...(s.denominator.minus ?? [])])];
}

/** One pass over an aggregated table or staff schedule: each row adds its sums. */
export function evaluateCounts(formula: { numerator: CountSum; denominator: CountSum }, table: CountTable, orgCount: number, orgTypes: Uint8Array): ShareAccumulator {
  const acc = new ShareAccumulator(orgCount);
  for (let r = 0; r < table.rows; r++) {
    const org = table.org[r];
    const type = table.type[r] || orgTypes[org];
    acc.see(org, type);
    acc.addDenominator(org, type, sumOf(table, formula.denominator, r));
    acc.addNumerator(org, type, sumOf(table, formula.numerator, r));
  }
  return acc;
}
