import { continuation, startsMidPhrase } from "./continuesLine";
import { lineEvidence } from "./lineEvidence";
import { isCaption, numberOnly } from "./numberColumn";
import type { Segment } from "./segmentRows";
import { titleLike } from "./unnumberedTitles";

/**
 * A section's title printed apart from its number. pdftotext without layout gives the № column of a ruled page as a
 * flow of its own: a section row «1. | Развитие системы наставничества» (its number in the № column, its title merged
 * over the others) comes as the number alone among the rows' numbers («1.» «1.1.»), and its title as the first line
 * of the names' flow, under the names' caption, before the first item's name. Read by the numbering, the title opens
 * that item's name and the section has none.
 *
 * The title moves to its section where all of these hold: the section holds nothing but its number, the item right
 * after it opens (past the captions pdftotext repeats over the flows) with a line that reads as a heading
 * (titleLike), the line after it opens a cell of its own rather than going on with it, and a later line of the item
 * still opens a name, so the item keeps one. Where an item before the section (since the one before) has no line of
 * its own, the page's numbers came as a block and the names' flow holds the rows before the section too: the line
 * may be any heading of that page, and nothing moves.
 */
export function sectionTitlesApart(segments: readonly Segment[]): Segment[] {
  const out = [...segments];
  let bare = false;
  out.forEach((s, k) => {
    if (s.kind === "item") bare ||= s.pieces.length === 0;
    if (s.kind !== "section") return;
    const blockAbove = bare;
    bare = false;
    const next = out[k + 1];
    if (blockAbove || s.number === null || next?.kind !== "item" || !numberOnly(s)) return;
    const first = next.pieces[0] ?? [];
    let at = 0;
    while (at < first.length && isCaption(first[at].text)) at++;
    const title = first[at];
    const after = first[at + 1];
    if (!title || !after || !titleLike(title.text) || !opensCell(title.text, after.text)) return;
    if (!first.slice(at + 1).some((r) => opensName(r.text))) return;
    out[k] = { ...s, pieces: [...s.pieces, [title]], titleAt: title.index };
    out[k + 1] = { ...next, pieces: [first.filter((r) => r !== title), ...next.pieces.slice(1)].filter((p) => p.length), gaveTitle: title.text };
  });
  return out;
}

/** `next` starts a cell of its own after `prev`: a capital, and nothing in `prev` left open for it to go on. */
function opensCell(prev: string, next: string): boolean {
  return !startsMidPhrase(next) && /^[«"„\p{Lu}]/u.test(next.trim()) && continuation(prev, next) < 0;
}

/** How far a line's name clues must lead the other columns' for it to open a name («Разработка и утверждение…»). */
const NAME_LEAD = 1.5;

function opensName(text: string): boolean {
  if (!/^[«"„\p{Lu}]/u.test(text.trim()) || isCaption(text)) return false;
  const e = lineEvidence(text);
  return e.name - Math.max(e.responsible, e.deadline, e.result) >= NAME_LEAD;
}
