import type { PlanItem, Section } from "../types";
import { isInside, parseItemNumber } from "./numbering";

/**
 * Numbering that starts again in every section (I. → 1, 2; II. → 1, 2, 3): the printed number stays, and items
 * whose number is not already inside their section's get `qualifiedNumber` = section number + "." + number (II.2).
 * Nothing changes in a plan whose printed numbers never repeat across sections.
 */
export function qualifyNumbers(items: readonly PlanItem[], sections: readonly Section[]): PlanItem[] {
  const numbered = new Set(sections.flatMap((s) => (s.number !== null ? [s.number] : [])));
  const sectionsOf = new Map<string, Set<string | null>>();
  for (const it of items) {
    const n = it.number === null ? null : (parseItemNumber(it.number) ?? it.number);
    if (n !== null) sectionsOf.set(n, (sectionsOf.get(n) ?? new Set()).add(it.section));
  }
  if (![...sectionsOf.values()].some((s) => s.size > 1)) return [...items];
  return items.map((it) => {
    // A section known by its number: from a section row, or from a section column of the add-in's own sheet.
    if (it.number === null || it.section === null || !(numbered.has(it.section) || parseItemNumber(it.section) === it.section)) return it;
    const n = parseItemNumber(it.number) ?? it.number;
    if (isInside(it.section, n)) return it;
    return { ...it, qualifiedNumber: `${it.section}.${n}` };
  });
}
