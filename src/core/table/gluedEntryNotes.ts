import type { ColumnKey } from "../plan/columns/columnCatalogue";
import { POSITION_PHRASES } from "../plan/responsible/catalogue/positions";
import type { LineCut, MergedLine } from "./cutMergedLine";

/**
 * An executors' cell parts its entries by a comma, a semicolon or a line break: within one line of the cell an entry
 * that is complete (a person with initials, an abbreviation, a position) runs on into the next only after such a
 * separator. Where the cut left a capitalised word after a complete entry with no separator («ИРО Утверждённый»,
 * «Новикова Н.П. Сформирован»), or a lower-case word after a person's full name («Кузнецова И.Г. менее»), the words
 * after it most likely open the next column's cell on that line (a result, «Утверждённый план-график», or a
 * deadline), taken into the executors' by the wording of its own cells: the row is a guess.
 */

const INITIALS = /^\p{Lu}\.\s?(\p{Lu}\.)?$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u;
const ABBREVIATION = /^\p{Lu}{2,}\p{Ll}?\p{Lu}*$/u;
/**
 * A position named by one word («методист», «директора», «педагог-психолог», «руководители»): the responsible
 * catalogue's one-stem entries, a stem with up to three more letters as the catalogue matches them.
 */
const POSITION = new RegExp(`^(?:\\p{Ll}+-)?(?:${POSITION_PHRASES.filter((p) => p.length === 1).map((p) => p[0]).join("|")})\\p{Ll}{0,3}$`, "u");
/** A capitalised word of ordinary text (not an abbreviation, not an initial). */
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}/u;
const LOWER = /^\p{Ll}/u;

/** Word `j` ends a person's name: «Новикова Н.П.» (initials after a surname) or «Н.П. Новикова». */
function endsPerson(words: readonly string[], j: number): boolean {
  return (INITIALS.test(words[j]) && j > 0 && SURNAME.test(words[j - 1])) || (SURNAME.test(words[j]) && j > 0 && INITIALS.test(words[j - 1]));
}

/** The word after which the fragment's words `from`..`to` run on into another entry without a separator, or -1. */
export function gluedEntryAt(words: readonly string[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const prev = words[j - 1];
    const w = words[j];
    const person = endsPerson(words, j - 1);
    const closed = person || ABBREVIATION.test(prev) || POSITION.test(prev);
    // A surname opening «Иванова А.А.» or «Иванова, методист» after an entry is a person of its own: the line break
    // between the two entries is what the split lost.
    const opensPerson = SURNAME.test(w.replace(/[,;]$/, "")) && (INITIALS.test(words[j + 1] ?? "") || /[,;]$/.test(w));
    const firstOfName = INITIALS.test(prev) && !person;
    if (!closed || firstOfName || opensPerson) continue;
    if (CAPITALISED.test(w) || (person && LOWER.test(w))) return j;
  }
  return -1;
}

/** For each line (by index), the notes of executors' fragments that run on into another entry with no separator. */
export function gluedEntryNotes(lines: readonly MergedLine[], cuts: readonly (LineCut | null)[], keys: readonly (ColumnKey | null)[], titles: readonly string[]): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  cuts.forEach((cut, i) => {
    for (const f of cut?.fragments ?? []) {
      if (keys[f.column] !== "responsible") continue;
      const j = gluedEntryAt(lines[i].words, f.from, f.to);
      if (j < 0) continue;
      const tail = lines[i].words.slice(j, f.to).join(" ");
      notes.set(i, [...(notes.get(i) ?? []), `«${tail}» отнесено к столбцу «${titles[f.column]}», хотя идёт без разделителя за «${lines[i].words[j - 1]}»: возможно, это начало соседнего столбца`]);
    }
  });
  return notes;
}
