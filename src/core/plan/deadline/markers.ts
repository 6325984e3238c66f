import type { Every } from "./types";

/**
 * Phrase tables for deadlines that are not dates: what repeats, what goes on all the time, what happens on
 * demand. All patterns run on folded text (normalizeDeadlineText); `(?<!\p{L})` stands for a word start.
 */

const WORD_NUMBERS: Readonly<Record<string, number>> = { один: 1, одного: 1, два: 2, две: 2, три: 3, четыре: 4, двенадцать: 12 };

/** The step each unit of time names, by the stem its words start with («неделю», «полугодие», «полугодия»). */
const UNIT_EVERY: readonly (readonly [string, Every])[] = [
  ["день", "day"], ["сутки", "day"], ["недел", "week"], ["месяц", "month"], ["квартал", "quarter"], ["полугоди", "half_year"], ["полгода", "half_year"], ["год", "year"],
];

/** The step a unit's word names (one the patterns below captured). */
function unitEvery(word: string): Every {
  return UNIT_EVERY.find(([stem]) => word.startsWith(stem))![1];
}

/** "2 раза в год" repeats every half-year; counts a year divides evenly into name a finer step. */
const TIMES_A_YEAR: Readonly<Record<number, Every>> = { 2: "half_year", 4: "quarter", 12: "month", 52: "week" };

function timesPer(m: RegExpExecArray): Every {
  const unit = unitEvery(m[2]);
  const count = m[1] === undefined ? 1 : (WORD_NUMBERS[m[1]] ?? Number(m[1]));
  return unit === "year" ? (TIMES_A_YEAR[count] ?? "year") : unit;
}

/**
 * "до 20 января года, следующего за отчётным": a report due after every period of that unit; "… месяца, следующего
 * за отчётным кварталом" names the period after «отчётным», which decides.
 */
function reportPeriod(m: RegExpExecArray): Every {
  return unitEvery(m[2] ?? m[1]);
}

interface RecurringMarker {
  readonly re: RegExp;
  readonly every: Every | ((m: RegExpExecArray) => Every);
}

const w = (s: string): RegExp => new RegExp(`(?<!\\p{L})(?:${s})`, "gu");

export const RECURRING_MARKERS: readonly RecurringMarker[] = [
  { re: w("ежедневн\\p{L}*|ежесуточн\\p{L}*|кажд\\p{L}*\\sдень"), every: "day" },
  { re: w("еженедельн\\p{L}*|кажд\\p{L}*\\sнедел\\p{L}*|по\\s(?:понедельник|вторник|сред|четверг|пятниц|суббот)\\p{L}*"), every: "week" },
  { re: w("ежемесячн\\p{L}*|помесячн\\p{L}*|кажд\\p{L}*\\sмесяц\\p{L}*"), every: "month" },
  { re: w("ежеквартальн\\p{L}*|поквартальн\\p{L}*|кажд\\p{L}*\\sквартал\\p{L}*"), every: "quarter" },
  { re: w("ежеполугодн\\p{L}*|кажд\\p{L}*\\sполугоди\\p{L}*"), every: "half_year" },
  { re: w("ежегодн\\p{L}*|кажд\\p{L}*\\sгод(?!\\p{L})"), every: "year" },
  {
    re: w("(?:(\\d{1,2}|один|одного|два|две|три|четыре|двенадцать)\\s)?раза?\\s(?:в|за)\\s(день|сутки|неделю|месяц|квартал|полугодие|полгода|год)(?!\\p{L})"),
    every: timesPer,
  },
  {
    re: w("(месяц|квартал|полугоди|год)\\p{L}*,?\\sследующ\\p{L}*\\sза\\sотчетн\\p{L}*(?:\\s(месяц|квартал|полугоди|год)(?!\\p{L}{4}))?"),
    every: reportPeriod,
  },
];

/** The first recurring marker in a text and how often it repeats. */
export function findRecurring(s: string): { every: Every; index: number } | null {
  let best: { every: Every; index: number } | null = null;
  for (const { re, every } of RECURRING_MARKERS) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index)) best = { every: typeof every === "function" ? every(m) : every, index: m.index };
  }
  return best;
}

/** The text with every recurring marker blanked out, to read the span written next to it. */
export function withoutRecurring(s: string): string {
  return RECURRING_MARKERS.reduce((acc, { re }) => acc.replace(re, " "), s);
}

/** "в течение 2025 года", "в течение 2023-2024 учебного года": the span that follows, up to a bracket or comma. */
export const DURING_SPAN = /(?<!\p{L})(?:в\s)?течение\s([^(),;]+)/u;

