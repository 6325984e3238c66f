import { randomTenths, rubles } from "./amountsByYear";
import { makeRng, type Rng } from "./rng";
import type { TotalRow, TruthItem, TruthPlan, TruthSection } from "./truthPlan";
import { sectionTitle } from "./vocabulary";

/**
 * How municipal programmes' «План реализации» tables head their parts and name their sums, written for the corpus
 * (gornozavodsky-2031 prints «Подпрограмма 1. …» and «Итого по подпрограмме 1»).
 */
interface PartStyle {
  readonly label: (n: number, title: string) => string;
  readonly total: (n: number) => string;
}
const PART_STYLES: readonly PartStyle[] = [
  { label: (n, t) => `Подпрограмма ${n}. ${t}`, total: (n) => `Итого по подпрограмме ${n}` },
  { label: (n, t) => `Раздел ${n}. ${t}`, total: (n) => `Итого по разделу ${n}` },
  { label: (n, t) => `Задача ${n}. ${t}`, total: (n) => `Итого по задаче ${n}` },
  { label: (n, t) => `${n}. ${t}`, total: (n) => `Итого по разделу ${n}` },
];
const GRAND_TOTALS = ["Всего по программе", "Всего по муниципальной программе", "Итого по программе", "Итого по плану", "ВСЕГО"];

const SOURCE_HEADERS = ["Источник финансирования", "Источники финансирования"];
const AMOUNT_HEADERS = ["Объём финансирования, тыс. руб.", "Объем финансирования (тыс. рублей)", "Финансовое обеспечение, тыс. руб.", "Объём финансирования (тыс. руб.)"];
const PAID = ["местный бюджет", "областной бюджет", "средства муниципального бюджета"];
const UNPAID = ["без финансирования", "не требуется", "в рамках текущего финансирования"];

/** A part of the programme as drawn from the generated plan: its title, the items straight under it, its groups. */
interface Part {
  readonly title: string;
  readonly direct: readonly TruthItem[];
  readonly groups: readonly { readonly title: string; readonly items: readonly TruthItem[] }[];
}

/**
 * The generated plan's parts: a goal's tasks are its groups; a section's items stay under it or, in some sections,
 * the last of them fall into groups of one to three under titles of their own (at least one group in the plan).
 */
function partsOf(plan: TruthPlan, r: Rng): Part[] {
  if (plan.numbering === "goals") {
    const parts: { title: string; direct: TruthItem[]; groups: { title: string; items: TruthItem[] }[] }[] = [];
    for (const s of plan.sections) {
      if (s.level === 1) parts.push({ title: s.title, direct: [...s.items], groups: [] });
      else parts[parts.length - 1].groups.push({ title: s.title, items: [...s.items] });
    }
    return parts;
  }
  const used = new Set(plan.sections.map((s) => s.title));
  const sections = plan.sections.filter((s) => s.items.length > 0);
  const grouped = sections.map(() => r.chance(0.6));
  if (!grouped.includes(true)) grouped[grouped.length - 1] = true;
  return sections.map((s, i) => {
    if (!grouped[i]) return { title: s.title, direct: s.items, groups: [] };
    const direct = r.chance(0.5) ? 0 : r.int(0, s.items.length - 1);
    const groups: { title: string; items: TruthItem[] }[] = [];
    for (let k = direct; k < s.items.length; ) {
      const n = r.int(1, 3);
      groups.push({ title: sectionTitle(r, used), items: s.items.slice(k, k + n) });
      k += n;
    }
    return { title: s.title, direct: s.items.slice(0, direct), groups };
  });
}

const tenthsOf = (sum: string): number => (sum === "–" ? 0 : Number(sum.replace(/ /g, "").replace(",", "")));
const printed = (tenths: number): string => (tenths === 0 ? "–" : rubles(tenths));

/**
 * The plan as a municipal programme's «План реализации» (the `*-totals` shapes): two funding columns side by side
 * («Источник финансирования», «Объём финансирования, тыс. руб.») and every item's source and sum in them (a dash where
 * it costs nothing); parts («Подпрограмма 1. …») whose items stand under them or under group rows («1.2 | Меры … | |
 * 1 296,0»: the number, the title and the group's sum only), items numbered through their part and group (1.1, 1.2.1);
 * after each part's last item a row of its total («Итого по подпрограмме 1 | 5 808,5») and at the end the plan's
 * («Всего по программе»), the label in the name column or merged over the columns before the sums. The sums add up.
 * Drawn from a stream of its own (the plan's seed ^ 0x70a1), so that every other shape's documents stay as they
 * were; the items' cells and their order are the generated plan's. Group rows are sections of the level under their
 * part's; the rows of totals are neither items nor sections.
 */
export function withProgrammeTotals(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x70a1);
  const style = r.pick(PART_STYLES);
  const colon = r.chance(0.3) ? ":" : "";
  const dot = r.chance(0.3) ? "." : "";
  const source = r.pick(SOURCE_HEADERS);
  const amount = r.pick(AMOUNT_HEADERS);
  const at = r.int(2, plan.order.length);
  const merged = r.chance(0.5);
  const grand = r.pick(GRAND_TOTALS);
  const funded = (it: TruthItem, number: string): TruthItem => {
    const paid = r.chance(0.55);
    const extra = { [source]: paid ? r.pick(PAID) : r.pick(UNPAID), [amount]: paid ? rubles(randomTenths(r)) : "–" };
    return { ...it, number: `${number}${dot}`, qualified: number, extra };
  };
  const total = (items: readonly TruthItem[]) => items.reduce((a, it) => a + tenthsOf(it.extra![amount]), 0);
  const sections: TruthSection[] = [];
  const rows: TotalRow[] = [];
  let all = 0;
  partsOf(plan, r).forEach((part, p) => {
    const n = p + 1;
    const direct = part.direct.map((it, k) => funded(it, `${n}.${k + 1}`));
    sections.push({ number: String(n), label: style.label(n, part.title), title: part.title, level: 1, items: direct });
    let sum = total(direct);
    part.groups.forEach((g, k) => {
      const number = `${n}.${direct.length + k + 1}`;
      const items = g.items.map((it, m) => funded(it, `${number}.${m + 1}`));
      sections.push({ number, label: `${number}${dot} ${g.title}`, title: g.title, level: 2, items, sum: printed(total(items)) });
      sum += total(items);
    });
    rows.push({ label: `${style.total(n)}${colon}`, sum: printed(sum), after: sections.length - 1 });
    all += sum;
  });
  rows.push({ label: `${grand}${colon}`, sum: printed(all), after: sections.length - 1 });
  return {
    ...plan,
    numbering: "hierarchical",
    sections,
    extras: { columns: [{ header: source, at }, { header: amount, at: at + 1 }] },
    totals: { amount, merged, rows },
  };
}
