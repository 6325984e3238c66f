import { endsOpen, startsMidPhrase } from "./continuesLine";
import { type Line, type LineRef, partedBefore, type Segment } from "./segmentRows";

/**
 * A number inside its name's flow. pdftotext without layout gives a ruled table's cells as flows parted by blank
 * lines, and a number centred vertically beside a name of several lines (Calc's and Excel's rows, Word's «по центру»)
 * is set on the baseline of the name's middle line: pdftotext puts it in the name's flow there, alone or before that
 * line's words («Создание рабочей группы по вопросам кадрового» / «1.2 обеспечения общеобразовательных…»). Cut at
 * the numbers, the flow's lines above the number would end the row above (its result, or the section's title): they
 * are the row's own first lines, back to the blank line that opens the flow or to the section's heading line.
 */

/** At most this many lines of a name stand above its number (as centredRows' MAX_HEAD). */
const MAX_HEAD = 8;
/** Rows whose number stands inside a flow, out of the items, that make a text read as centred so. */
const SHARE = 0.25;

/** The row above's last lines that open the flow holding item `j`'s number, or null where the number opens its own. */
function headOf(lines: readonly Line[], segments: readonly Segment[], j: number): readonly LineRef[] | null {
  const s = segments[j];
  const above = segments[j - 1];
  if (s.kind !== "item" || !above || above.pieces.length === 0 || partedBefore(lines, s.at)) return null;
  // A row that already starts above its number (centredRows) or was given its name by order keeps its lines.
  if (s.head !== undefined || s.nameLines?.length || s.nameByOrder || (s.pieces[0]?.[0]?.index ?? s.at) < s.at) return null;
  const last = above.pieces[above.pieces.length - 1];
  const head: LineRef[] = [];
  for (let n = 1; n <= Math.min(MAX_HEAD, last.length); n++) {
    const ref = last[last.length - n];
    if (ref.index !== s.at - n) return null;
    // The section's heading line is a merged row of its own: the flow after it is the row's.
    if (above.kind === "section" && ref.index === above.at) return opensName(head) && goesOn(s, head) ? head : null;
    head.unshift(ref);
    if (partedBefore(lines, ref.index)) return opensName(head) && goesOn(s, head) && head.length < lineCount(above) ? head : null;
  }
  return null;
}

/**
 * The name goes on across the number: the head's last line stops mid-phrase, or the text after the number (on its
 * line, or the next) is the rest of a sentence. A row whose name opens after its number (a capital there) is read
 * from its top, and the flow above is the row above's.
 */
function goesOn(s: Segment, head: readonly LineRef[]): boolean {
  const after = s.pieces[0]?.find((r) => r.index >= s.at)?.text.trim() ?? "";
  return endsOpen(head[head.length - 1].text) || (after !== "" && startsMidPhrase(after));
}

function lineCount(s: Segment): number {
  return s.pieces.reduce((n, p) => n + p.length, 0);
}

/** A name's first line opens with a capital or a quote: a line in lower case goes on a cell above. */
function opensName(head: readonly LineRef[]): boolean {
  return head.length > 0 && /^[«"„\p{Lu}]/u.test(head[0].text.trim());
}

/**
 * The segments with each item's flow head moved from the row above into its own first piece (its `head` the count of
 * lines above the number), or null where too few rows show a number inside a flow for the text to be read so.
 */
export function flowHeads(lines: readonly Line[], segments: readonly Segment[]): Segment[] | null {
  const heads = segments.map((_, j) => (j > 0 ? headOf(lines, segments, j) : null));
  const items = segments.filter((s) => s.kind === "item").length;
  const found = heads.filter((h) => h !== null).length;
  if (found < 2 || found < items * SHARE) return null;
  const out = [...segments];
  heads.forEach((head, j) => {
    if (!head) return;
    const taken = new Set(head.map((r) => r.index));
    const above = out[j - 1];
    out[j - 1] = { ...above, pieces: above.pieces.map((p) => p.filter((r) => !taken.has(r.index))).filter((p) => p.length) };
    const s = out[j];
    out[j] = { ...s, pieces: [[...head, ...(s.pieces[0] ?? [])], ...s.pieces.slice(1)], head: head.length };
  });
  return out;
}
