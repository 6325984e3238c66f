import { PRINTED_SUM } from "../../table/sumRows";
import type { ExtraCells } from "./extraCells";
import { type Line, openingMarks, type Segment } from "./segmentRows";

/**
 * Sums by year in text that lost its cells: columns of funding under one caption merged over their years («Объём
 * финансирования, тыс. руб.» over «2026 г. | 2027 г.»). A sum is printed as Russian tables print money, thousands
 * parted by a space and a decimal comma («1 440,0», «779,1»), or a dash where an item costs nothing («–»). Text in
 * drawing order gives a row's cells of one baseline run on in one line («в течение года – 779,1 Приказ управления»):
 * the sums stand together, one per year column, between the cell before them and the one after. A run of exactly as
 * many sums as the caption has years is those cells: no name, executor, deadline or result reads so (a dash alone
 * between words, a share «не менее 60,0 %» stands alone).
 */
const SUM = String.raw`(?:${PRINTED_SUM}|[–—-])`;
const SUM_RUN = new RegExp(String.raw`(?<=^|\s)${SUM}(?:\s+${SUM})*(?=\s|$)`, "gu");
const ONE_SUM = new RegExp(String.raw`(?<=^|\s)${SUM}(?=\s|$)`, "gu");

/** The sums of a run, in order («10 871,0 1 080,8» → «10 871,0», «1 080,8»). */
export function sumsOf(run: string): string[] {
  return run.match(ONE_SUM) ?? [];
}

/** The line's one run of exactly `count` sums: the text before it, the sums, and the text after it; else null. */
export function sumRun(text: string, count: number): { before: string; sums: string[]; after: string; doubt?: string } | null {
  const runs = [...text.matchAll(SUM_RUN)].filter((m) => sumsOf(m[0]).length === count);
  if (runs.length !== 1) return null;
  const m = runs[0];
  const before = text.slice(0, m.index).trim();
  const sums = sumsOf(m[0]);
  return { before, sums, after: text.slice(m.index + m[0].length).trim(), ...(before !== "" ? doubtOf(sums, count) : {}) };
}

/**
 * A run that follows text on its line may begin with that text's last figure: «не менее 10 175,9 1 353,4» reads as
 * «10 175,9» | «1 353,4» and as «не менее 10» with «175,9» | «1 353,4». Where the sums without the first one's
 * leading group are still as many, the reading is a guess, and the item's notes say so.
 */
function doubtOf(sums: readonly string[], count: number): { doubt: string } | Record<string, never> {
  const lead = /^(\d{1,3})[ \u00a0](\d.*)$/u.exec(sums[0]);
  if (!lead || sumsOf([lead[2], ...sums.slice(1)].join(" ")).length !== count) return {};
  return { doubt: `сумма «${sums[0]}» прочитана целиком, но «${lead[1]}» может быть концом текста перед ней, а сумма — «${lead[2]}»` };
}

/**
 * A line cut where a run of `count` sums stands: the text before, the sums as a line of their own, and the text after
 * them, which opens the next cell. Null where the line holds no such run, or nothing but it.
 */
export function partsAtSums(l: Line, count: number): Line[] | null {
  const run = sumRun(l.text, count);
  if (!run || (run.before === "" && run.after === "")) return null;
  const sums: Line = { row: l.row, text: run.sums.join(" "), ...(run.before === "" ? openingMarks(l) : {}) };
  return [...(run.before ? [{ ...l, text: run.before }] : []), sums, ...(run.after ? [{ row: l.row, text: run.after, opensCell: true }] : [])];
}

/**
 * The lines [from, to) with every run of `count` sums apart (partsAtSums), and what is in doubt about each run cut off
 * a line (sumRun), by the sums line's row and text.
 */
export function sumsApart(lines: readonly Line[], from: number, to: number, count: number): { lines: Line[]; doubts: ReadonlyMap<string, string> } {
  const doubts = new Map<string, string>();
  const out = lines.flatMap((l, i) => {
    const parts = i >= from && i < to ? partsAtSums(l, count) : null;
    const doubt = parts && sumRun(l.text, count)?.doubt;
    if (doubt) doubts.set(sumsKey(l.row, sumRun(l.text, count)!.sums.join(" ")), doubt);
    return parts ?? [l];
  });
  return { lines: out, doubts };
}

const sumsKey = (row: number, text: string): string => `${row}\u0000${text.trim()}`;

/**
 * The sums of each item row: the first of its lines that is a run of exactly as many sums as the columns (`at`: the
 * columns' places among the extra columns, `extras` of them in all), taken off the row. A row with no such line keeps
 * its lines, and its sums stay unread (withExtraCells notes it).
 */
export function takeSumCells(segments: readonly Segment[], at: readonly number[], extras: number, rowOf: (index: number) => number, doubts: ReadonlyMap<string, string> = new Map()): ExtraCells {
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  const notes = new Map<number, string[]>();
  segments.forEach((s, i) => {
    if (s.kind !== "item") return;
    for (const r of s.pieces.flat()) {
      const run = sumRun(r.text, at.length);
      if (!run || run.before !== "" || run.after !== "") continue;
      taken.add(r.index);
      const out = Array.from({ length: extras }, () => "");
      at.forEach((e, k) => (out[e] = run.sums[k]));
      cells.set(i, out);
      const doubt = doubts.get(sumsKey(rowOf(r.index), r.text));
      if (doubt) notes.set(i, [doubt]);
      return;
    }
  });
  return { taken, cells, notes };
}
