/**
 * Cuts a responsible cell into party fragments at ";", ",", line breaks and the conjunction «и», outside quotes and
 * brackets, then glues back what a separator wrongly cut off: numbers of a list («МКДОУ № 4, 212»), participial
 * continuations («Органы …, осуществляющие управление …»), a name broken over lines, and a singular position
 * that belongs to the person before it («Бутенко О.Г., учитель физики»).
 */
import { CONTINUATION, GENITIVE_START, NOTE } from "./catalogue/orgMarkers";
import { cyrillicForMatching, findPersons } from "./findPersons";
import { protectedMask } from "./protectedSpans";
import { orgStart, positionAt } from "./recognise";

/** How a fragment is joined to the previous one: the first has "start"; «;» is a hard break. */
export type Joint = "start" | "hard" | "comma" | "line" | "and";

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly joint: Joint;
}

interface Cut {
  readonly at: number;
  readonly length: number;
  readonly joint: Joint;
}

/** The conjunction «и» between spaces, tried at one position (sticky). */
const AND = /\s+и\s+/uy;

/**
 * The characters a cut can start at: a separator, or the start of a run of spaces (where «и» is tried; from inside the
 * run it finds the same word again). The scan jumps from one to the next instead of testing every letter.
 */
const CUT_AT = /[;\n,]|(?<!\s)\s/gu;

function cuts(text: string, probe: string): Cut[] {
  const mask = protectedMask(text);
  const out: Cut[] = [];
  // exec over the shared pattern (matchAll copies it): startsParty scans with patterns of its own, never this one.
  CUT_AT.lastIndex = 0;
  for (let m = CUT_AT.exec(text); m !== null; m = CUT_AT.exec(text)) {
    const i = m.index;
    if (mask[i]) continue;
    const ch = m[0];
    if (ch === ";") out.push({ at: i, length: 1, joint: "hard" });
    else if (ch === "\n") out.push({ at: i, length: 1, joint: "line" });
    else if (ch === "," && !(/\d/u.test(text[i - 1] ?? "") && /\d/u.test(text[i + 1] ?? ""))) out.push({ at: i, length: 1, joint: "comma" });
    else {
      AND.lastIndex = i;
      const and = AND.exec(text);
      if (and && startsParty(probe, i + and[0].length)) out.push({ at: i, length: and[0].length, joint: "and" });
    }
  }
  return out;
}

/** After «и», a new party starts only with a name, a position, an organisation, a quote or a capital letter. */
function startsParty(probe: string, at: number): boolean {
  const rest = probe.slice(at);
  if (/^[\p{Lu}«"„]/u.test(rest)) return true;
  if (positionAt(probe, at)) return true;
  return orgStart(probe, at, Math.min(probe.length, at + 40), at) === at;
}

const STRENGTH: Readonly<Record<Joint, number>> = { start: 4, hard: 3, comma: 2, and: 1, line: 0 };

/** Raw fragments between cuts; a run of separators («,\n») counts as its strongest one. */
function rawSegments(text: string, probe: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let pending: Joint | null = null;
  for (const c of [...cuts(text, probe), { at: text.length, length: 0, joint: "line" as Joint }]) {
    const piece = text.slice(from, c.at);
    if (/\S/u.test(piece)) {
      const lead = piece.length - piece.trimStart().length;
      out.push({ start: from + lead, end: from + piece.trimEnd().length, joint: out.length === 0 ? "start" : (pending ?? "line") });
      pending = null;
    }
    if (pending === null || STRENGTH[c.joint] > STRENGTH[pending]) pending = c.joint;
    from = c.at + c.length;
  }
  return out;
}

const GENITIVE_A = /^[\p{Lu}][а-яё]+[ая](?![а-яё])/u;
const NUMBERS_ONLY = /^[№\d\s.,\-–—]+$/u;

/** Whether `seg` continues the previous fragment rather than naming a new party. */
function continues(text: string, probe: string, prev: Segment, seg: Segment): boolean {
  if (seg.joint === "start" || seg.joint === "hard") return false;
  const s = probe.slice(seg.start, seg.end);
  if (NUMBERS_ONLY.test(s)) return true;
  if (seg.joint !== "and" && CONTINUATION.test(s)) return true;
  // A note in brackets on a line of its own («ИРО» / «(по согласованию)») qualifies the party above it.
  if (s.startsWith("(") && s.endsWith(")") && NOTE.test(s.slice(1, -1))) return true;
  const startsWithPerson = findPersons(s)[0]?.start === 0;
  if (seg.joint === "line" && !/[.,;:]$/u.test(text.slice(prev.start, prev.end)) && !startsWithPerson) {
    if (/^[а-яё]/u.test(s) && !positionAt(probe, seg.start)) return true;
    if (GENITIVE_START.test(s)) return true;
    // «Омска»: a genitive in -а/-я, unless it is an organisation or a position in the nominative (Школа, Гимназия).
    if (GENITIVE_A.test(s) && orgStart(probe, seg.start, seg.end, seg.start) !== seg.start && !positionAt(probe, seg.start)) return true;
  }
  // «Бутенко О.Г., учитель физики МБОУ «СОШ № 7»»: a singular position after a bare name is that person's.
  const pos = positionAt(probe, seg.start);
  return !!pos && !pos.plural && seg.joint !== "and" && !startsWithPerson && isBarePerson(probe, prev);
}

/**
 * The fragment ends with a name that has no position yet: «Ланкина Н.Н.», or «…МБДОУ «Детский сад № 10» Петухова А.С.»
 * where a list without commas goes on. Not «директор МБОУ Иванов И.И.», whose position comes first.
 */
function isBarePerson(probe: string, seg: Segment): boolean {
  const s = probe.slice(seg.start, seg.end);
  const people = findPersons(s);
  const last = people[people.length - 1];
  if (!last || s.slice(last.end).trim() !== "") return false;
  const before = s.slice(0, last.start).trim();
  return before === "" || (people.length > 1 && positionAt(s, s.search(/\S/u)) === null);
}

export function segmentCell(text: string): Segment[] {
  const probe = cyrillicForMatching(text);
  const out: Segment[] = [];
  for (const seg of rawSegments(text, probe)) {
    const prev = out[out.length - 1];
    if (prev && continues(text, probe, prev, seg)) out[out.length - 1] = { ...prev, end: seg.end };
    else out.push(seg);
  }
  return out;
}
