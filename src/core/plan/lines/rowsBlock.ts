import { matchHeader } from "../columns/matchHeader";
import { parseDeadline } from "../deadline";
import { quoteBalance, startsMidPhrase } from "./continuesLine";
import { splitLine } from "./splitJoinedLines";
import { lineEvidence, lineReadsAsDeadline, TEXT_COLUMNS, type TextColumn } from "./lineEvidence";
import type { LineRef } from "./segmentRows";

/**
 * A block after a run of numbers that holds whole rows, not names alone. pdftotext without layout gives Writer's
 * № column as a flow of its own where its numbers share no baseline with the row's first line (a number centred in
 * its row, or printed beside the deadline); the other cells of a row share their baselines, so they come after the
 * numbers row by row, each baseline across the row's cells («Разработка и утверждение» / «Павлова Т.И., методист» /
 * «персонифицированной программы»), under the captions of those columns. The captions over the block say so: they name
 * the name's column and others, in the order of a baseline's cells. The block is cut where a row's name starts: a
 * line that reads as a name's first (a capital, no phrase going on, the name's clues not behind those of the block's
 * other columns, no clue of an executor or a deadline) opens a row, and no two rows open on neighbouring lines (the
 * first baseline of a row holds its executor's line as well as the name's). Of such lines the ones that read most as
 * a name's first are taken, as many as there are numbers; where a column stands left of the name, the row opens on
 * that column's line right before the name's.
 */

/** A line whose name's clues trail the block's other columns' by more than this opens no row («Заключение договоров о» −1 against a result). */
const MIN_LEAD = -1;
/** The words of a line that tell what opens it: an executor's cell names its body or person in the first three. */
const HEAD_WORDS = 3;

/**
 * The text columns the captions over a block name, in their order (the order of a baseline's cells), or null when
 * they name no name's column.
 */
export function blockColumns(captions: readonly string[]): TextColumn[] | null {
  const keys: TextColumn[] = [];
  captions.forEach((c, k) => {
    const key = matchHeader(c.trim()) ?? (k + 1 < captions.length ? matchHeader(`${c.trim()} ${captions[k + 1].trim()}`) : null);
    if (key && (TEXT_COLUMNS as readonly string[]).includes(key) && !keys.includes(key as TextColumn)) keys.push(key as TextColumn);
  });
  return keys.includes("name") ? keys : null;
}

/**
 * The text a row's first line gives its name: the line, or its rest where a deadline printed left of the name shares
 * its baseline and pdftotext joined them («с 01.03.2026 по 15.06.2026 Актуализация аттестации…»).
 */
function nameText(text: string, deadlineFirst: boolean): string {
  const t = text.trim();
  if (!deadlineFirst) return t;
  const parts = splitLine(t);
  return parts.length > 1 && parseDeadline(parts[0]).kind !== "unparsed" ? parts.slice(1).join(" ") : t;
}

/** How well line `text` reads as a row's first line, a name's, against the block's other columns; null where it cannot. */
export function openingLead(text: string, columns: readonly TextColumn[]): number | null {
  const others = columns.filter((c) => c !== "name");
  const t = nameText(text, columns.indexOf("deadline") >= 0 && columns.indexOf("deadline") < columns.indexOf("name"));
  // A name opens with a capital; a line opening with a quote is a proper name's (a contest's, a body's), the rest of a
  // name or an executor («Выбираю профессию», «Централизованная»), as titleLines reads such lines.
  if (!/^\p{Lu}/u.test(t) || startsMidPhrase(t)) return null;
  // A line that closes a quote it never opened goes on a cell above («России» и сайте отдела»).
  if (quoteBalance(t).low < 0) return null;
  const whole = lineEvidence(t);
  // A deadline the parser finds inside a name's line is its deadline's cell run on after it («… квалификации Постоянно»).
  if (lineReadsAsDeadline(t) && whole.deadline >= whole.name) return null;
  // A row's first baseline may run the name's first line on with the executor's («Обеспечение участия … УО; Лебедев
  // А.В., заместитель»): the line's first words say what opens it.
  const e = lineEvidence(t.split(/\s+/).slice(0, HEAD_WORDS).join(" "));
  // Any clue of an executor or a deadline rules a line out («Управление образования» reads a little as a name too);
  // a result's wording does not, names open with it as often («Информационное сопровождение»).
  if (others.some((c) => c !== "result" && e[c] > 0)) return null;
  const lead = e.name - Math.max(...others.map((c) => e[c]));
  return lead >= MIN_LEAD ? lead : null;
}

