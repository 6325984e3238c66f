import type { DeadlineKind, Every } from "../../src/core/plan/deadline";
import type { Rng } from "./rng";

/** What a deadline text means, written from DESIGN.md §3 (not from the parser): the scorer's truth. */
export interface TruthDeadline {
  readonly text: string;
  readonly kind: DeadlineKind;
  readonly start: string | null;
  readonly end: string | null;
  readonly every: Every | null;
}

const NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const PREPOSITIONAL = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];
const ROMAN = ["I", "II", "III", "IV"];

const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dotted = (y: number, m: number, d: number) => `${pad(d)}.${pad(m)}.${y}`;
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const D = (text: string, kind: DeadlineKind, start: string | null, end: string | null, every: Every | null = null): TruthDeadline => ({ text, kind, start, end, every });

/** A plan for year y: its period is the calendar year (the title says «на y год»). */
type Form = (y: number, r: Rng) => TruthDeadline;

const aDay = (r: Rng) => {
  const m = r.int(1, 12);
  return { m, d: r.int(1, lastDay(2023, m)) };
};

/** Every deadline form of DESIGN.md §3, each with its meaning for a plan on year y. */
export const DEADLINE_FORMS: Readonly<Record<string, Form>> = {
  exactDate: (y, r) => { const { m, d } = aDay(r); return D(dotted(y, m, d), "date", iso(y, m, d), iso(y, m, d)); },
  untilDay: (y, r) => { const { m, d } = aDay(r); return D(`до ${d} ${GENITIVE[m - 1]}`, "date", null, iso(y, m, d)); },
  untilDayYear: (y, r) => { const { m, d } = aDay(r); return D(`до ${d} ${GENITIVE[m - 1]} ${y} года`, "date", null, iso(y, m, d)); },
  notLater: (y, r) => { const { m, d } = aDay(r); return D(`не позднее ${dotted(y, m, d)}`, "date", null, iso(y, m, d)); },
  byDay: (y, r) => { const { m, d } = aDay(r); return D(`к ${d} ${GENITIVE[m - 1]}`, "date", null, iso(y, m, d)); },
  inMonth: (y, r) => { const m = r.int(1, 12); return D(`в ${PREPOSITIONAL[m - 1]}`, "period", iso(y, m, 1), iso(y, m, lastDay(y, m))); },
  monthRange: (y, r) => {
    const a = r.int(1, 11), b = r.int(a + 1, 12);
    return D(`${cap(NOMINATIVE[a - 1])} – ${NOMINATIVE[b - 1]} ${y} года`, "period", iso(y, a, 1), iso(y, b, lastDay(y, b)));
  },
  acrossNewYear: (y) => D(`Декабрь ${y} года – январь ${y + 1} года`, "period", iso(y, 12, 1), iso(y + 1, 1, 31)),
  quarter: (y, r) => { const q = r.int(1, 4); return D(`${ROMAN[q - 1]} квартал`, "period", iso(y, q * 3 - 2, 1), iso(y, q * 3, lastDay(y, q * 3))); },
  quarterYear: (y, r) => { const q = r.int(1, 4); return D(`${ROMAN[q - 1]} квартал ${y} года`, "period", iso(y, q * 3 - 2, 1), iso(y, q * 3, lastDay(y, q * 3))); },
  halfYear: (y, r) => { const h = r.int(1, 2); return D(`${ROMAN[h - 1]} полугодие ${y} г.`, "period", iso(y, h * 6 - 5, 1), iso(y, h * 6, h === 1 ? 30 : 31)); },
  nineMonths: (y) => D(`9 месяцев ${y} года`, "period", iso(y, 1, 1), iso(y, 9, 30)),
  year: (y) => D(`${y} год`, "period", iso(y, 1, 1), iso(y, 12, 31)),
  years: (y) => D(`${y} – ${y + 1} годы`, "period", iso(y, 1, 1), iso(y + 1, 12, 31)),
  schoolYear: (y) => D(`${y}/${y + 1} учебный год`, "period", iso(y, 9, 1), iso(y + 1, 8, 31)),
  fromTo: (y, r) => {
    const a = r.int(1, 6), b = r.int(a + 1, 12);
    return D(`с ${dotted(y, a, 1)} по ${dotted(y, b, 15)}`, "period", iso(y, a, 1), iso(y, b, 15));
  },
  decade: (y, r) => {
    const m = r.int(1, 12), k = r.int(0, 2);
    const [from, to] = [[1, 10], [11, 20], [21, lastDay(y, m)]][k];
    return D(`${["первая", "вторая", "третья"][k]} декада ${GENITIVE[m - 1]}`, "period", iso(y, m, from), iso(y, m, to));
  },
  monthly: (y) => D("Ежемесячно", "recurring", iso(y, 1, 1), iso(y, 12, 31), "month"),
  monthlyUntil: (y) => D("ежемесячно до 5 числа", "recurring", iso(y, 1, 1), iso(y, 12, 31), "month"),
  quarterly: (y) => D("ежеквартально", "recurring", iso(y, 1, 1), iso(y, 12, 31), "quarter"),
  yearly: (y) => D("Ежегодно", "recurring", iso(y, 1, 1), iso(y, 12, 31), "year"),
  weekly: (y) => D("еженедельно", "recurring", iso(y, 1, 1), iso(y, 12, 31), "week"),
  duringYearQuarterly: (y) => D("В течении года (ежеквартально)", "recurring", iso(y, 1, 1), iso(y, 12, 31), "quarter"),
  always: (y) => D("Постоянно", "ongoing", iso(y, 1, 1), iso(y, 12, 31)),
  duringYear: (y) => D("в течение года", "ongoing", iso(y, 1, 1), iso(y, 12, 31)),
  duringNamedYear: (y) => D(`в течение ${y} года`, "ongoing", iso(y, 1, 1), iso(y, 12, 31)),
  duringTypo: (y) => D("В течении года", "ongoing", iso(y, 1, 1), iso(y, 12, 31)),
  asNeeded: () => D("по мере необходимости", "on_demand", null, null),
  onRequest: () => D("по запросу", "on_demand", null, null),
  byPlan: () => D("согласно плану", "on_demand", null, null),
  bySchedule: () => D("по графику", "on_demand", null, null),
  byMeetings: () => D("по плану заседаний РУМО", "on_demand", null, null),
};

export const DEADLINE_FORM_NAMES = Object.keys(DEADLINE_FORMS);
