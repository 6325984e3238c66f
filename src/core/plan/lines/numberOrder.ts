import type { GridRow } from "../../grid";
import { canFollow } from "./segmentRows";

/**
 * Item rows put back in their numbers' order. pdftotext without layout gives a page's № column as flows of their own
 * in the order of the page's text blocks, not of its rows (numberFlows): «1.1.», «1.3.», «1.4.», «1.2.» where the
 * row of 1.2 opened with a line another column's flow took first. A plan's rows stand in their numbers' order, so a
 * number that follows none before it and opens no list (its last level is not 1: «1.» after «4.» starts a section's
 * list, whose title pdftotext gave later) goes back after the nearest row it can follow whose next row it comes
 * before. Its row's lines were read where its number stood: the row says it was moved, as its cells may be its
 * neighbours'. Where the numbers restart in sections, rows are moved among their section's rows only; where they
 * run through the plan once (1 … 13), a number says its place across the sections' titles too (a «2.» printed after
 * the next section's title goes back after «1.»).
 */
export function inNumberOrder(rows: readonly GridRow[], itemNumber: (r: GridRow) => string | null): GridRow[] {
  const paths = rows.map((r) => {
    const n = itemNumber(r);
    return n === null ? null : pathOf(n);
  });
  const items = paths.filter((p): p is number[] => p !== null);
  const through = items.every((p) => p.length === 1) && new Set(items.map((p) => p[0])).size === items.length;
  const out: { row: GridRow; path: number[] | null; passed?: string[] }[] = [];
  // Where the current run of rows that may move among themselves starts in `out`.
  let from = 0;
  rows.forEach((row, i) => {
    const path = paths[i];
    if (path === null) {
      out.push({ row, path });
      if (!through) from = out.length;
      return;
    }
    const run = out.slice(from).flatMap((r, k) => (r.path ? [{ at: from + k, path: r.path }] : []));
    const last = run[run.length - 1];
    if (!last || (opensList(path) && !sameList(last.path, path)) || canFollow(last.path, path)) {
      out.push({ row, path });
      return;
    }
    const k = placeFor(run.map((r) => r.path), path);
    if (k === null) return void out.push({ row, path });
    // After the row it follows (before the next section's title, where that row ended its section), or first.
    const at = k > 0 ? run[k - 1].at + 1 : run[0].at;
    out.splice(at, 0, { row: movedNote(row, itemNumber(row)!, k > 0 ? out[run[k - 1].at].row : null, out[run[k].at].row, itemNumber), path });
    // The rows it went back over stood before its number: their lines may be its own, and they say so too.
    for (const r of out.slice(at + 1)) if (r.path) r.passed = [...(r.passed ?? []), itemNumber(row)!.trim()];
  });
  return out.map((r) => (r.passed ? passedNote(r.row, r.passed) : r.row));
}

function passedNote(row: GridRow, numbers: readonly string[]): GridRow {
  const text = `номер${numbers.length > 1 ? "а" : ""} ${numbers.map((n) => `«${n}»`).join(", ")} напечатан${numbers.length > 1 ? "ы" : ""} после этого пункта не по порядку строк: текст этого пункта мог достаться ${numbers.length > 1 ? "тем пунктам" : "тому пункту"}`;
  return { ...row, notes: [...(row.notes ?? []), { code: "column_uncertain", text }] };
}

/**
 * Where `path` goes back among `run`'s numbers (by index: before that number): after the nearest number it follows
 * as the next, before that number's next; a list's first number before the run's first where that is a later number
 * of the same list.
 */
function placeFor(run: readonly number[][], path: readonly number[]): number | null {
  for (let k = run.length - 2; k >= 0; k--) if (canFollow(run[k], path, 1) && compare(path, run[k + 1]) < 0) return k + 1;
  return opensList(path) && sameList(run[0], path) && compare(path, run[0]) < 0 ? 0 : null;
}

/** The number is its list's first («1.», «5.1.»). */
const opensList = (path: readonly number[]): boolean => path[path.length - 1] === 1;

/**
 * Two numbers of one list on a level below the first («5.3.» and «5.1.»): the second restarts no list, its parent
 * the same. Numbers of the first level restart in every section, whose title may stand after them (numberFlows).
 */
const sameList = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.length > 1 && a.slice(0, -1).every((n, k) => n === b[k]);

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** "1.2." → [1, 2]; null for anything but an Arabic number. */
function pathOf(number: string): number[] | null {
  const s = number.trim().replace(/[.)]$/, "");
  return /^\d{1,3}(?:\.\d{1,3})*$/.test(s) ? s.split(".").map(Number) : null;
}

function movedNote(row: GridRow, number: string, after: GridRow | null, before: GridRow, itemNumber: (r: GridRow) => string | null): GridRow {
  const place = after ? `после пункта ${itemNumber(after)?.trim() ?? ""}` : `перед пунктом ${itemNumber(before)?.trim() ?? ""}`;
  const text = `номер «${number.trim()}» напечатан не по порядку строк: пункт поставлен по номеру ${place}, а текст его строки мог достаться соседним пунктам`;
  return { ...row, notes: [...(row.notes ?? []), { code: "column_uncertain", text }] };
}
