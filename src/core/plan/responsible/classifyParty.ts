/**
 * What one party fragment names: a person, a position, an organisation, or several of these
 * («директор МБОУ «СОШ № 1» Иванов И.И.»). The fragment has already been split from its neighbours.
 */
import { BARE_NOTE, NOTE, PLURAL_START } from "./catalogue/orgMarkers";
import { cyrillicForMatching, findPersons } from "./findPersons";
import type { Party } from "./party";
import { matchedPairs } from "./protectedSpans";
import { orgStart, positionAt, tokens } from "./recognise";
import { blank, tidy } from "./tidy";

/** Notes («(по согласованию)», «(далее – МОУО)», a bare «по согласованию» last): in the text, not in the fields. */
export function noteRanges(text: string): { start: number; end: number }[] {
  const bracketed = matchedPairs(text).filter((p) => p.open === "(" && NOTE.test(text.slice(p.start + 1, p.end - 1)));
  const bare = BARE_NOTE.exec(text);
  return bare ? [...bracketed, { start: bare.index, end: text.length }] : bracketed;
}

/** Starts of clauses: the fragment start and every point after a comma, dash, colon or bracket. */
function clauseStarts(probe: string): number[] {
  return [0, ...[...probe.matchAll(/[,;:–—()]|\s-\s/gu)].map((m) => (m.index ?? 0) + m[0].length)];
}

function clauseEnd(probe: string, from: number): number {
  const m = /[,;:–—()]|\s-\s/u.exec(probe.slice(from));
  return m ? from + (m.index ?? 0) : probe.length;
}

/**
 * The first position phrase that opens a clause. The words are found once and walked with the clause starts (both
 * ascending): a cell of thousands of brackets («ЦТриГО (» repeated) stays linear.
 */
export function findPosition(probe: string): { start: number; end: number; plural: boolean } | null {
  const words = tokens(probe);
  let w = 0;
  for (const c of clauseStarts(probe)) {
    while (w < words.length && words[w].start < c) w++;
    const first = words[w];
    if (!first) break;
    // Only spaces may lie between the clause start and its first word (scanned up to the next non-space: linear).
    let at = c;
    while (at < first.start && /\s/u.test(probe[at])) at++;
    if (at !== first.start) continue;
    const hit = positionAt(probe, first.start);
    if (hit) return { start: first.start, ...hit };
  }
  return null;
}

export function classifyParty(text: string): Party {
  const notes = noteRanges(text);
  let probe = blank(cyrillicForMatching(text), notes);
  let shown = blank(text, notes);
  const person = findPersons(probe)[0] ?? null;
  if (person) {
    probe = blank(probe, [person]);
    shown = blank(shown, [person]);
  }
  const personText = person ? tidy(text.slice(person.start, person.end)) : null;
  const pos = findPosition(probe);
  let position: string | null = null;
  let org: string | null = null;
  if (pos) {
    const orgAfter = orgStart(probe, pos.end, probe.length, pos.end);
    const end = Math.min(orgAfter ?? probe.length, clauseEnd(probe, pos.end));
    position = tidy(shown.slice(pos.start, end)) || null;
    const orgBefore = orgStart(probe, 0, pos.start, 0);
    if (orgBefore !== null) org = tidy(shown.slice(orgBefore, pos.start));
    else if (orgAfter !== null) org = tidy(shown.slice(orgAfter));
  } else {
    const at = orgStart(probe, 0, probe.length, 0);
    const rest = tidy(shown);
    if (at !== null) org = person ? tidy(shown.slice(at)) : rest;
    else if (rest) {
      // Nothing from the catalogues: a plural («Наставники», «Участники проекта») is a collective body.
      if (!person && PLURAL_START.test(rest)) org = rest;
      else position = rest;
    }
  }
  return { text: tidy(text), org: org || null, position, person: personText };
}
