import { EMISSIONS, type EmissionName, EXTRA, rankReadings, type ReadColumn, type Reading, type ReadingMemo, type RowLine, withinFlowReadings, withinReadings } from "./assignColumns";
import { brokenWordNote, joinCellLines } from "./brokenWords";
import type { ExtraCells } from "./extraCells";
import type { TextColumn } from "./lineEvidence";
import type { LineRef, Segment } from "./segmentRows";

/**
 * The cells of extra columns in rows given as flows (pdftotext without -layout of a table Word or Writer printed):
 * cells that stand close are one flow, read baseline by baseline, and the flows come one after another, parted by a
 * blank line. An extra cell there is a flow of its own («не требуется» between the executors' flow and the result's),
 * or a narrow column's lines interleaved with its neighbours' («не позднее» / «Разработка и утверждение» /
 * «средства» / «30.01.2026» / … / «муниципаль» / … / «ного»). Neither a row's first lines (takeExtraCells) nor a run
 * at the border of two cells (takeDrawnExtraCells) finds it: the row is read with the extra columns among the
 * catalogued ones, in the header's order, and the lines that reading gives them are their cells. A flow that is left
 * over once the catalogued columns each have theirs is the extra cell's, as the count of flows says; a line
 * interleaved with others is its column's where the baselines put it. The catalogued columns are read afterwards
 * without these lines. Only text that parts flows by blank lines is read so (`segments` of a table with blank lines):
 * text in drawing order has none, its rows come cell after cell, and takeDrawnExtraCells reads them.
 */
export function takeFlowExtraCells(
  segments: readonly Segment[],
  order: readonly (TextColumn | null)[],
  rowLines: (piece: readonly LineRef[]) => RowLine[],
  absent: ReadonlySet<TextColumn>,
  memo: ReadingMemo,
): ExtraCells {
  const columns: ReadColumn[] = order.map((k) => k ?? EXTRA);
  const extraAt = columns.flatMap((c, k) => (c === EXTRA ? [k] : []));
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  const notes = new Map<number, string[]>();
  const rows = segments.map((s) => (s.kind === "item" && s.pieces[0]?.length ? rowLines(s.pieces[0]) : null));
  // Each row's best readings, and the extra cells each reading gives. One document gives its rows one way: the way
  // whose best readings score most over the rows is kept.
  // A row too long to be read every way may still be read by flows alone: its flows leave few readings.
  const readable = (lines: readonly RowLine[], emission: EmissionName) => withinReadings(lines.length, columns.length) || (emission === "flows" && withinFlowReadings(lines, columns.length));
  const rankedBy = (emission: EmissionName) =>
    segments.map((s, i) => {
      const lines = rows[i];
      return lines && readable(lines, emission) ? rankReadings(lines, columns, { first: true, absent, memo, numberAt: s.head, rescored: RANKED, emission }) : [];
    });
  const names = Object.keys(EMISSIONS) as EmissionName[];
  const tried = names.map(rankedBy);
  // The ways are weighed on the rows each of them reads.
  const everyWay = rows.map((_, i) => tried.every((t) => t[i].length > 0));
  const total = (readings: readonly Reading[][]) => readings.reduce((sum, r, i) => sum + (everyWay[i] ? r[0].score : 0), 0);
  const best = Math.max(...tried.map(total));
  // Rows that read better cell after cell or line by line than as flows show no flows for an extra cell to stand
  // apart in (where no cell wraps, the ways read alike).
  const chosen = tried[names.indexOf("flows")];
  if (total(chosen) < best - 1e-9) return { taken, cells };
  const ranked = chosen.map((readings, i) => {
    const piece = segments[i].pieces[0];
    return readings.map((r) => ({
      score: r.score,
      labels: r.labels,
      joined: extraAt.map((at) => joinCellLines(piece.filter((_, j) => r.labels[j] === at).map((x) => x.text))),
    })).map((r) => ({ ...r, cells: r.joined.map((j) => j.text) }));
  });
  // An extra column repeats its few values down the table («местный бюджет», «не требуется»): a value the best
  // readings of two rows or more give is the column's, and a reading of another row that gives it whole gains, one
  // that gives it with a neighbour's line run on («в рамках текущего финансирования населения») or cut short loses.
  const counts = new Map<string, number>();
  for (const readings of ranked) for (const v of new Set(readings[0]?.cells.map((t, e) => valueKey(e, t)).filter((k) => k !== null))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const known = new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
  const bonus = (cells: readonly string[]) =>
    cells.reduce((sum, t, e) => {
      const key = valueKey(e, t);
      if (key === null) return sum;
      if (known.has(key)) return sum + SEEN_VALUE;
      return [...known].some((k) => key.startsWith(`${k} `) || k.startsWith(`${key} `)) ? sum - SEEN_VALUE : sum;
    }, 0);
  ranked.forEach((readings, i) => {
    if (!readings.length) return;
    const best = readings.reduce((a, b) => (b.score + bonus(b.cells) > a.score + bonus(a.cells) ? b : a));
    segments[i].pieces[0].forEach((r, j) => {
      if (extraAt.includes(best.labels[j])) taken.add(r.index);
    });
    if (best.cells.some((t) => t !== "")) cells.set(i, best.cells);
    const words = best.joined.flatMap((j) => j.glued);
    if (words.length) notes.set(i, words.map(brokenWordNote));
  });
  return { taken, cells, notes };
}

/** How many of a row's best readings the repeated values weigh again. */
const RANKED = 8;
/** What a reading gains for giving an extra column a value it repeats elsewhere: a known cell's worth (learnCells). */
const SEEN_VALUE = 2;

/** An extra cell's value as compared, by its column: its words in lower case; null for an empty cell. */
function valueKey(e: number, text: string): string | null {
  const t = text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  return t === "" ? null : `${e}: ${t}`;
}
