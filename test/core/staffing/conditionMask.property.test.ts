import fc from "fast-check";
import { conditionMask, type EvalContext, populationMask } from "../../../src/core/staffing/compileCondition";
import type { Condition, Population } from "../../../src/core/staffing/indicatorSchema";
import { PersonStore } from "../../../src/core/staffing/personStore";
import { fullYears } from "../../../src/core/staffing/staffDate";
import { ORG_TYPES, type OrgType } from "../../../src/core/staffing/types";
import { VOCABULARIES, valueCode, type VocabularyField } from "../../../src/core/staffing/valueVocab";

/** The conditions as they were evaluated before the masks: a test per person, each node a function. */
function code(field: VocabularyField, name: string): number {
  return field === "type" ? ORG_TYPES.indexOf(name as OrgType) + 1 : valueCode(field, name);
}
function meets(c: Condition, ctx: EvalContext, i: number): boolean {
  const { store, asOf } = ctx;
  if ("all" in c) return c.all.every((x) => meets(x, ctx, i));
  if ("any" in c) return c.any.some((x) => meets(x, ctx, i));
  if ("not" in c) return !meets(c.not, ctx, i);
  if ("in" in c) return c.in.some((name) => code(c.field, name) === (c.field === "type" ? ctx.typeOf[i] : (store[c.field] as Uint8Array)[i]));
  if ("is" in c) return (c.field === "youngSpecialist" ? store.young : store.mentor)[i] === (c.is ? 2 : 1);
  const since = (d: number) => (d > 0 && asOf !== null ? fullYears(d, asOf) : NaN);
  const v = { age: since(store.birth[i]), yearsSinceTraining: since(store.training[i]), yearsSinceHire: since(store.hire[i]), experience: store.experience[i], rate: store.rate[i] }[c.field];
  return !Number.isNaN(v) && (c.lt === undefined || v < c.lt) && (c.lte === undefined || v <= c.lte) && (c.gt === undefined || v > c.gt) && (c.gte === undefined || v >= c.gte);
}
function inPopulation(p: Population, ctx: EvalContext, i: number): boolean {
  const { store, asOf } = ctx;
  const groupOk = !store.present.has("group") || p.groups.some((g) => valueCode("group", g) === store.group[i]);
  const employmentOk = p.employment.some((e) => valueCode("employment", e) === store.employment[i]);
  const d = store.dismissal[i];
  const h = store.hire[i];
  const status = p.status === "active" ? (d === 0 || asOf === null || d > asOf) && (h === 0 || asOf === null || h <= asOf) : asOf !== null && d > asOf - 10000 && d <= asOf;
  return groupOk && employmentOk && status;
}

const names = (field: VocabularyField) => (VOCABULARIES[field].values as readonly { name: string }[]).map((v) => v.name);
const bound = fc.option(fc.integer({ min: -1, max: 40 }), { nil: undefined });
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom("group", "employment", "education", "category", "sex", "type").chain((field) => fc.subarray(field === "type" ? [...ORG_TYPES] : names(field), { minLength: 1 }).map((values) => ({ field, in: values }) as Condition)),
  fc.record({ field: fc.constantFrom("age", "yearsSinceTraining", "yearsSinceHire", "experience", "rate"), lt: bound, lte: bound, gt: bound, gte: bound }, { requiredKeys: ["field"] }) as fc.Arbitrary<Condition>,
  fc.record({ field: fc.constantFrom("youngSpecialist", "mentoring"), is: fc.boolean() }) as fc.Arbitrary<Condition>,
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.record({ all: fc.array(tie("c"), { maxLength: 3 }) }), fc.record({ any: fc.array(tie("c"), { maxLength: 3 }) }), fc.record({ not: tie("c") })),
})).c;
const population: fc.Arbitrary<Population> = fc.record({ groups: fc.subarray(names("group"), { minLength: 1 }), employment: fc.subarray(names("employment"), { minLength: 1 }), status: fc.constantFrom("active", "left_12m") }) as fc.Arbitrary<Population>;

const date = fc.oneof(fc.constant(0), fc.integer({ min: 1960, max: 2027 }).map((y) => y * 10000 + 101), fc.constant(20260901));
const person = fc.record({ type: fc.nat(3), group: fc.nat(6), employment: fc.nat(4), education: fc.nat(5), category: fc.nat(5), sex: fc.nat(2), young: fc.nat(2), mentor: fc.nat(2), birth: date, training: date, hire: date, dismissal: date, experience: fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 45 })), rate: fc.constantFrom(0, 0.25, 0.5, 1, 1.5) });

type Person = typeof person extends fc.Arbitrary<infer P> ? P : never;

function storeOf(persons: readonly Person[], withGroup: boolean): PersonStore {
  const store = new PersonStore(Math.max(1, persons.length));
  if (withGroup) store.present.add("group");
  for (const p of persons) {
    const i = store.add();
    for (const [k, v] of Object.entries(p)) (store[k as "rate"] as Float64Array)[i] = v as number;
  }
  return store;
}

describe("conditionMask and populationMask say what a test per person says", () => {
  test("random conditions, populations and persons", () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), condition, population, fc.constantFrom(20260901, null), fc.boolean(), (persons, c, p, asOf, withGroup) => {
        const store = storeOf(persons, withGroup);
        const ctx: EvalContext = { store, asOf, typeOf: Uint8Array.from(persons, (x) => x.type) };
        const mask = conditionMask(c, ctx);
        const pop = populationMask(p, ctx);
        persons.forEach((_, i) => {
          expect(mask[i]).toBe(meets(c, ctx, i) ? 1 : 0);
          expect(pop[i]).toBe(inPopulation(p, ctx, i) ? 1 : 0);
        });
      }),
      { numRuns: 500 },
    );
  });
});
