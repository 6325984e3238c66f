import type { TextColumn } from "./lineEvidence";
import { blockColumns, rowOpenings } from "./rowsBlock";
import { type LineRef, numberOf, type Segment } from "./segmentRows";

/**
 * A page's numbers printed above the section's title that heads their rows. Writer centres a section's title in a
 * row merged over the table, right of the № column: the title shares no column with the numbers, and pdftotext
 * without layout gives the page's № column as a flow of its own before the title («1.1.» … «1.4.», then
 * «Направление 1. …», then the rows' text). The title's own number says whose rows stand under it: the items it is
 * the parent of (1.1 … under «Направление 1.», «Раздел 2.» over 2.1).
 */

/** The number a section's title carries on its own line («Направление 1. …», «Раздел 2. …», «3. Кадры»), or null. */
function titleNumber(s: Segment | undefined): string | null {
  if (s?.kind !== "section") return null;
  const first = s.pieces[0]?.[0]?.text ?? "";
  const n = numberOf(first);
  // A number alone on its line is the № column's (sectionTitlesApart): it was printed with the other numbers.
  if (n === null || n.rest === null || !/^\d/.test(n.number)) return null;
  return n.number.replace(/[.)]$/, "");
}

/**
 * The section's title heads every row of the run: a page's numbers printed above it, each one of the title's own
 * («1.1.» … «1.3.» over «Раздел 1.»).
 */
export function titleHeads(section: Segment | undefined, run: readonly Segment[]): boolean {
  const n = titleNumber(section);
  return n !== null && run.length > 0 && run.every((s) => underSection(s, n));
}

/** The item's number is one of the section's («1.4.» under «1»). */
function underSection(item: Segment, section: string): boolean {
  return item.kind === "item" && item.number !== null && item.number.replace(/[.)]$/, "").startsWith(`${section}.`);
}

/**
 * The rows with the titles that had their items' numbers printed above them put back over them. A run of numbers
 * with no text (but for the last, which holds the lines printed before the first title) stands before one title or
 * several: each number goes under the title that is its section's, in order; those under none («2.5.» over
 * «Направление 3.») are the rows of the section before, whose cells follow the № flow: the lines before the first
 * title go to the last of them, where a run of numbers is read with its block (spreadNumberColumn). Where none stands
 * there, those lines (the captions of columns printed after the numbers) stay with the first title's last item. Each
 * title is put right after its items: a single item takes the lines under the title from the first that opens a row
 * on; a run of them is left to spreadNumberColumn, which reads it as any run of numbers (reading the lines under the
 * title as the run's whole rows gave a caption printed after the last number twice: taken out, issue 13).
 */
export function numbersOverTitles(segments: readonly Segment[], columns: readonly TextColumn[] | null): Segment[] {
  const out: Segment[] = [];
  for (let j = 0; j < segments.length; ) {
    const moved = titlesAfterNumbers(segments, j, columns);
    if (!moved) {
      out.push(segments[j++]);
      continue;
    }
    out.push(...moved.segments);
    j = moved.end;
  }
  return out;
}

/**
 * The run of numbers from `p` and the titles after it, put in their order; null where no run of bare numbers stands
 * before titles that head some of them, in order.
 */
function titlesAfterNumbers(segments: readonly Segment[], p: number, header: readonly TextColumn[] | null): { segments: Segment[]; end: number } | null {
  const numbered = (s: Segment | undefined) => s?.kind === "item" && s.number !== null;
  // The run's last number holds the lines before the first title (or none).
  let q = p;
  while (numbered(segments[q]) && segments[q].pieces.length === 0 && numbered(segments[q + 1])) q++;
  // A number with text of its own before a title is a row as printed, not the № flow's: the flow gives a number bare.
  if (!numbered(segments[q]) || titleNumber(segments[q + 1]) === null || (q === p && segments[q].pieces.length > 0)) return null;
  let end = q + 1;
  while (titleNumber(segments[end]) !== null) end++;
  const titles = segments.slice(q + 1, end).map((s) => titleNumber(s)!);
  const run = segments.slice(p, q + 1);
  // Each number's title, in order: -1 for the section before them.
  const of = run.map((s) => titles.findIndex((n) => underSection(s, n)));
  if (of.every((t) => t < 0) || of.some((t, k) => k > 0 && t < of[k - 1])) return null;
  const before = run.filter((_, k) => of[k] < 0);
  const held = run[run.length - 1].pieces;
  // The header's captions but the №'s printed after the page's № flow (captionsAfterNumbers): they name the columns.
  const columns = header ?? captionsAfterNumbers(held);
  if (!columns) return null;
  const items = run.map((s, k) => (k === run.length - 1 ? { ...s, pieces: [] } : s));
  const out: Segment[] = [...before.map((s, k) => (k === before.length - 1 ? { ...s, pieces: held } : s))];
  titles.forEach((_, t) => {
    const own = items.filter((_, k) => of[k] === t);
    const title = segments[q + 1 + t];
    // The lines before the first title stay with its items where no row of the section before takes them.
    if (!before.length && t === of.find((x) => x >= 0) && own.length) own[own.length - 1] = { ...own[own.length - 1], pieces: held };
    const row = own.length === 1 ? underTitleRow(title, columns) : null;
    if (row) out.push(row.section, { ...own[0], pieces: [row.row, ...own[0].pieces] });
    else out.push(...own, title);
  });
  return { segments: out, end };
}

/** The section's title lines and the row under it: the lines from the first after the title that opens a row on. */
function underTitleRow(section: Segment, columns: readonly TextColumn[]): { section: Segment; row: LineRef[] } | null {
  const [first, ...rest] = section.pieces.flat();
  if (!first || rest.length === 0) return null;
  const opens = rowOpenings(rest, 1, columns, new Set(), true)?.[0];
  if (opens === undefined) return null;
  return { section: { ...section, pieces: [[first, ...rest.slice(0, opens)]] }, row: rest.slice(opens) };
}

/**
 * The columns named by captions the run's last number holds, where the header found over the rows is the № column's
 * caption alone: pdftotext without layout gives the № column's caption and its page's numbers as one flow, and the
 * other captions after it («№» / «п/п» / «1.1» … «2.1» / «Мероприятие» / «Срок» / «Ожидаемый результат»). Null where
 * those lines name no name's column (blockColumns).
 */
function captionsAfterNumbers(held: readonly (readonly LineRef[])[]): TextColumn[] | null {
  return blockColumns(held.flat().map((r) => r.text));
}
