import type { Plan, PlanItem } from "../../types";
import type { Finding } from "../ruleDefinition";
import { atItem, hasColumn } from "./itemPlace";

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return total;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** "1.2.1." → "1.2.1"; "6.4" and "6.4." are one number. */
export function canonicalNumber(n: string): string {
  return n.trim().replace(/\s+/g, "").replace(/,/g, ".").replace(/[.)]+$/, "");
}

/** The parts of a number as integers ("1.2.1" → [1, 2, 1], "IV" → [4]); null for labels such as "1а". */
export function numberParts(n: string): number[] | null {
  const parts = canonicalNumber(n).split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : romanValue(p)));
  return parts.every((p): p is number => p !== null) ? parts : null;
}

interface Numbered {
  readonly item: PlanItem;
  readonly number: string;
  readonly parts: number[] | null;
  readonly scope: string;
}

/**
 * Items grouped into numbering scopes: "1.2.x" under "1.2"; one-level numbers are one list for the whole plan,
 * unless they start again in each section (1, 2, 3 / 1, 2), when each section is its own list.
 */
function numbered(plan: Plan): Numbered[] {
  const list = plan.items.filter((it) => it.number !== null && canonicalNumber(it.number) !== "");
  const sectionsOf = new Map<string, Set<string | null>>();
  for (const it of list) {
    const n = canonicalNumber(it.number!);
    if (!n.includes(".")) sectionsOf.set(n, (sectionsOf.get(n) ?? new Set()).add(it.section));
  }
  const restarts = [...sectionsOf.values()].some((s) => s.size > 1);
  return list.map((item) => {
    const number = canonicalNumber(item.number!);
    const parts = numberParts(number);
    const scope = number.includes(".") ? `p:${number.slice(0, number.lastIndexOf("."))}` : restarts ? `s:${item.section ?? ""}` : "top";
    return { item, number, parts, scope };
  });
}

export function numberMissing(plan: Plan): Finding[] {
  if (!hasColumn(plan, "number")) return [];
  return plan.items.filter((it) => it.number === null || canonicalNumber(it.number) === "").map((it) => atItem(plan, it, "number"));
}

export function numberDuplicate(plan: Plan): Finding[] {
  const first = new Map<string, PlanItem>();
  const out: Finding[] = [];
  for (const n of numbered(plan)) {
    const key = `${n.scope}|${n.number}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, n.item);
    else out.push(atItem(plan, n.item, "number", { params: { number: n.number, firstRow: earlier.source.rows[0] ?? "?" } }));
  }
  return out;
}

/** Consecutive numbers of one scope, compared by their last part. */
function steps(plan: Plan): { prev: Numbered; cur: Numbered; delta: number }[] {
  const last = new Map<string, Numbered>();
  const out: { prev: Numbered; cur: Numbered; delta: number }[] = [];
  for (const n of numbered(plan)) {
    if (!n.parts) continue;
    const prev = last.get(n.scope);
    last.set(n.scope, n);
    if (prev?.parts) out.push({ prev, cur: n, delta: n.parts[n.parts.length - 1] - prev.parts[prev.parts.length - 1] });
  }
  return out;
}

export function numberGap(plan: Plan): Finding[] {
  return steps(plan)
    .filter((s) => s.delta > 1)
    .map(({ prev, cur, delta }) => {
      const head = prev.number.includes(".") ? prev.number.slice(0, prev.number.lastIndexOf(".") + 1) : "";
      const from = prev.parts![prev.parts!.length - 1] + 1;
      const roman = /^[IVXLC]+$/.test(prev.number.slice(head.length));
      const label = (n: number) => `${head}${roman ? toRoman(n) : n}`;
      const expected = delta === 2 ? label(from) : `${label(from)}–${label(from + delta - 2)}`;
      return atItem(plan, cur.item, "number", { params: { number: cur.number, previous: prev.number, expected } });
    });
}

export function numberOutOfOrder(plan: Plan): Finding[] {
  return steps(plan)
    .filter((s) => s.delta < 0)
    .map(({ prev, cur }) => atItem(plan, cur.item, "number", { params: { number: cur.number, previous: prev.number } }));
}
