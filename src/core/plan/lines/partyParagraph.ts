import { parseDeadline } from "../deadline";
import { cyrillicForMatching, findPersons } from "../responsible/findPersons";
import { orgStart, positionAt } from "../responsible/recognise";
import { lineEvidence } from "./lineEvidence";
import { readsAsOutcome } from "./outcomeWords";

/**
 * A paragraph that names a party from its first word, as the executor parser reads one: a body (its word or
 * abbreviation, after the adjectives before it: «органы местного самоуправления …», «министерство строительства …»,
 * «ГАУ ДПО "ЗИРО"»), a position («заместитель начальника …») or a person («Иванова И.И.»), in lower case too, as a
 * legal system's text prints executors. It says nothing a result says (no predicate, no figure), is no deadline, and
 * opens with no action noun an item's name opens with («Организация и проведение …»). A web page's executors' cell
 * lists its parties so, one a paragraph.
 */
export function namesPartyFirst(text: string): boolean {
  const t = text.trim();
  if (t === "" || readsAsOutcome([t]) || parseDeadline(t).kind !== "unparsed" || lineEvidence(t).name > 0) return false;
  const probe = cyrillicForMatching(t);
  return orgStart(probe, 0, probe.length, 0) === 0 || positionAt(probe, 0) !== null || findPersons(t)[0]?.start === 0;
}
