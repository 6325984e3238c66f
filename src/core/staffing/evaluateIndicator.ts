import { conditionMask, type EvalContext, populationMask } from "./compileCondition";
import type { CountSum, IndicatorDefinition, PersonMeasure, Population } from "./indicatorSchema";
import type { CountTable } from "./readCountTable";
import { ShareAccumulator } from "./shareAccumulator";

/** Population masks of one store, by population: the indicators of a catalogue mostly count the same one. */
export type PopulationMasks = Map<Population, Uint8Array>;

/**
 * One pass over the persons: each person in the denominator population adds 1 (or its rate), likewise the numerator.
 * Adds to `acc` when given (the store is one window of a longer list); `masks` shares the populations' masks among
 * the indicators of one store.
 */
export function evaluatePersons(def: IndicatorDefinition, ctx: EvalContext, population: Population, acc = new ShareAccumulator(ctx.store.orgs.size), masks: PopulationMasks = new Map()): ShareAccumulator {
  const { store, typeOf } = ctx;
  const persons = def.persons!;
  const test = (m: PersonMeasure): Uint8Array => {
    const p = m.population ?? population;
    let inPopulation = masks.get(p);
    if (!inPopulation) masks.set(p, (inPopulation = populationMask(p, ctx)));
    if (!m.where) return inPopulation;
    const where = conditionMask(m.where, ctx);
    for (let i = 0; i < where.length; i++) where[i] &= inPopulation[i];
    return where;
  };
  const inNum = test(persons.numerator);
  const inDen = test(persons.denominator);
  acc.grow(store.orgs.size);
  add(acc, store.n, store.org, typeOf, inDen, persons.denominator.sum === "rate" ? store.rate : null, inNum, persons.numerator.sum === "rate" ? store.rate : null);
  return acc;
}

/** Adds persons 0 … n-1 to the accumulator in order: each seen, then counted (1, or its weight) where its mask says. */
function add(acc: ShareAccumulator, n: number, orgOf: Int32Array, typeOf: Uint8Array, inDen: Uint8Array, denWeight: Float64Array | null, inNum: Uint8Array, numWeight: Float64Array | null): void {
  for (let i = 0; i < n; i++) {
    const org = orgOf[i];
    const type = typeOf[i];
    acc.see(org, type);
    if (inDen[i] === 1) acc.addDenominator(org, type, denWeight === null ? 1 : denWeight[i]);
    if (inNum[i] === 1) acc.addNumerator(org, type, numWeight === null ? 1 : numWeight[i]);
  }
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
