import type { Period } from "../../core/plan/deadline";
import { defaultReportingPeriod } from "../../core/summary";
import { type Message, msg } from "../../i18n";

export interface PeriodChoice {
  readonly key: string;
  readonly period: Period;
  readonly label: Message;
}

/**
 * The day whose half-year is reported by default. Half-year reports are made in the month after the half-year
 * ends: in January (or July) the half-year just past is meant, not the one that has only begun.
 */
export function reportingDay(today: string): string {
  const month = today.slice(5, 7);
  if (month === "01") return `${Number(today.slice(0, 4)) - 1}-12-31`;
  if (month === "07") return `${today.slice(0, 4)}-06-30`;
  return today;
}

/**
 * Reporting periods to choose from: each half-year and year the plan period touches (the year of the reporting day
 * when the plan has none), and the default one: the half-year of the reporting day, inside the plan period.
 */
export function reportingChoices(planPeriod: Period | null, today: string): { choices: PeriodChoice[]; defaultKey: string } {
  const day = reportingDay(today);
  const first = Number((planPeriod?.start ?? day).slice(0, 4));
  const last = Math.min(Number((planPeriod?.end ?? day).slice(0, 4)), first + 10);
  const choices: PeriodChoice[] = [];
  for (let y = first; y <= last; y++) {
    choices.push({ key: `${y}-H1`, period: { start: `${y}-01-01`, end: `${y}-06-30` }, label: msg("summary.half1", { year: String(y) }) });
    choices.push({ key: `${y}-H2`, period: { start: `${y}-07-01`, end: `${y}-12-31` }, label: msg("summary.half2", { year: String(y) }) });
    choices.push({ key: `${y}`, period: { start: `${y}-01-01`, end: `${y}-12-31` }, label: msg("summary.year", { year: String(y) }) });
  }
  const def = defaultReportingPeriod(day, planPeriod);
  const defaultKey = choices.find((c) => c.period.start === def.start && c.period.end === def.end)?.key ?? choices[0].key;
  return { choices, defaultKey };
}
