import { makeRng, type Rng } from "./rng";
import type { ExtraColumn, TruthItem, TruthPlan } from "./truthPlan";

/**
 * Columns official plans carry beside the catalogued ones, written for the corpus: their headers as typed, the share
 * of rows with a value (a «Примечание» is mostly empty, a source of funding nearly always filled) and the values.
 */
export interface ExtraKind {
  readonly headers: readonly string[];
  readonly filled: number;
  readonly value: (r: Rng) => string;
}

export const EXTRA_KINDS: readonly ExtraKind[] = [
  {
    headers: ["Источник финансирования", "Источники финансирования"],
    filled: 0.95,
    value: (r) => r.pick(["местный бюджет", "не требуется", "без финансирования", "областной бюджет", "в рамках текущего финансирования", "средства муниципального бюджета"]),
  },
  { headers: ["Примечание", "Примечания"], filled: 0.2, value: (r) => r.pick(["по согласованию", "при необходимости", "по мере поступления заявок", "с учётом потребности"]) },
  { headers: ["Отметка о выполнении", "Отметка об исполнении"], filled: 0.25, value: (r) => r.pick(["выполнено", "выполнено частично", "в работе"]) },
  { headers: ["Показатель", "Целевой показатель"], filled: 0.9, value: (r) => `не менее ${r.int(2, 19) * 5} %` },
];

/**
 * The plan with one or two extra columns at random places (between the others or last) and every item's values in
 * them. Drawn from a stream of its own (`salt`), so that the plan's other draws stay what they were; `from`, the kinds
 * to draw from.
 */
export function withExtras(plan: TruthPlan, from: readonly ExtraKind[] = EXTRA_KINDS, salt = 0xe8a7): TruthPlan {
  const r = makeRng(plan.seed ^ salt);
  const kinds = [...from];
  const chosen = Array.from({ length: r.int(1, 2) }, (_, i) => {
    const kind = kinds.splice(r.int(0, kinds.length - 1), 1)[0];
    // After the № column at least; `at` counts the columns already placed, so the i-th may also go after the (i-1)-th.
    return { kind, header: r.pick(kind.headers), at: r.int(2, plan.order.length + i) };
  });
  const columns: ExtraColumn[] = chosen.map(({ header, at }) => ({ header, at })).sort((a, b) => a.at - b.at);
  const values = (): Record<string, string> => Object.fromEntries(chosen.map(({ kind, header }) => [header, r.chance(kind.filled) ? kind.value(r) : ""]));
  return {
    ...plan,
    extras: { columns },
    sections: plan.sections.map((s) => ({ ...s, items: s.items.map((it): TruthItem => ({ ...it, extra: values() })) })),
  };
}

/**
 * The plan with extra columns as withExtras draws them, but no row of column numbers under the header: most officials
 * print none, and text without cells then counts the columns by the captions alone.
 */
export function withBareExtras(plan: TruthPlan): TruthPlan {
  const extended = withExtras(plan);
  return extended.extras ? { ...extended, extras: { ...extended.extras, withoutNumbers: true } } : extended;
}
