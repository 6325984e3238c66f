import { lastDay, type TruthDeadline } from "./deadlineForms";
import { makeRng, type Rng } from "./rng";
import type { TruthItem, TruthPlan, TruthSpan } from "./truthPlan";

/**
 * How road-map templates caption a deadline printed in two columns, written for the corpus: a caption merged over
 * two sub-captions in a two-row header («Срок реализации» over «начало | окончание»), or two captions in one row
 * («Дата начала | Дата окончания»). `alone`: the captions the author types where the table cannot merge cells.
 */
const SPAN_CAPTIONS: readonly TruthSpan[] = [
  { caption: "Срок реализации", sub: ["начало", "окончание"], alone: ["Дата начала", "Дата окончания"] },
  { caption: "Срок исполнения", sub: ["с", "по"], alone: ["Дата начала", "Дата окончания"] },
  { caption: "Срок выполнения", sub: ["начало", "окончание"], alone: ["Срок начала реализации", "Срок окончания реализации"] },
  { caption: "Сроки реализации", sub: ["дата начала", "дата окончания"], alone: ["Дата начала", "Дата окончания"] },
  { caption: null, sub: ["Дата начала", "Дата окончания"], alone: ["Дата начала", "Дата окончания"] },
  { caption: null, sub: ["Срок начала реализации", "Срок окончания реализации"], alone: ["Срок начала реализации", "Срок окончания реализации"] },
];

const NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const ROMAN = ["I", "II", "III", "IV"];

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const day = (s: string): Day => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });
const pad = (n: number) => String(n).padStart(2, "0");
const dotted = (x: Day) => `${pad(x.d)}.${pad(x.m)}.${x.y}`;

/**
 * The ways an author writes a period's two ends, each where the period fits it: dates; months («январь» |
 * «март 2027 г.», the start's year left out when it is the end's); quarters; years. Null where the unit does not fit.
 */
type EndsStyle = (a: Day, b: Day, r: Rng) => [string, string] | null;

const wholeMonths = (a: Day, b: Day) => a.d === 1 && b.d === lastDay(b.y, b.m);
const yearOf = (x: Day, other: Day, r: Rng) => (x.y === other.y && r.chance(0.6) ? "" : ` ${x.y} г.`);

const END_STYLES: readonly EndsStyle[] = [
  (a, b) => [dotted(a), dotted(b)],
  (a, b, r) => (wholeMonths(a, b) ? [`${NOMINATIVE[a.m - 1]}${yearOf(a, b, r)}`, `${NOMINATIVE[b.m - 1]} ${b.y} г.`] : null),
  (a, b, r) =>
    wholeMonths(a, b) && a.m % 3 === 1 && b.m % 3 === 0 ? [`${ROMAN[(a.m - 1) / 3]} квартал${yearOf(a, b, r)}`, `${ROMAN[b.m / 3 - 1]} квартал ${b.y} г.`] : null,
  (a, b, r) => (wholeMonths(a, b) && a.m === 1 && b.m === 12 ? (r.chance(0.5) ? [`${a.y}`, `${b.y}`] : [`${a.y} г.`, `${b.y} г.`]) : null),
];

/**
 * An item's two cells: a period's start and end each in its own cell (in the plan's style where it fits the period,
 * dates otherwise); a date («до 25 декабря», «01.03.2027») in the end cell alone; a deadline with no ends of its own
 * (recurring, ongoing, on demand) in one cell merged over both.
 */
function spanCells(d: TruthDeadline, style: EndsStyle, r: Rng): NonNullable<TruthItem["span"]> {
  if (d.kind === "period" && d.start && d.end) {
    const [a, b] = [day(d.start), day(d.end)];
    const [start, end] = style(a, b, r) ?? END_STYLES[0](a, b, r)!;
    return { start, end, merged: false };
  }
  if (d.kind === "date") return { start: "", end: d.text, merged: false };
  return { start: d.text, end: "", merged: true };
}

/**
 * The plan with its deadline printed in two columns, start and end (the `*-span` shapes). Drawn from a stream of its
 * own (the plan's seed ^ 0x5ba2), so that every other shape's documents stay as they were; the truth's deadline is
 * the item's own (the span from start to end, DESIGN.md §3), only its cells change.
 */
export function withSpanDeadlines(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x5ba2);
  const span = r.pick(SPAN_CAPTIONS);
  const style = r.pick(END_STYLES);
  return {
    ...plan,
    span,
    sections: plan.sections.map((s) => ({ ...s, items: s.items.map((it): TruthItem => ({ ...it, span: spanCells(it.deadline, style, r) })) })),
  };
}

