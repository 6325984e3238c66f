import { matchHeader } from "./matchHeader";
import { PLAN_KEYS } from "./columnCatalogue";

/** A word a caption may open with: the number sign, or a capital («Итоговый», «Срок», «ФИО»). */
const OPENER = /^(№|\p{Lu})/u;

const namesPlanColumn = (text: string): boolean => (PLAN_KEYS as readonly string[]).includes(matchHeader(text) ?? "");

/** A piece of a header's text opens a caption: a capitalised word first, and the piece names a plan column. */
export function opensCaption(piece: string): boolean {
  return OPENER.test(piece.trim()) && namesPlanColumn(piece);
}

/**
 * A header's captions read as one text (the lines of its cells joined) cut back where each caption starts: before
 * every capitalised word whose words up to the next capitalised one name a plan column by the synonym catalogue
 * («Итоговый документ», «Форма отчётности», «Ответственные»). The catalogue is the one list of captions, so that a
 * caption the table readers know is known here too. A capitalised word that names no column («Примечание», an
 * uncatalogued column's caption) stays in the piece before it. The pieces keep the text's spacing: joined, they are
 * the text again.
 */
export function splitCaptions(text: string): string[] {
  const words = [...text.matchAll(/\S+/gu)];
  const openers = words.flatMap((w, i) => (OPENER.test(w[0]) ? [i] : []));
  const starts = openers.filter((i, j) => {
    const end = openers[j + 1] ?? words.length;
    return namesPlanColumn(words.slice(i, end).map((w) => w[0]).join(" "));
  });
  const cuts = starts.map((i) => words[i].index!).filter((at) => at > 0);
  return [0, ...cuts].map((at, j) => text.slice(at, cuts[j] ?? text.length)).filter((p) => p !== "");
}
