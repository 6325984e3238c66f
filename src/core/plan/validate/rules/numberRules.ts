import { romanValue } from "../../structure/numbering";
import type { Plan, PlanItem } from "../../types";
import type { Finding, RuleContext } from "../ruleDefinition";
import type { ValidationRun } from "../validationRun";
import { atItem, hasColumn } from "./itemPlace";

function toRoman(n: number): string {
  const table: [number, string][] = [[100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** "1.2.1." → "1.2.1"; "6.4" and "6.4." are one number. */
export function canonicalNumber(n: string): string {
  // Most numbers are canonical already ("12", "3.4"): found by one look at their characters, four replacements spared
  // (each item's number is made canonical several times over a validation).
  if (isCanonical(n)) return n;
  return n.trim().replace(/\s+/g, "").replace(/,/g, ".").replace(/[.)]+$/, "");
}

/** Only digits and dots, not ending in a dot: nothing for canonicalNumber to change. */
function isCanonical(n: string): boolean {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c !== 0x2e && (c < 0x30 || c > 0x39)) return false;
  }
  return n.length === 0 || n.charCodeAt(n.length - 1) !== 0x2e;
}

/** The parts of a number as integers ("1.2.1" → [1, 2, 1], "IV" → [4]); null for labels such as "1а". */
export function numberParts(n: string): number[] | null {
  const canonical = canonicalNumber(n);
  if (isCanonical(canonical)) return digitParts(canonical);
  const parts = canonical.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : romanValue(p)));
  return parts.every((p): p is number => p !== null) ? parts : null;
}

/**
 * numberParts of a number of digits and dots, read by character code: no split, no array of strings, no test per
 * part (every item's number is read so). An empty part ("1..2", "") makes it null, as it fails both readings above.
 */
function digitParts(n: string): number[] | null {
  const parts: number[] = [];
  let value = 0;
  let start = 0;
  for (let i = 0; i <= n.length; i++) {
    const c = i < n.length ? n.charCodeAt(i) : 0x2e;
    if (c !== 0x2e) {
      value = value * 10 + (c - 0x30);
      continue;
    }
    if (i === start) return null;
    // Beyond 15 digits the sum may round otherwise than Number() reads the digits.
    parts.push(i - start > 15 ? Number(n.slice(start, i)) : value);
    value = 0;
    start = i + 1;
  }
  return parts;
}

interface Numbered {
  readonly item: PlanItem;
  /** The number that is unique in the plan: the qualified one (II.2) where numbering restarts in every section. */
  readonly number: string;
  readonly parts: number[] | null;
  readonly scope: string;
}

/**
 * How a message names an item's number: the printed one, with its section where the numbering restarts ("2 раздела
 * II" for II.2). Found for the items a finding names, not for every item.
 */
export function shownNumber(item: PlanItem): string {
  const printed = canonicalNumber(item.number ?? "");
  const qualified = item.qualifiedNumber ? canonicalNumber(item.qualifiedNumber) : printed;
  if (qualified === printed || !qualified.endsWith("." + printed)) return printed;
  return `${printed} раздела ${qualified.slice(0, qualified.length - printed.length - 1)}`;
}

/**
 * Items grouped into numbering scopes: "1.2.x" under "1.2"; one-level numbers are one list for the whole plan,
 * unless they start again in each section (1, 2, 3 / 1, 2), when each section is its own list.
 */
function numbered(plan: Plan): Numbered[] {
  const list = plan.items.filter((it) => it.number !== null && canonicalNumber(it.number) !== "");
  const key = (it: PlanItem) => canonicalNumber(it.qualifiedNumber || it.number!);
  const sectionsOf = new Map<string, Set<string | null>>();
  for (const it of list) {
    const n = key(it);
    if (!n.includes(".")) sectionsOf.set(n, (sectionsOf.get(n) ?? new Set()).add(it.section));
  }
  // Sections without a number cannot qualify their items' numbers: a list that restarts under them is one per section.
  const restarts = [...sectionsOf.values()].some((s) => s.size > 1);
  return list.map((item) => {
    const number = key(item);
    const parts = numberParts(number);
    const scope = number.includes(".") ? `p:${number.slice(0, number.lastIndexOf("."))}` : restarts ? `s:${item.section ?? ""}` : "top";
    return { item, number, parts, scope };
  });
}

export function numberMissing(plan: Plan): Finding[] {
  if (!hasColumn(plan, "number")) return [];
  return plan.items.filter((it) => it.number === null || canonicalNumber(it.number) === "").map((it) => atItem(plan, it, "number"));
}

export function numberDuplicate(plan: Plan, { run }: RuleContext): Finding[] {
  // Scope, then number: no key string joined per item.
  const first = new Map<string, Map<string, PlanItem>>();
  const out: Finding[] = [];
  for (const n of run.fact(numbered)) {
    let inScope = first.get(n.scope);
    if (inScope === undefined) first.set(n.scope, (inScope = new Map()));
    const earlier = inScope.get(n.number);
    if (!earlier) inScope.set(n.number, n.item);
    else out.push(atItem(plan, n.item, "number", { params: { number: shownNumber(n.item), firstRow: earlier.source.rows[0] ?? "?" } }));
  }
  return out;
}

/** Consecutive numbers of one scope, compared by their last part. */
function steps(_plan: Plan, run: ValidationRun): { prev: Numbered; cur: Numbered; delta: number }[] {
  const last = new Map<string, Numbered>();
  const out: { prev: Numbered; cur: Numbered; delta: number }[] = [];
  for (const n of run.fact(numbered)) {
    if (!n.parts) continue;
    const prev = last.get(n.scope);
    last.set(n.scope, n);
    if (prev?.parts) out.push({ prev, cur: n, delta: n.parts[n.parts.length - 1] - prev.parts[prev.parts.length - 1] });
  }
  return out;
}

export function numberGap(plan: Plan, { run }: RuleContext): Finding[] {
  return run
    .fact(steps)
    .filter((s) => s.delta > 1)
    .map(({ prev, cur, delta }) => {
      const shown = { prev: shownNumber(prev.item), cur: shownNumber(cur.item) };
      const qualified = shown.prev !== prev.number;
      const head = prev.number.includes(".") && !qualified ? prev.number.slice(0, prev.number.lastIndexOf(".") + 1) : "";
      const last = prev.number.slice(prev.number.lastIndexOf(".") + 1);
      const from = prev.parts![prev.parts!.length - 1] + 1;
      const roman = /^[IVXLC]+$/.test(last);
      const label = (n: number) => `${head}${roman ? toRoman(n) : n}`;
      const span = delta === 2 ? label(from) : `${label(from)}–${label(from + delta - 2)}`;
      // "нет 3 раздела II": the section is named once, after the printed numbers.
      const expected = qualified ? `${span}${shown.prev.slice(shown.prev.indexOf(" "))}` : span;
      return atItem(plan, cur.item, "number", { params: { number: shown.cur, previous: shown.prev, expected } });
    });
}

export function numberOutOfOrder(plan: Plan, { run }: RuleContext): Finding[] {
  return run
    .fact(steps)
    .filter((s) => s.delta < 0)
    .map(({ prev, cur }) => atItem(plan, cur.item, "number", { params: { number: shownNumber(cur.item), previous: shownNumber(prev.item) } }));
}
