/**
 * Parties of a responsible cell (DESIGN §3 «Responsible executors»). The cell is cut into fragments
 * (segmentCell), fragments naming several people without commas are cut between the names
 * («Ланкина Н.Н. Шилова Ю.А.»), brackets that list people are opened («МБОУ «СОШ № 8» (Пастухова М.А.,
 * Тимошенко В.А.)»), and an organisation in brackets after a list of names is given to every name in the list
 * («Наумова Т.А., Семахина Е.А., Ижетникова В.В. (МБОУ «Зиминский лицей»)»).
 */
import { cleanText } from "../../text/normalize";
import { classifyParty, noteRanges } from "./classifyParty";
import { cyrillicForMatching, findPersons } from "./findPersons";
import type { Party } from "./party";
import { matchedPairs, protectedMask } from "./protectedSpans";
import { type Joint, segmentCell } from "./segmentCell";
import { positionAt } from "./recognise";
import { tidy } from "./tidy";

interface Shared {
  readonly org: string | null;
  readonly position: string | null;
}

interface Draft {
  party: Party;
  /** How this party is joined to the one before it: "space" for names cut apart inside one fragment. */
  joint: Joint | "space";
  /**
   * What the bare names before this one share: an organisation in brackets after the name («… Добросельская Л.В.
   * (МБОУ «СОШ № 1»)»), or a plural position after a dash («… Мухамедзянова Е.А. – учителя-логопеды МБОУ …»).
   */
  shared: Shared | null;
}

export function parseResponsible(text: string): Party[] {
  const clean = cleanText(text);
  if (!clean) return [];
  const drafts: Draft[] = [];
  for (const seg of segmentCell(clean)) {
    splitNames(clean.slice(seg.start, seg.end)).forEach((fragment, i) => {
      expand(fragment).forEach((d, k) => drafts.push({ ...d, joint: i === 0 && k === 0 ? seg.joint : "space" }));
    });
  }
  shareOrganisations(drafts);
  // A stray bracket or dash between separators names nobody.
  return drafts.map((d) => d.party).filter((p) => /[\p{L}\p{N}]/u.test(p.text));
}

/** «Градович Ж.Ф. Караулова Н.П.»: one fragment per name when names follow each other without commas. */
function splitNames(fragment: string): string[] {
  const mask = protectedMask(fragment);
  const people = findPersons(fragment).filter((p) => !mask[p.start]);
  if (people.length < 2) return [fragment];
  const positionFirst = fragment.slice(0, people[0].start).trim() !== "";
  const cutsAt = people.slice(1).map((p, i) => {
    const gap = fragment.slice(people[i].end, p.start);
    // In «директор Иванов И.И. методист Петров П.П.» the words between two names belong to the second.
    return gap.trim() !== "" && positionFirst ? people[i].end : p.start;
  });
  return [0, ...cutsAt].map((at, i) => fragment.slice(at, cutsAt[i] ?? fragment.length)).filter((s) => s.trim() !== "");
}

/** Brackets that name people or an organisation. */
function expand(fragment: string): Omit<Draft, "joint">[] {
  const notes = new Set(noteRanges(fragment).map((r) => r.start));
  const mask = protectedMask(fragment);
  const brackets = matchedPairs(fragment).filter((p) => p.open === "(" && !notes.has(p.start) && (p.start === 0 || !mask[p.start - 1] || fragment[p.start - 1] === " "));
  const outer = (p: { start: number; end: number }) => tidy(fragment.slice(0, p.start) + " " + fragment.slice(p.end));
  const listing = brackets.find((p) => findPersons(cyrillicForMatching(fragment.slice(p.start + 1, p.end - 1))).length > 0);
  if (listing) {
    const around = outer(listing);
    const host = around ? classifyParty(around) : null;
    // The words around the list describe every name in it; when no position is recognised they all name the body.
    const hostOrg = host && !host.person ? (host.position ? host.org : around) : null;
    const inner = parseResponsible(fragment.slice(listing.start + 1, listing.end - 1)).map((party) => ({
      party: { ...party, org: party.org ?? hostOrg, position: party.position ?? (host && !host.person ? host.position : null) },
      shared: null,
    }));
    // Words around the list that no name took (its own position, say) stay as a party of their own: nothing is lost.
    const taken = (value: string | null, field: "org" | "position") => value === null || inner.some((d) => d.party[field] === value);
    const absorbed = host !== null && !host.person && taken(hostOrg, "org") && taken(host.position, "position");
    return host && !absorbed ? [{ party: host, shared: null }, ...inner] : inner;
  }
  const naming = brackets[brackets.length - 1];
  if (naming) {
    const insideText = fragment.slice(naming.start + 1, naming.end - 1);
    const inside = classifyParty(insideText);
    const host = classifyParty(outer(naming));
    if (host.person && !host.org && inside.org && !inside.person && !(inside.position && host.position)) {
      // A note inside the brackets («(МБОУ «СОШ № 1» (по согласованию))») stays in the party's text, as one outside them.
      const notes = noteRanges(insideText).map((r) => insideText.slice(r.start, r.end));
      const text = notes.length ? tidy([host.text, ...notes].join(" ")) : host.text;
      return [{ party: { ...host, text, org: inside.org, position: host.position ?? inside.position }, shared: { org: inside.org, position: null } }];
    }
  }
  const party = classifyParty(fragment);
  return [{ party, shared: dashShared(fragment, party) }];
}

/** «Фамилия И.О. – учителя-логопеды МБОУ …»: a plural position after a dash speaks for the names before it too. */
function dashShared(fragment: string, party: Party): Shared | null {
  if (!party.person || !party.position) return null;
  const probe = cyrillicForMatching(fragment);
  const [person] = findPersons(probe);
  const dash = person ? /^\s*[–—-]\s*/u.exec(probe.slice(person.end)) : null;
  if (!person || !dash) return null;
  const position = positionAt(probe, person.end + dash[0].length);
  return position?.plural ? { org: party.org, position: party.position } : null;
}

/** Names listed before «… (МБОУ «СОШ № 1»)» without their own organisation or position get it too. */
function shareOrganisations(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i > 0; i--) {
    const shared = drafts[i].shared;
    if (!shared) continue;
    for (let k = i - 1; k >= 0 && drafts[k + 1].joint !== "hard" && isBare(drafts[k].party); k--) {
      drafts[k].party = { ...drafts[k].party, org: shared.org, position: shared.position };
    }
  }
}

function isBare(p: Party): boolean {
  return !!p.person && !p.org && !p.position;
}
