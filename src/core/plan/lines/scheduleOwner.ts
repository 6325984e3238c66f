import { isCalendarWord } from "../deadline/deadlineWord";
import { restStrength } from "../../text/restOfWord";
import { opensWithFunding } from "./fundingWords";
import { lineEvidence } from "./lineEvidence";
import { BODY_ABBREVIATION, GENITIVE, LEGAL_FORM, NOT_OWNER, OWNER_HEAD, SCHEDULE_ADJECTIVE, SCHEDULE_NOUN } from "./scheduleWords";

/**
 * Whose schedule a deadline follows, read line by line down a deadline's cell (scheduleWords): a deadline that ends on
 * a schedule's noun («по графику», «по плану работы») names its owner next, and a narrow cell gives that name lines of
 * its own («ИРО»; «ГАУ ДПО» / «"Институт» / «развития» / «образования»»; «проведения» / «ярмарок»). Those lines are
 * the deadline's, however much they read as an executor's (a body's abbreviation) or as no deadline's words: text
 * without cells that gives them after «по графику» gives them in the deadline's place. The owner is one name: a
 * body's abbreviation, its legal form with its name in quotes, or a phrase in the genitive, and what follows it is
 * the next cell («по графику» / «ИРО» / «МКУ «Методический центр»»: the executors are the МКУ). A source of funding
 * is no owner (fundingWords), whatever its case.
 */

/** Where a deadline's cell stands after a line: a number, so that a row's scorer keeps it per column in a typed array. */
export const Owner = {
  /** No owner awaited: the cell does not end on a schedule's noun, or its owner was read whole. */
  None: 0,
  /** A schedule's noun ended the cell: its owner may follow. */
  Awaited: 1,
  /** The owner's genitive words so far: more of them, or a body's name, may follow («по плану работы» / «МКУ «ИМЦ»»). */
  Genitive: 2,
  /** A body's legal form: its name follows («ГАУ ДПО» / «Институт …»»). */
  Form: 3,
  /** Inside the owner's name in quotes, one level deep; Quoted + 1 two levels (ГАУ ДПО «Институт «…»»). */
  Quoted: 4,
  /** No owner awaited, and the cell ends on an adjective that may say which schedule its noun is («по отдельному» / «графику»). */
  Qualified: 6,
} as const;
export type Owner = number;
/** How many states a cell can stand in. */
export const OWNER_STATES = 7;

/** What a line is, read from the state the cell stood in before it. */
export interface OwnerStep {
  /** The whole line is the owner's name (or a part of it). */
  readonly owns: boolean;
  readonly next: Owner;
}

const EDGE = /^[(,;:.]+|[),;:.]+$/gu;
const OPENING = /[«"„“]/u;

/** Guillemets and straight quotes a word opens less those it closes. */
function quotesOf(word: string): number {
  let d = 0;
  for (const ch of word) {
    if (ch === "«" || ch === "„") d++;
    else if (ch === "»" || ch === "“") d--;
  }
  // A straight quote opens a word it starts and closes one it ends («ГАУ ДПО "ЗИРО"»).
  if (word.startsWith('"')) d++;
  if (word.length > 1 && word.endsWith('"')) d--;
  else if (word === '"') d -= 2;
  return d;
}

/** A word of the owner's name in quotes, with `depth` quotes open after it: the name ends where none is. */
function quoted(depth: number): { owned: boolean; next: Owner; done: boolean } {
  return depth <= 0 ? { owned: true, next: Owner.None, done: true } : { owned: true, next: Math.min(Owner.Quoted + 1, Owner.Quoted + depth - 1), done: false };
}

/**
 * The state after one word read in `state` (`first`: the line's first word); whether the word was the owner's, and
 * whether it ended the owner's name.
 */
function wordStep(state: Owner, word: string, first: boolean): { owned: boolean; next: Owner; done: boolean } {
  const core = word.replace(EDGE, "").replace(/[«»"„“]/gu, "");
  if (state === Owner.None || state === Owner.Qualified) {
    const next = SCHEDULE_NOUN.test(core) ? (state === Owner.Qualified ? Owner.None : Owner.Awaited) : SCHEDULE_ADJECTIVE.test(core) ? Owner.Qualified : Owner.None;
    return { owned: false, next, done: false };
  }
  if (state >= Owner.Quoted) return quoted(state - Owner.Quoted + 1 + quotesOf(word));
  if (OPENING.test(word)) return quoted(quotesOf(word));
  if (LEGAL_FORM.test(core)) return { owned: true, next: Owner.Form, done: false };
  if (BODY_ABBREVIATION.test(core)) return { owned: true, next: Owner.None, done: true };
  if (state === Owner.Form || NOT_OWNER.test(core) || isCalendarWord(core) || !GENITIVE.test(core)) return { owned: false, next: Owner.None, done: false };
  // A line of the owner in lower case opens with a word that names one; on that line the phrase goes on in the
  // genitive («проведения ярмарок», «учебного процесса вуза»). A genitive plural's «комиссии» after «по плану
  // заседаний» is as likely the next cell's («Протокол заседания» / «комиссии»).
  if (first && !OWNER_HEAD.test(core)) return { owned: false, next: Owner.None, done: false };
  return { owned: true, next: Owner.Genitive, done: false };
}

/**
 * What line `text` is in each state a deadline's cell may stand in before it (indexed by the state): whether it is
 * the owner's, and the state after it.
 */
export function ownerSteps(text: string): readonly OwnerStep[] {
  const t = text.trim();
  const words = t.split(/\s+/u).filter(Boolean);
  // A source of funding, and a line that reads as an executor's or a result's in lower case («методисты ИМЦ»,
  // «информация о вакансиях»), owns nothing: the cell reads on as from no schedule.
  const lower = /^\p{Ll}/u.test(t);
  const barred = opensWithFunding(t) || (lower && (() => {
    const e = lineEvidence(t);
    return e.responsible > 0 || e.result > 0;
  })());
  return Array.from({ length: OWNER_STATES }, (_, state) => {
    if (words.length === 0) return { owns: false, next: state };
    let s: Owner = barred ? Owner.None : state;
    let owns = s !== Owner.None && s !== Owner.Qualified;
    let done = false;
    words.forEach((w, k) => {
      // The rest of a word broken at the cell's edge goes on the genitive it broke («методическог» / «о кабинета»).
      if (k === 0 && s === Owner.Genitive && restStrength(t) !== null) return;
      if (done) owns = false;
      const step = wordStep(s, w, k === 0);
      if (s !== Owner.None && s !== Owner.Qualified && !step.owned) owns = false;
      if (step.done) done = true;
      s = step.next;
    });
    return { owns, next: s };
  });
}

/** The state of a deadline's cell after its line `text`, from the state before it; whether the line is the owner's. */
export function ownerStep(state: Owner, text: string): OwnerStep {
  return ownerSteps(text)[state];
}

/** Whether a line is an owner's in some state a cell may stand in before it: what bounds a reading's give-back. */
export function mayOwn(steps: readonly OwnerStep[]): boolean {
  return steps.some((s) => s.owns);
}

/** The state a cell stands in after its lines. */
export function ownerAfter(lines: readonly string[], from: Owner = Owner.None): Owner {
  return lines.reduce((s, t) => ownerStep(s, t).next, from);
}
