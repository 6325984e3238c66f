import { groupVariants } from "../../responsible";
import type { Plan, PlanItem } from "../../types";
import type { Finding } from "../ruleDefinition";
import { atItem, hasColumn } from "./itemPlace";

export function responsibleMissing(plan: Plan): Finding[] {
  if (!hasColumn(plan, "responsible")) return [];
  return plan.items.filter((it) => it.responsible.text.trim() === "").map((it) => atItem(plan, it, "responsible"));
}

/** A party that is only «Фамилия И.О.»: no position and no organisation anywhere in it. */
export function responsibleNoPosition(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const it of plan.items) {
    // A list only for the items that have such a party: two lists per item (filter, map) for the few that do.
    let bare: string[] | null = null;
    for (const p of it.responsible.parties) if (p.person && !p.position && !p.org) (bare ??= []).push(p.text.trim());
    if (bare) out.push(atItem(plan, it, "responsible", { params: { names: bare.join("; ") } }));
  }
  return out;
}

/**
 * Spelling variants of one party across the plan (ЦТриГО / ЦТРИГО, Ланкина / Ланикна Н.Н.): the spelling used by most
 * items is taken as meant (ties: the one used first); every item using another spelling gets an issue suggesting it.
 */
export function responsibleVariant(plan: Plan): Finding[] {
  const uses = new Map<string, { count: number; first: number }>();
  const names: string[] = [];
  plan.items.forEach((it, i) => {
    for (const name of partyNames(it, names)) {
      const u = uses.get(name);
      if (u) u.count += 1;
      else uses.set(name, { count: 1, first: i });
    }
  });
  const preferredOf = new Map<string, string>();
  for (const g of groupVariants([...uses].map(([text, u]) => ({ text, count: u.count })))) {
    const spellings = [...new Set(g.variants.map((v) => v.text))].filter((t) => uses.has(t));
    if (spellings.length < 2) continue;
    const preferred = spellings.reduce((a, b) => (rank(uses.get(b)!) > rank(uses.get(a)!) ? b : a));
    for (const s of spellings) if (!sameButFirstLetterCase(s, preferred)) preferredOf.set(s, preferred);
  }
  if (preferredOf.size === 0) return [];
  const out: Finding[] = [];
  for (const it of plan.items) {
    for (const name of partyNames(it, names)) {
      const preferred = preferredOf.get(name);
      if (preferred) out.push(atItem(plan, it, "responsible", { params: { variant: name, preferred }, suggestion: preferred }));
    }
  }
  return out;
}

/** «руководители ГМО» after a comma and «Руководители ГМО» at the start of a cell are one spelling. */
function sameButFirstLetterCase(a: string, b: string): boolean {
  return a.charAt(0).toUpperCase() + a.slice(1) === b.charAt(0).toUpperCase() + b.slice(1);
}

/** More uses first, then earlier first use. */
function rank(u: { count: number; first: number }): number {
  return u.count * 1e7 - u.first;
}

/**
 * The spellings of an item's parties: the person's name when one was recognised (so «Наумова Т.А. «СОШ № 1»» and
 * «Наумова Т.А.» are one spelling of one person), else the party's text (organisations, positions).
 */
function partyNames(it: PlanItem, out: string[]): string[] {
  // A loop, not map, filter, a set and a spread: read twice for every item, and most name one or two parties. Into
  // the caller's list, its old names replaced (emptying it would drop its storage): no list per item.
  let count = 0;
  for (const p of it.responsible.parties) {
    const name = (p.person ?? p.text).trim();
    if (name && !includesBefore(out, count, name)) out[count++] = name;
  }
  out.length = count;
  return out;
}

function includesBefore(list: readonly string[], count: number, s: string): boolean {
  for (let i = 0; i < count; i++) if (list[i] === s) return true;
  return false;
}
