import type { ExtraCells } from "./extraCells";
import type { Line, Segment } from "./segmentRows";

/**
 * Sums by year in text that lost its cells: columns of funding under one caption merged over their years («Объём
 * финансирования, тыс. руб.» over «2026 г. | 2027 г.»). A sum is printed as Russian tables print money, thousands
 * parted by a space and a decimal comma («1 440,0», «779,1»), or a dash where an item costs nothing («–»). Text in
 * drawing order gives a row's cells of one baseline run on in one line («в течение года – 779,1 Приказ управления»):
 * the sums stand together, one per year column, between the cell before them and the one after. A run of exactly as
 * many sums as the caption has years is those cells: no name, executor, deadline or result reads so (a dash alone
 * between words, a share «не менее 60,0 %» stands alone).
 */
const SUM = String.raw`(?:\d{1,3}(?:[ \u00a0]\d{3})*,\d{1,2}|[–—-])`;
const SUM_RUN = new RegExp(String.raw`(?<=^|\s)${SUM}(?:\s+${SUM})*(?=\s|$)`, "gu");
const ONE_SUM = new RegExp(String.raw`(?<=^|\s)${SUM}(?=\s|$)`, "gu");

/** The sums of a run, in order («10 871,0 1 080,8» → «10 871,0», «1 080,8»). */
function sumsOf(run: string): string[] {
  return run.match(ONE_SUM) ?? [];
}

/** The line's one run of exactly `count` sums: the text before it, the sums, and the text after it; else null. */
export function sumRun(text: string, count: number): { before: string; sums: string[]; after: string } | null {
  const runs = [...text.matchAll(SUM_RUN)].filter((m) => sumsOf(m[0]).length === count);
  if (runs.length !== 1) return null;
  const m = runs[0];
  return { before: text.slice(0, m.index).trim(), sums: sumsOf(m[0]), after: text.slice(m.index + m[0].length).trim() };
}

/**
 * A line cut where a run of `count` sums stands: the text before, the sums as a line of their own, and the text after
 * them, which opens the next cell. Null where the line holds no such run, or nothing but it.
 */
export function partsAtSums(l: Line, count: number): Line[] | null {
  const run = sumRun(l.text, count);
  if (!run || (run.before === "" && run.after === "")) return null;
  const sums: Line = { row: l.row, text: run.sums.join(" "), ...(run.before === "" && l.parted ? { parted: true } : {}) };
  return [...(run.before ? [{ ...l, text: run.before }] : []), sums, ...(run.after ? [{ row: l.row, text: run.after, opensCell: true }] : [])];
}

/**
 * The sums of each item row: the first of its lines that is a run of exactly as many sums as the columns (`at`: the
 * columns' places among the extra columns, `extras` of them in all), taken off the row. A row with no such line keeps
 * its lines, and its sums stay unread (withExtraCells notes it).
 */
export function takeSumCells(segments: readonly Segment[], at: readonly number[], extras: number): ExtraCells {
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  segments.forEach((s, i) => {
    if (s.kind !== "item") return;
    for (const r of s.pieces.flat()) {
      const run = sumRun(r.text, at.length);
      if (!run || run.before !== "" || run.after !== "") continue;
      taken.add(r.index);
      const out = Array.from({ length: extras }, () => "");
      at.forEach((e, k) => (out[e] = run.sums[k]));
      cells.set(i, out);
      return;
    }
  });
  return { taken, cells };
}
