import type { Condition, NumericField, Population } from "./indicatorSchema";
import type { PersonStore } from "./personStore";
import { fullYears, type Ymd } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { ORG_TYPES, type OrgType } from "./types";
import { valueCode, type VocabularyField } from "./valueVocab";

/** A test of person i of a store. */
export type PersonTest = (i: number) => boolean;

export interface EvalContext {
  readonly store: PersonStore;
  readonly asOf: Ymd | null;
  /** Type code (ORG_TYPES index + 1, 0 unknown) of each person: their own or their organisation's. */
  readonly typeOf: Uint8Array;
}

/** The column each field reads, and whether its absence leaves the indicator out (sex is optional: see pension_age). */
export const FIELD_COLUMNS: Readonly<Record<string, { column: StaffingColumn; optional?: boolean; dated?: boolean }>> = {
  group: { column: "group" },
  employment: { column: "employment", optional: true },
  education: { column: "education" },
  category: { column: "category" },
  sex: { column: "sex", optional: true },
  type: { column: "type", optional: true },
  age: { column: "birthDate", dated: true },
  yearsSinceTraining: { column: "training", dated: true },
  yearsSinceHire: { column: "hireDate", dated: true },
  experience: { column: "experience" },
  rate: { column: "rate" },
  youngSpecialist: { column: "youngSpecialist" },
  mentoring: { column: "mentor" },
};

/** Fields a condition reads. */
export function conditionFields(c: Condition | undefined, into: Set<string> = new Set()): Set<string> {
  if (!c) return into;
  if ("all" in c) c.all.forEach((x) => conditionFields(x, into));
  else if ("any" in c) c.any.forEach((x) => conditionFields(x, into));
  else if ("not" in c) conditionFields(c.not, into);
  else into.add(c.field);
  return into;
}

function codes(field: VocabularyField, names: readonly string[]): Uint8Array {
  const set = new Uint8Array(16);
  for (const n of names) set[field === "type" ? ORG_TYPES.indexOf(n as OrgType) + 1 : valueCode(field, n)] = 1;
  return set;
}

function numericValue(field: NumericField, ctx: EvalContext): (i: number) => number {
  const { store, asOf } = ctx;
  const since = (dates: Int32Array) => (i: number) => (dates[i] > 0 && asOf !== null ? fullYears(dates[i], asOf) : NaN);
  switch (field) {
    case "age":
      return since(store.birth);
    case "yearsSinceTraining":
      return since(store.training);
    case "yearsSinceHire":
      return since(store.hire);
    case "experience":
      return (i) => store.experience[i];
    case "rate":
      return (i) => store.rate[i];
  }
}

/** Compiles a condition into a test; an unknown value (no date, blank cell) never meets a numeric bound. */
export function compileCondition(c: Condition | undefined, ctx: EvalContext): PersonTest {
  if (!c) return () => true;
  if ("all" in c) {
    const parts = c.all.map((x) => compileCondition(x, ctx));
    return (i) => parts.every((p) => p(i));
  }
  if ("any" in c) {
    const parts = c.any.map((x) => compileCondition(x, ctx));
    return (i) => parts.some((p) => p(i));
  }
  if ("not" in c) {
    const inner = compileCondition(c.not, ctx);
    return (i) => !inner(i);
  }
  if ("in" in c) {
    const set = codes(c.field, c.in);
    const column = c.field === "type" ? ctx.typeOf : (ctx.store[c.field] as Uint8Array);
    return (i) => set[column[i]] === 1;
  }
  if ("is" in c) {
    const column = c.field === "youngSpecialist" ? ctx.store.young : ctx.store.mentor;
    const want = c.is ? 2 : 1;
    return (i) => column[i] === want;
  }
  const value = numericValue(c.field, ctx);
  const { lt, lte, gt, gte } = c;
  return (i) => {
    const v = value(i);
    return !Number.isNaN(v) && (lt === undefined || v < lt) && (lte === undefined || v <= lte) && (gt === undefined || v > gt) && (gte === undefined || v >= gte);
  };
}

/**
 * Compiles a population. Without a group column (a list of pedagogical staff only, no positions either) every
 * row is taken as staff; the caller says so in an issue.
 */
export function compilePopulation(p: Population, ctx: EvalContext): PersonTest {
  const { store, asOf } = ctx;
  const groups = codes("group", p.groups);
  const employment = codes("employment", p.employment);
  const checkGroup = store.present.has("group");
  const yearAgo = asOf === null ? 0 : asOf - 10000;
  const onStaff = (i: number) => {
    const d = store.dismissal[i];
    const h = store.hire[i];
    return (d === 0 || asOf === null || d > asOf) && (h === 0 || asOf === null || h <= asOf);
  };
  const left = (i: number) => {
    const d = store.dismissal[i];
    return asOf !== null && d > yearAgo && d <= asOf;
  };
  const status = p.status === "active" ? onStaff : left;
  return (i) => (!checkGroup || groups[store.group[i]] === 1) && employment[store.employment[i]] === 1 && status(i);
}
