import { makeRng, type Rng } from "./rng";
import type { ExtraColumn, TruthItem, TruthPlan } from "./truthPlan";

/**
 * How district plans caption their funding by year, written for the corpus: a caption merged over one column per
 * year of the plan («Объём финансирования, тыс. руб.» over «2027 г. | 2028 г.»), sums in thousands with a decimal
 * comma, a dash where an item costs nothing.
 */
const CAPTIONS = [
  "Объём финансирования, тыс. руб.",
  "Объем финансирования (тыс. рублей)",
  "Финансовое обеспечение, тыс. руб.",
  "Планируемый объём финансирования, тыс. рублей",
];
const YEAR_STYLES: readonly ((y: number) => string)[] = [(y) => `${y} г.`, (y) => `${y} год`, (y) => String(y)];

/** «1 440,0» for 14400 tenths: thousands parted by a space, one decimal after a comma, as Russian tables print sums. */
export function rubles(tenths: number): string {
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, " ");
  return `${whole},${tenths % 10}`;
}

/** A random sum in tenths of a thousand roubles: round thousands more often than not. */
export const randomTenths = (r: Rng): number => r.int(5, 30000) * (r.chance(0.6) ? 10 : 1);

const sum = (r: Rng): string => rubles(randomTenths(r));

/**
 * The plan with two or three columns of funding by year under one merged caption, side by side at a random place
 * after the № column, and every item's sums in them (most items cost nothing: «–»). Drawn from a stream of its own
 * (the plan's seed ^ 0x3f1d), so that every other shape's documents stay as they were. A column's header, as a reader
 * names it, is the caption and its year.
 */
export function withAmountsByYear(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x3f1d);
  const under = r.pick(CAPTIONS);
  const style = r.pick(YEAR_STYLES);
  const at = r.int(2, plan.order.length);
  const years = Array.from({ length: r.int(2, 3) }, (_, i) => style(plan.year + i));
  const columns: ExtraColumn[] = years.map((sub, i) => ({ header: `${under} ${sub}`, sub, at: at + i }));
  const values = (): Record<string, string> => {
    const paid = r.chance(0.45);
    return Object.fromEntries(columns.map((c) => [c.header, paid && r.chance(0.85) ? sum(r) : "–"]));
  };
  return {
    ...plan,
    extras: { columns, under },
    sections: plan.sections.map((s) => ({ ...s, items: s.items.map((it): TruthItem => ({ ...it, extra: values() })) })),
  };
}
