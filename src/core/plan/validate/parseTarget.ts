import { oneLine } from "../../text/normalize";

export type TargetUnit = "%" | "чел." | "ед.";

export interface Target {
  /** What is measured, in the plan's words. */
  readonly indicator: string;
  readonly value: number;
  readonly unit: TargetUnit;
  /** Where the target applies: «в каждом образовательном учреждении», or null for the whole plan. */
  readonly scope: string | null;
}

/** «до», «не менее» … before a value: without one, a bare count is a fact («приняли участие 36»), not a target. */
const COMPARATOR = "(?:до|не\\s+менее|не\\s+ниже|не\\s+более|не\\s+меньше|не\\s+свыше|более|свыше|менее|≥|>=)";
const NUMBER = "(\\d{1,3}(?:[  ]\\d{3})+|\\d+(?:[.,]\\d+)?)";
const SHARE = new RegExp(`(?:${COMPARATOR}\\s+)?${NUMBER}\\s*(?:%|процент(?:а|ов)?)`, "iu");
const COUNT = new RegExp(`${COMPARATOR}\\s+${NUMBER}\\s+(?!(?:год|года|году|годы|гг?\\.)(?:\\s|$))`, "iu");
/** «в каждом образовательном учреждении», «по каждой школе», «от каждой организации». */
const SCOPE = /^[\s,]*((?:в|во|по|от|для|на)\s+кажд\p{L}*(?:\s+[\p{L}-]+){0,3})/iu;
/** Counted things that are people: the unit is «чел.»; everything else counted is «ед.». */
const PERSON = /^(человек|чел\.?$|педагог|учител|работник|специалист|обучающ|школьник|студент|воспитател|руководител|участник|выпускник|наставник|резервист|слушател|ребен|дет[еи]|эксперт|методист|преподавател|сотрудник|кандидат|заместител|директор)/iu;
/** Words that introduce an indicator rather than name it. */
const LEAD = /^(достижение|динамика достижения|обеспечение|увеличение|повышение)?\s*(показател[ьяей]+)?\s*/iu;
const TAIL = /[\s,:;–-]*(на уровне|составит|составляет|не менее|до|более|свыше)?[\s,:;–-]*$/iu;

/**
 * The first target a result states: a share («до 60% в каждом учреждении», «10 % педагогов») or a count with a
 * comparator («не менее 50 работников»). Years («до 2024 года») are not counts. Null when there is none.
 */
export function parseTarget(result: string): Target | null {
  const text = oneLine(result);
  const share = SHARE.exec(text);
  const count = share ? null : COUNT.exec(text);
  const m = share ?? count;
  if (!m) return null;
  const value = Number(m[1].replace(/[  ]/g, "").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const after = text.slice(m.index + m[0].length);
  const scope = SCOPE.exec(after);
  const rest = scope ? after.slice(scope[0].length) : after;
  const unit: TargetUnit = share ? "%" : countsPeople(rest) ? "чел." : "ед.";
  return { indicator: indicatorOf(text.slice(0, m.index), rest), value, unit, scope: scope ? scope[1].trim() : null };
}

/** The counted noun is among the first words after the value: «50 педагогических и управленческих работников». */
function countsPeople(after: string): boolean {
  return after.trim().split(/\s+/).slice(0, 4).some((w) => PERSON.test(w));
}

function indicatorOf(before: string, after: string): string {
  const lead = before.replace(LEAD, "").replace(TAIL, "").trim();
  if (lead.split(/\s+/).filter(Boolean).length >= 2) return lead;
  const clause = firstClause(after);
  return [lead, clause].filter(Boolean).join(" ").trim();
}

/** The text up to the end of its first sentence: «.», «;», or a new sentence glued on («… В 2023/2024 году …»). */
function firstClause(s: string): string {
  const cut = /[.;]\s|[.;]$|\s[А-ЯЁ]\s+\d{4}/u.exec(s);
  return (cut ? s.slice(0, cut.index) : s).replace(/^[\s,:–-]+/u, "").trim();
}
