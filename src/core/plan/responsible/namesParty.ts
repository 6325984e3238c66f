/**
 * Whether an executor's text names someone the catalogues know: a person's name with initials, a position that opens
 * one of its clauses, an organisation (a catalogued word, a Cyrillic abbreviation, a Cyrillic name in quotes), or a
 * collective body in the plural. classifyParty keeps any text as a party at last (a position of its own words), so
 * that no executor's words are lost; that fallback says how to keep the words, not that they name an executor, and
 * whether a document holds a plan at all is asked of what the catalogues recognise only. An abbreviation counts where
 * its letters are Cyrillic once Latin look-alikes are folded (МБОУ typed with a Latin М is МБОУ): «RGU», «PI», «HSE»
 * of an English document name no Russian body.
 */
import { PLURAL_START } from "./catalogue/orgMarkers";
import { findPosition } from "./classifyParty";
import { cyrillicForMatching, findPersons } from "./findPersons";
import { isOrgWord, tokens } from "./recognise";

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\d-]+$/u;
const QUOTED_CYRILLIC = /[«"„][^»"“]*\p{Script=Cyrillic}{2}/u;

export function namesParty(text: string): boolean {
  const probe = cyrillicForMatching(text);
  if (findPersons(text).length > 0 || findPosition(probe) !== null) return true;
  if (tokens(probe).some((t) => /\p{L}/u.test(t.word) && CYRILLIC_WORD.test(t.word) && isOrgWord(t, probe))) return true;
  return QUOTED_CYRILLIC.test(text) || PLURAL_START.test(text.trim());
}
