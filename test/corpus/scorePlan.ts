import type { Plan, PlanItem } from "../../src/core/plan/types";
import type { TruthDeadline } from "./deadlineForms";
import { allItems, type TruthItem, type TruthPlan } from "./truthPlan";

/** Counts for one plan (or summed over many): how much of the truth a reader recovered. */
export interface Score {
  readonly plans: number;
  /** Plans the reader turned into a plan at all. */
  readonly structured: number;
  readonly items: number;
  /** Items the reader returned (right or wrong). */
  readonly returned: number;
  /** Truth items found by number (or qualified number), in order. */
  readonly matched: number;
  /** Number, name, deadline kind and dates, executors and the extra columns' cells all right. */
  readonly exact: number;
  readonly sections: number;
  readonly sectionsFound: number;
  readonly deadlines: number;
  readonly executors: number;
  /** Found items that are not exact and carry no note saying the reader was unsure: the silent errors. */
  readonly inexactUnnoted: number;
  /** Exact items that carry such a note anyway: the noise. */
  readonly exactNoted: number;
  /** Plans whose truth is signed (its signatures not empty). */
  readonly signatures: number;
  /** Of those, plans whose signature block holds the truth's signatures, in the source's order (signedInOrder). */
  readonly signed: number;
}

export const ZERO: Score = { plans: 0, structured: 0, items: 0, returned: 0, matched: 0, exact: 0, sections: 0, sectionsFound: 0, deadlines: 0, executors: 0, inexactUnnoted: 0, exactNoted: 0, signatures: 0, signed: 0 };

/** Notes by which a reader says it was unsure of an item's cells (a schedule's marks read as the deadline are no doubt). */
const UNSURE: ReadonlySet<string> = new Set(["column_uncertain", "merged_continuation", "possibly_incomplete"]);
const noted = (item: PlanItem): boolean => (item.notes ?? []).some((n) => UNSURE.has(n.code));

export function addScores(a: Score, b: Score): Score {
  const out = { ...a };
  for (const k of Object.keys(ZERO) as (keyof Score)[]) out[k] = a[k] + b[k];
  return out;
}

/** Text as compared: line breaks and runs of spaces are one space (a wrapped cell is joined either way). */
export const norm = (s: string | null | undefined): string => (s ?? "").replace(/\u00ad/g, "").replace(/\s+/g, " ").trim();
const normNumber = (s: string | null | undefined): string => norm(s).replace(/[.)]+$/, "");

export const sameDeadline = (a: TruthDeadline, b: PlanItem["deadline"]): boolean => a.kind === b.kind && a.start === b.start && a.end === b.end && a.every === b.every;

/**
 * Pairs truth items with recovered ones: by printed number (trailing dot ignored) or qualified number, keeping
 * document order, as many pairs as the two orders allow (a longest common subsequence). Pairing each truth item with
 * the next found item of its number instead let one missing item shift every later section where numbering restarts:
 * a missing II.3 took III.3, and III.1 and III.2 were left unpaired. Among pairings of equal size, one whose qualified
 * numbers agree (I.1, II.3) wins, and then each truth item takes the earliest found item it can.
 */
export function pairItems(truth: readonly TruthItem[], found: readonly PlanItem[]): (PlanItem | null)[] {
  const n = truth.length, m = found.length;
  const pairsFirst = n + 1; // one more pair outweighs every qualified-number bonus
  const weight = (t: TruthItem, f: PlanItem): number => {
    const qualified = f.qualifiedNumber === t.qualified;
    if (!qualified && normNumber(f.number) !== normNumber(t.number)) return 0;
    return pairsFirst + (qualified ? 1 : 0);
  };
  // best[i][j]: the best weight pairing truth[i..] with found[j..]
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(truth[i], found[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], w > 0 ? w + best[i + 1][j + 1] : 0);
    }
  }
  const pairs: (PlanItem | null)[] = new Array(n).fill(null);
  for (let i = 0, j = 0; i < n && j < m; ) {
    const w = weight(truth[i], found[j]);
    if (w > 0 && best[i][j] === w + best[i + 1][j + 1]) pairs[i++] = found[j++];
    else if (best[i][j] === best[i][j + 1]) j++;
    else i++;
  }
  return pairs;
}

