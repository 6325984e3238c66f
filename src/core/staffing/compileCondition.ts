import type { Condition, NumericField, Population } from "./indicatorSchema";
import type { PersonStore } from "./personStore";
import { fullYears, type Ymd } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { ORG_TYPES, type OrgType } from "./types";
import { valueCode, type VocabularyField } from "./valueVocab";

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

/** The values of a numeric field for the persons of the store, NaN where unknown (no date, blank cell). */
function numericValues(field: NumericField, ctx: EvalContext): Float64Array {
  const { store, asOf } = ctx;
  const n = store.n;
  const out = new Float64Array(n);
  const since = (dates: Int32Array) => {
    for (let i = 0; i < n; i++) out[i] = dates[i] > 0 && asOf !== null ? fullYears(dates[i], asOf) : NaN;
  };
  switch (field) {
    case "age":
      since(store.birth);
      break;
    case "yearsSinceTraining":
      since(store.training);
      break;
    case "yearsSinceHire":
      since(store.hire);
      break;
    case "experience":
      out.set(store.experience.subarray(0, n));
      break;
    case "rate":
      out.set(store.rate.subarray(0, n));
      break;
  }
  return out;
}

/**
 * Which persons of the store meet a condition: one mask (1 = met) over the store's persons, worked out column by
 * column in plain loops. A test compiled into a function per person was called once per person and indicator through
 * a call site every condition shares, which the engine cannot inline (a tenth of a million-row list's time). An
 * unknown value (no date, blank cell) never meets a numeric bound.
 */
export function conditionMask(c: Condition | undefined, ctx: EvalContext): Uint8Array {
  const n = ctx.store.n;
  if (!c) return new Uint8Array(n).fill(1);
  if ("all" in c || "any" in c) {
    const all = "all" in c;
    const parts = all ? c.all : c.any;
    const out = new Uint8Array(n).fill(all ? 1 : 0);
    for (const part of parts) {
      const m = conditionMask(part, ctx);
      if (all) for (let i = 0; i < n; i++) out[i] &= m[i];
      else for (let i = 0; i < n; i++) out[i] |= m[i];
    }
    return out;
  }
  if ("not" in c) {
    const inner = conditionMask(c.not, ctx);
    for (let i = 0; i < n; i++) inner[i] ^= 1;
    return inner;
  }
  const out = new Uint8Array(n);
  if ("in" in c) {
    const set = codes(c.field, c.in);
    const column = c.field === "type" ? ctx.typeOf : (ctx.store[c.field] as Uint8Array);
    for (let i = 0; i < n; i++) out[i] = set[column[i]];
    return out;
  }
  if ("is" in c) {
    const column = c.field === "youngSpecialist" ? ctx.store.young : ctx.store.mentor;
    const want = c.is ? 2 : 1;
    for (let i = 0; i < n; i++) out[i] = column[i] === want ? 1 : 0;
    return out;
  }
  const values = numericValues(c.field, ctx);
  const { lt, lte, gt, gte } = c;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    out[i] = !Number.isNaN(v) && (lt === undefined || v < lt) && (lte === undefined || v <= lte) && (gt === undefined || v > gt) && (gte === undefined || v >= gte) ? 1 : 0;
  }
  return out;
}

/**
 * Which persons of the store are in a population (a mask, as conditionMask). Without a group column (a list of
 * pedagogical staff only, no positions either) every row is taken as staff; the caller says so in an issue.
 */
export function populationMask(p: Population, ctx: EvalContext): Uint8Array {
  const { store, asOf } = ctx;
  const n = store.n;
  const groups = codes("group", p.groups);
  const employment = codes("employment", p.employment);
  const checkGroup = store.present.has("group");
  const yearAgo = asOf === null ? 0 : asOf - 10000;
  const out = new Uint8Array(n);
  const { group, dismissal, hire } = store;
  const active = p.status === "active";
  for (let i = 0; i < n; i++) {
    if ((checkGroup && groups[group[i]] !== 1) || employment[store.employment[i]] !== 1) continue;
    const d = dismissal[i];
    const h = hire[i];
    const status = active ? (d === 0 || asOf === null || d > asOf) && (h === 0 || asOf === null || h <= asOf) : asOf !== null && d > yearAgo && d <= asOf;
    out[i] = status ? 1 : 0;
  }
  return out;
}