/** The line reads as a cell of `column` first of all: a deadline parses whole, another column's clues lead. */
function readsAs(text: string, column: TextColumn, columns: readonly TextColumn[]): boolean {
  const t = text.trim();
  if (column === "deadline" && parseDeadline(t).kind !== "unparsed") return true;
  const e = lineEvidence(t);
  return e[column] > 0 && columns.every((c) => c === column || e[c] < e[column]);
}

/**
 * The block's lines (titles left out) cut into `rows` rows, as the indexes in `block` where each row opens, or null
 * where the block holds no such cut. The cut is the one whose opening lines read most as names, no two on neighbouring
 * lines. `skip`: lines that open no row (titles).
 */
export function rowOpenings(
  block: readonly LineRef[],
  rows: number,
  columns: readonly TextColumn[],
  skip: ReadonlySet<number>,
  /** The block's first line opens the first row wherever it can (the block starts right under a section's title). */
  firstOpens = false,
): number[] | null {
  if (rows < 1 || columns.length < 2) return null;
  const leads = block.map((r, k) => (skip.has(k) ? null : openingLead(r.text, columns)));
  // best[k][n]: the most lead of n openings among lines k.., the first at k or later; dynamic programming from the end.
  const n = block.length;
  const best: number[][] = Array.from({ length: n + 2 }, () => Array<number>(rows + 1).fill(-Infinity));
  for (let k = n + 1; k >= 0; k--) best[k][0] = 0;
  for (let k = n - 1; k >= 0; k--) {
    for (let m = 1; m <= rows; m++) {
      const take = leads[k] === null ? -Infinity : leads[k]! + best[k + 2][m - 1];
      best[k][m] = Math.max(best[k + 1][m], take);
    }
  }
  if (best[0][rows] === -Infinity) return null;
  const opensAtTop = firstOpens && leads[0] !== null && best[2][rows - 1] > -Infinity;
  const names: number[] = opensAtTop ? [0] : [];
  for (let k = opensAtTop ? 2 : 0, m = opensAtTop ? rows - 1 : rows; m > 0; ) {
    const take = leads[k] === null ? -Infinity : leads[k]! + best[k + 2][m - 1];
    if (take >= best[k + 1][m]) {
      names.push(k);
      k += 2;
      m--;
    } else k++;
  }
  // A column printed left of the name gives the row's first baseline its line before the name's: the row opens there.
  const left = columns.slice(0, columns.indexOf("name")).reverse();
  return names.map((k, r) => {
    let at = k;
    for (const c of left) if (at - 1 > (names[r - 1] ?? -1) && !skip.has(at - 1) && readsAs(block[at - 1].text, c, columns)) at--;
    return at;
  });
}

/** Whether the openings were the block's only candidates: no other line read as a name's first. */
export function onlyOpenings(block: readonly LineRef[], openings: readonly number[], columns: readonly TextColumn[], skip: ReadonlySet<number>): boolean {
  const taken = new Set(openings);
  return block.every((r, k) => taken.has(k) || taken.has(k - 1) || skip.has(k) || openingLead(r.text, columns) === null);
}

/** Whether a line reads as a cell of a column the captions put left of the name (none: the name comes first). */
export function leftOfName(columns: readonly TextColumn[]): ((text: string) => boolean) | undefined {
  const left = columns.slice(0, columns.indexOf("name"));
  return left.length ? (text) => left.some((c) => readsAs(text, c, columns)) : undefined;
}