function sectionFound(t: TruthPlan["sections"][number], plan: Plan): boolean {
  const title = norm(t.title).toLowerCase();
  // A title printed with no number is found as a section of that title alone, with no number; a heading word printed
  // before it stays in the title («Цель: обеспечение …»), as it does before a number («Задача 1.1. …»).
  const label = norm(t.label).toLowerCase();
  if (t.number === "") return plan.sections.some((s) => normNumber(s.number) === "" && [title, label].includes(norm(s.title).toLowerCase()));
  return plan.sections.some((s) => {
    const text = norm(`${s.number ?? ""} ${s.title}`).toLowerCase();
    return text.includes(title) && (normNumber(s.number) === t.number || text.includes(`${t.number}.`));
  });
}

/**
 * The item's cells in the extra columns of a plan drawn with them (the *-extras shapes), and the notes of a plan drawn
 * with note rows (the *-remarks shapes) where a reader keeps them; the official fixtures' extra cells are not scored
 * yet, so that their floors keep measuring what they measured.
 */
const sameExtras = (plan: TruthPlan, t: TruthItem, f: PlanItem): boolean =>
  !(plan.extras || plan.remarkRows) || Object.entries(t.extra ?? {}).every(([header, value]) => norm(f.extra[header]) === norm(value));

/**
 * Whether the signature block holds the truth's signatures, one after the other in their order, compared by their
 * words: the blank to sign on («____»), the tabs or spaces that push a name right and the « | » a row's cells are
 * joined by are no words. Other lines may stand around them (a site's footer, a page's number): the block keeps the
 * source's text under the table, the test is that none of the signing is lost, taken into an item or reordered.
 */
export function signedInOrder(signatures: readonly string[], block: readonly string[]): boolean {
  const words = (lines: readonly string[]) => ` ${norm(lines.join(" ").replace(/_{2,}|\|/g, " "))} `;
  return words(block).includes(words(signatures));
}

export function scorePlan(truth: TruthPlan, plan: Plan | null): Score {
  const items = allItems(truth);
  // Items under no heading (a truth section with an empty label) have no section row to find.
  const sections = truth.sections.filter((s) => s.label !== "");
  const signatures = truth.signatures.length > 0 ? 1 : 0;
  const base: Score = { ...ZERO, plans: 1, items: items.length, sections: sections.length, signatures };
  if (!plan) return base;
  const pairs = pairItems(items, plan.items);
  let exact = 0, deadlines = 0, executors = 0, inexactUnnoted = 0, exactNoted = 0;
  pairs.forEach((f, i) => {
    if (!f) return;
    const t = items[i];
    const deadline = sameDeadline(t.deadline, f.deadline);
    const responsible = norm(f.responsible.text) === norm(t.responsible);
    if (deadline) deadlines++;
    if (responsible) executors++;
    const isExact = deadline && responsible && norm(f.name) === norm(t.name) && sameExtras(truth, t, f);
    if (isExact) exact++;
    if (isExact && noted(f)) exactNoted++;
    if (!isExact && !noted(f)) inexactUnnoted++;
  });
  return {
    ...base,
    structured: 1,
    returned: plan.items.length,
    matched: pairs.filter(Boolean).length,
    exact,
    sectionsFound: sections.filter((s) => sectionFound(s, plan)).length,
    deadlines,
    executors,
    inexactUnnoted,
    exactNoted,
    signed: signatures && signedInOrder(truth.signatures, plan.meta.signatureBlock) ? 1 : 0,
  };
}

/** The ratios floors are kept on. */
export type Metric = "exact" | "matched" | "sections" | "deadlines" | "executors";
export const METRICS: readonly Metric[] = ["exact", "matched", "sections", "deadlines", "executors"];

export function ratios(s: Score): Record<Metric, number> {
  const of = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return { exact: of(s.exact, s.items), matched: of(s.matched, s.items), sections: of(s.sectionsFound, s.sections), deadlines: of(s.deadlines, s.items), executors: of(s.executors, s.items) };
}