/** Goes on over the whole plan period: "постоянно", "в течение года / учебного года / всего периода". */
export const ONGOING_MARKERS: readonly RegExp[] = [
  /(?<!\p{L})(?:постоянн\p{L}*|систематическ\p{L}*|круглогодичн\p{L}*|регулярн\p{L}*)/u,
  /(?<!\p{L})(?:в\s)?течение\s(?:всего\s)?(?:\p{L}+\s)?(?:года|периода|срока)(?!\p{L})/u,
  /(?<!\p{L})на\sпротяжении\s(?:всего\s)?(?:\p{L}+\s)?(?:года|периода|срока)(?!\p{L})/u,
  /(?<!\p{L})(?:весь|в)\sпериод\s(?:действия|реализации)(?!\p{L})/u,
  /(?<!\p{L})(?:в\s)?течение\s(?:срока\s)?(?:действия|реализации)(?!\p{L})/u,
  /(?<!\p{L})весь\sпериод(?!\p{L})/u,
];

/**
 * A term counted from an event («в течение 30 дней с даты заключения договора», «в течение 5 рабочих дней», «в
 * 10-дневный срок после утверждения», «в течение месяца со дня вступления в силу»). The event fixes the date, the plan
 * does not: no kind of §3 says it, so the parser leaves it unparsed (and validation reports it), but its words are a
 * deadline cell's, which the line readers need to know. Only a term in days, weeks or months: «в течение трёх лет
 * работы» is the span a name's measure runs over, and an event alone («по итогам учебного года») is as often a name's.
 * The term opens with its preposition: a line that starts at «течение» continues a cell above it, often a result's
 * («пособие выплачено в» / «течение 30 дней со дня заявления»).
 */
const TERM_COUNT = "(?:\\d{1,3}|одного|двух|трех|пяти|семи|десяти|пятнадцати|тридцати|шестидесяти)";
const TERM_UNIT = "(?:(?:рабоч|календарн)\\p{L}*\\s)?(?:дн(?:я|ей)|недел\\p{L}*|месяц\\p{L}*)";
const EVENT_START = "(?:после|со?\\sдня|с\\sдаты|с\\sмомента|по\\s(?:окончании|завершении|итогам|результатам)|от\\sдаты)";
export const TERM_FROM_EVENT_MARKERS: readonly RegExp[] = [
  new RegExp(`(?<!\\p{L})(?:в\\sтечение|в\\sсрок\\sне\\sболее|не\\sпозднее)\\s${TERM_COUNT}\\s${TERM_UNIT}(?!\\p{L})`, "u"),
  new RegExp(`(?<!\\p{L})в\\sтечение\\s(?:месяца|недели|двух\\sнедель)\\s${EVENT_START}(?!\\p{L})`, "u"),
  /(?<!\p{L})в\s(?:\d{1,3}\s?-?\s?(?:дневный|недельный|месячный)|месячный|недельный|трехдневный|пятидневный|десятидневный)\sсрок(?!\p{L})/u,
];

/** Documents that fix dates elsewhere (plans, schedules) or that say "when needed". */
const SCHEDULE_NOUNS = "(?:план|график|расписани|календар|регламент|положени|программ|приказ|распоряжени|срок|договор|соглашени)\\p{L}*";

/**
 * «(по согласованию)» in brackets is an executor's note («ИРО (по согласованию)»), which a line cut from the executors'
 * cell brings along, and says nothing of when: it is read past (its closing bracket may be on a line not given). Bare,
 * «по согласованию» is a deadline's own words (ON_DEMAND_MARKERS).
 */
export const CONSENT_NOTE = /\(\s?по\sсогласовани[^)]*\)?/gu;

export const ON_DEMAND_MARKERS: readonly RegExp[] = [
  /(?<!\p{L})по\sмере\s\p{L}+/u,
  /(?<!\p{L})(?:по|при)\sнеобходимости(?!\p{L})/u,
  /(?<!\p{L})по\s(?:запрос|заявк|требовани|обращени|приглашени)\p{L}*/u,
  new RegExp(`(?<!\\p{L})(?:согласно|в\\sсоответствии\\sсо?)\\s(?:\\p{L}+\\s){0,2}?${SCHEDULE_NOUNS}`, "u"),
  /(?<!\p{L})по\s(?:\p{L}+\s)?(?:план|график|расписани|календар)\p{L}*/u,
  /(?<!\p{L})по\sсогласовани\p{L}*/u,
  /(?<!\p{L})в\s(?:установленные|определенные|утвержденные)\sсроки(?!\p{L})/u,
  /(?<!\p{L})в\sсроки\s?,?\s(?:установленные|определенные|утвержденные)(?!\p{L})/u,
];
