import { namesSpanEnds } from "../../plan/columns/deadlineEnd";
import { matchHeader } from "../../plan/columns/matchHeader";
import { captionLetters, periodCaption, tooLongForCaption } from "../../plan/schedule/periodCaptions";
import { headerCellText } from "./headerCellText";

/** A phrase of a header line: its x-range, its text and the line of the band it is on (0 = the band's first). */
export interface HeaderPiece {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
  readonly line: number;
  /** The phrase's words, each a piece of its own: captions one space apart make one phrase («I II III IV»). */
  readonly words?: readonly HeaderPiece[];
}

/** A column of a header: its x-range and its name; under a caption merged over it and its neighbours, both levels. */
export interface HeaderColumn {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
  /**
   * The caption of a merged cell over several narrow columns (a schedule grid's «Срок исполнения (2027 год)» over
   * «I кв.» … «IV кв.»), and the column's own sub-caption. `first`: the span's first column, where a sheet keeps a
   * merged cell's text. `periods`: the sub-captions are periods, a schedule grid whose marks stand centred under them;
   * else they name a span's start and end («начало | окончание»), whose dates stand at their cells' left as any text.
   */
  readonly under?: { readonly caption: string; readonly own: string; readonly first: boolean; readonly periods: boolean; readonly over?: string };
}

/** A cluster as read: a caption over its own sub-captions, or plain (with its sub-captions, where it is all captions). */
type Slot = { head?: readonly HeaderPiece[]; subs: readonly (readonly HeaderPiece[])[]; captions: readonly (readonly HeaderPiece[])[] | null };

/** The middle of the pieces' extent. */
const centre = (pieces: readonly HeaderPiece[]) => (Math.min(...pieces.map((p) => p.x0)) + Math.max(...pieces.map((p) => p.x1))) / 2;

/** A grid has two period columns at least under its caption. */
const MIN_SPAN = 2;

/**
 * Header pieces clustered by horizontal overlap are one column each, a header cell's words wrapping over several
 * lines. A caption merged over several narrow columns overlaps the sub-captions under it, and the cluster would take
 * them all for one column: where the pieces under the top lines of a cluster fall apart into period captions side by
 * side (periodCaptions: months, quarters, half-years), each is a column and the top lines their caption. A short
 * caption («2027») may overlap none of them and stand alone between two. The caption is centred over its columns, so
 * the period captions beside it on its lower lines belong to it as well (to the nearer caption where two grids meet).
 */
export function headerColumns(clusters: readonly (readonly HeaderPiece[])[]): HeaderColumn[] {
  type Head = readonly HeaderPiece[];
  const slots: Slot[] = clusters.flatMap((c): Slot[] => {
    const split = splitUnderCaption(c);
    if (!split) return [{ subs: [c], captions: captionClusters(c) }];
    return yearsOfHead(split)?.map((y) => ({ ...y, captions: null })) ?? [{ head: split.head, subs: split.subs, captions: null }];
  });
  const top = (pieces: readonly HeaderPiece[]) => Math.min(...pieces.map((p) => p.line));
  const bottom = (pieces: readonly HeaderPiece[]) => Math.max(...pieces.map((p) => p.line));
  const lower = (i: number, level: number) => slots[i] && !slots[i].head && slots[i].captions !== null && top(slots[i].subs[0]) > level;
  // A caption alone between two period captions below it.
  slots.forEach((s, i) => {
    if (s.head || s.captions?.some((c) => periodCaption(textOf(c))!.unit !== "year")) return;
    const level = bottom(s.subs[0]);
    if (lower(i - 1, level) && lower(i + 1, level)) slots[i] = { head: s.subs[0], subs: [], captions: null };
  });
  evenYearSlots(slots);
  const over = overCaption(slots);
  if (over) slots.splice(over.at, 1, ...over.subs.map((c) => ({ subs: [c], captions: [c] })));
  // Period captions beside a caption's slot, contiguous with it and below it, are its columns.
  const owner: (Head | undefined)[] = slots.map((s) => s.head);
  slots.forEach((s, i) => {
    if (!s.head) return;
    const level = bottom(s.head);
    for (const dir of [-1, 1]) {
      for (let j = i + dir; lower(j, level); j += dir) {
        const claimed = owner[j];
        const mid = centre(slots[j].subs[0]);
        if (!claimed || Math.abs(centre(s.head) - mid) < Math.abs(centre(claimed) - mid)) owner[j] = s.head;
      }
    }
  });
  evenYears(slots, owner);
  const spans = new Map<Head, number>();
  slots.forEach((s, i) => {
    const head = owner[i];
    if (head) spans.set(head, (spans.get(head) ?? 0) + (s.head ? s.subs.length : s.captions!.length));
  });
  const whole = (pieces: readonly HeaderPiece[]) => ({ x0: Math.min(...pieces.map((p) => p.x0)), x1: Math.max(...pieces.map((p) => p.x1)), text: headerCellText(pieces) });
  const seen = new Set<Head>();
  return slots.flatMap((s, i): HeaderColumn[] => {
    const head = owner[i];
    // Too few columns for a grid: the cluster as it was (a caption over its one sub-caption is one cell wrapped).
    if (!head || spans.get(head)! < MIN_SPAN) return [whole(s.head ? [...s.head, ...s.subs.flat()] : s.subs[0])];
    // The ends of a span are each named with the caption («Срок реализации окончание»): alone, «окончание» is the
    // add-in's own derived column.
    const spanEnds = s.head !== undefined && namesSpanEnds(s.subs.map(textOf));
    const columns = s.head ? s.subs : s.captions!;
    const plain = namesAmountsByYear(headerCellText(head), columns.map(textOf));
    return columns.map((pieces) => {
      const first = !seen.has(head);
      const atOver = over !== null && seen.size === 0;
      seen.add(head);
      const caption = headerCellText(head);
      const own = textOf(pieces);
      const text = atOver ? `${over.text} ${caption} ${own}` : first || spanEnds || plain ? `${caption} ${own}` : own;
      return { ...whole(pieces), text, under: { caption, own, first, periods: !spanEnds && !plain, ...(atOver ? { over: over.text } : {}) } };
    });
  });
}

/**
 * Years side by side over one grid, each clustered with the periods under it, have as many periods each, each year's
 * from its first to its last: where fixed-width text runs captions of two years into one phrase («III кв. IV кв. I
 * кв.»), the phrase's cluster gives one year a period of the next. Adjacent year slots whose periods, dealt out
 * evenly in order, run from the first to the last in every year take them so; others stay as they are.
 */
function evenYearSlots(slots: Slot[]): void {
  const isYearSlot = (s: Slot) => s.head !== undefined && s.subs.length > 0 && periodCaption(textOf(s.head))?.unit === "year";
  // A period caption alone beside the years (one the nearer year's cluster left out), no year itself.
  const isLonePeriod = (s: Slot) => !s.head && s.captions !== null && s.captions.every((c) => periodCaption(textOf(c))?.unit !== "year");
  for (let from = 0; from < slots.length; from++) {
    let to = from;
    while (to < slots.length && (isYearSlot(slots[to]) || isLonePeriod(slots[to]))) to++;
    const run = slots.slice(from, to);
    const years = run.filter(isYearSlot);
    if (years.length >= 2) {
      const periods = run.flatMap((s) => (isYearSlot(s) ? s.subs : s.captions!));
      const per = periods.length / years.length;
      const dealt = years.map((_, k) => periods.slice(k * per, (k + 1) * per));
      const ordinals = (year: readonly (readonly HeaderPiece[])[]) => year.map((sub) => periodCaption(textOf(sub))?.ordinal);
      const whole = Number.isInteger(per) && dealt.every((year) => ordinals(year).every((o, k) => o === k + 1));
      const uneven = run.length > years.length || years.some((y) => y.subs.length !== per);
      if (whole && uneven) {
        slots.splice(from, run.length, ...years.map((y, k) => ({ ...y, subs: dealt[k] })));
        to = from + years.length;
      }
    }
    from = to;
  }
}

/**
 * Years side by side over one grid have as many periods each (a year its four quarters or twelve months), in order:
 * where fixed-width text set a year's caption off its columns' middle, the nearest caption is not always the owner.
 * The periods the years own, left to right, are dealt out evenly; left as they are where the count does not divide or
 * a year's own slot would go to another year.
 */
function evenYears(slots: readonly Slot[], owner: (readonly HeaderPiece[] | undefined)[]): void {
  const isYear = (h: readonly HeaderPiece[] | undefined) => h !== undefined && periodCaption(textOf(h))?.unit === "year";
  const owned = slots.flatMap((_, i) => (isYear(owner[i]) ? [i] : []));
  const years = [...new Set(owned.map((i) => owner[i]!))];
  if (years.length < 2) return;
  const count = (i: number) => (slots[i].head ? slots[i].subs.length : slots[i].captions!.length);
  const total = owned.reduce((a, i) => a + count(i), 0);
  if (total % years.length !== 0) return;
  const per = total / years.length;
  let seen = 0;
  const dealt = owned.map((i) => {
    const year = years[Math.floor(seen / per)];
    seen += count(i);
    return year;
  });
  if (owned.some((i, k) => slots[i].head !== undefined && slots[i].head !== dealt[k])) return;
  owned.forEach((i, k) => (owner[i] = dealt[k]));
}

/**
 * A caption over the years of a grid of several years («Сроки исполнения» over «2035 год | 2036 год», each over its
 * months): a header of three levels, the top one centred over the whole grid. It names the grid, no span of its own:
 * the months under it are the years' beside it (each the nearer year's), and it heads the grid's first column, where
 * a sheet keeps a merged cell's text. Null where no caption stands above a year caption that heads columns.
 */
function overCaption(slots: readonly { head?: readonly HeaderPiece[]; subs: readonly (readonly HeaderPiece[])[] }[]): { at: number; text: string; subs: readonly (readonly HeaderPiece[])[] } | null {
  const heads = slots.flatMap((s, at) => (s.head ? [{ at, head: s.head, subs: s.subs }] : []));
  const years = heads.filter((h) => periodCaption(textOf(h.head))?.unit === "year");
  const top = heads.find((h) => !years.includes(h) && years.length > 0 && years.every((y) => Math.max(...h.head.map((p) => p.line)) < Math.min(...y.head.map((p) => p.line))));
  return top ? { at: top.at, text: headerCellText(top.head), subs: top.subs } : null;
}

/**
 * A caption over the years whose captions share one cluster with it and the periods («Период выполнения» over «2026»
 * and «2027», each centred over its quarters, every one of them overlapping some period caption): the head's last
 * line is the years side by side. Each year heads its share of the periods; the lines above, the caption over them all
 * (a slot with no periods of its own, as overCaption reads one). Null where the head's last line is not two years or
 * more.
 */
function yearsOfHead(split: { head: readonly HeaderPiece[]; subs: readonly (readonly HeaderPiece[])[] }): { head: readonly HeaderPiece[]; subs: readonly (readonly HeaderPiece[])[] }[] | null {
  const last = Math.max(...split.head.map((p) => p.line));
  const years = split.head.filter((p) => p.line === last).sort((a, b) => a.x0 - b.x0);
  if (years.length < 2 || !years.every((y) => periodCaption(y.text)?.unit === "year")) return null;
  const nearest = (sub: readonly HeaderPiece[]) => years.reduce((best, y) => (Math.abs(centre([y]) - centre(sub)) < Math.abs(centre([best]) - centre(sub)) ? y : best));
  const above = split.head.filter((p) => p.line < last);
  // As many periods each, in order (evenYears), where they divide; else each to the year nearest it.
  const per = split.subs.length % years.length === 0 ? split.subs.length / years.length : 0;
  const yearSlots = years.map((y, k) => ({ head: [y], subs: per ? split.subs.slice(k * per, (k + 1) * per) : split.subs.filter((sub) => nearest(sub) === y) }));
  return [...(above.length ? [{ head: above, subs: [] }] : []), ...yearSlots];
}

/**
 * Years under a caption that names neither a deadline nor a period («Объём финансирования, тыс. руб.» over «2027 г. |
 * 2028 г.»): sums or figures by year, text columns each named by both levels as a sheet names them, not a schedule
 * grid whose marks stand centred.
 */
function namesAmountsByYear(caption: string, subs: readonly string[]): boolean {
  return subs.every((t) => periodCaption(t)?.unit === "year") && matchHeader(caption) !== "deadline" && periodCaption(caption) === null;
}

/**
 * A cluster whose lines below its first k lines (the caption, which may wrap) fall apart into columns, each a period
 * caption: the caption and the columns. The caption itself names no period but a year (a quarter over a quarter is
 * one cell wrapped). Null when no k does.
 */
function splitUnderCaption(cluster: readonly HeaderPiece[]): { head: readonly HeaderPiece[]; subs: readonly (readonly HeaderPiece[])[] } | null {
  const lines = [...new Set(cluster.map((p) => p.line))].sort((a, b) => a - b);
  for (let k = 1; k < lines.length; k++) {
    const head = cluster.filter((p) => p.line < lines[k]);
    const caption = periodCaption(textOf(head));
    if (caption && caption.unit !== "year") continue;
    // One sub-caption under the caption is a grid only with neighbours beside it (headerColumns counts the span).
    const lower = cluster.filter((p) => p.line >= lines[k]);
    if (yearsOverPeriods(lower, lines[k])) continue;
    const subs = captionClusters(lower) ?? spanEnds(lower);
    if (subs) return { head, subs };
  }
  return null;
}

/**
 * A line of years each over several periods («2027 | 2028» over eight quarters): a level of the caption, not the
 * first words of some periods' captions («2027 III квартал», where a year stands over its third quarter). A year
 * over every period («2027» / «I кв.» in each column) is that column's own.
 */
function yearsOverPeriods(lower: readonly HeaderPiece[], line: number): boolean {
  const years = lower.filter((p) => p.line === line);
  if (years.length < 2 || !years.every((p) => periodCaption(p.text)?.unit === "year")) return false;
  const periods = captionClusters(lower.filter((p) => p.line > line));
  return periods !== null && periods.length > years.length;
}

/**
 * Pieces as period captions side by side, or null: by phrase; by word, where narrow columns leave one space between
 * captions stacked over two lines («I II III IV» over «кв. кв. кв. кв.»); or by the longest runs of words that read as
 * captions, where captions of one line are one space apart («II кв. III кв.»).
 */
function captionClusters(pieces: readonly HeaderPiece[]): (readonly HeaderPiece[])[] | null {
  const words = pieces.flatMap((p) => p.words ?? [p]);
  const reads = (clusters: readonly (readonly HeaderPiece[])[]) => clusters.length > 0 && clusters.every((c) => periodCaption(textOf(c)) !== null);
  for (const tried of [pieces, words, pieces.flatMap(captionRuns)]) {
    const clusters = clusterByOverlap(tried);
    if (reads(clusters)) return clusters;
  }
  const ranked = byRank(words);
  return ranked && reads(ranked) ? ranked : null;
}

/** Pieces side by side that name a span's start and end under its caption («начало | окончание»), or null. */
function spanEnds(pieces: readonly HeaderPiece[]): (readonly HeaderPiece[])[] | null {
  const clusters = clusterByOverlap(pieces);
  return namesSpanEnds(clusters.map(textOf)) ? clusters : null;
}

/**
 * Stacked captions whose lines layout text spaced apart differently («I II III IV» over «кв. кв. кв. кв.», the
 * upper line narrower, so that words of neighbouring columns overlap): lines of as many words each, the k-th word of
 * every line one column. Null where the lines differ in count.
 */
function byRank(words: readonly HeaderPiece[]): HeaderPiece[][] | null {
  const lines = [...new Set(words.map((w) => w.line))].sort((a, b) => a - b).map((k) => words.filter((w) => w.line === k).sort((a, b) => a.x0 - b.x0));
  const n = lines[0]?.length ?? 0;
  if (lines.length < 2 || n < 2 || lines.some((l) => l.length !== n)) return null;
  return Array.from({ length: n }, (_, k) => lines.map((l) => l[k]));
}

/** A phrase's words joined into the longest runs that read as period captions, left to right (other words alone). */
function captionRuns(piece: HeaderPiece): HeaderPiece[] {
  const words = piece.words ?? [piece];
  // Runs too long to name a period are passed over without joining their words (a line of a header has many).
  const letters = words.map((w) => captionLetters(w.text));
  const lettersOf = (i: number, j: number) => letters.slice(i, j).reduce((a, b) => a + b, 0);
  const out: HeaderPiece[] = [];
  for (let i = 0; i < words.length; ) {
    let j = words.length;
    while (j > i + 1 && (tooLongForCaption(lettersOf(i, j)) || periodCaption(textOf(words.slice(i, j))) === null)) j--;
    const run = words.slice(i, j);
    out.push({ x0: run[0].x0, x1: run[run.length - 1].x1, text: textOf(run), line: piece.line });
    i = j;
  }
  return out;
}

/**
 * How far a piece may reach under the next caption of its line and still be no bridge between the two: a character of
 * fixed-width text (a point of a PDF, less than any glyph).
 */
export const ROUNDING = 1;

/**
 * Pieces clustered by horizontal overlap, left to right. Two captions that one line prints apart stay apart where the
 * only tie is another line's piece reaching under the right one by a character: fixed-width text lays each line out
 * by its own words, and a № column sized to its numbers prints «Срок» one space after «№» and «п/п» under «№»
 * reaching a character past that space.
 */
export function clusterByOverlap(pieces: readonly HeaderPiece[]): HeaderPiece[][] {
  const out: { x1: number; pieces: HeaderPiece[] }[] = [];
  for (const p of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1];
    const apartOnItsLine = last !== undefined && last.x1 - p.x0 <= ROUNDING && last.pieces.some((q) => q.line === p.line && q.x1 <= p.x0);
    if (last && p.x0 < last.x1 && !apartOnItsLine) {
      last.x1 = Math.max(last.x1, p.x1);
      last.pieces.push(p);
    } else out.push({ x1: p.x1, pieces: [p] });
  }
  return out.map((c) => c.pieces);
}

/** A cell's text reads top to bottom, each line left to right. */
function textOf(pieces: readonly HeaderPiece[]): string {
  return [...pieces]
    .sort((a, b) => a.line - b.line || a.x0 - b.x0)
    .map((p) => p.text)
    .join(" ");
}

/**
 * Column boundaries a schedule grid's captions give, by separator (the one between cells c and c+1): captions and
 * marks are centred in columns of one width, so the columns' edges lie halfway between the captions' centres, and a
 * half-step beyond the first and the last. Where marks are centred, the words' left edges that place other
 * boundaries say nothing (a mark starts mid-column; a neighbour's long word may be the only left edge near it).
 */
export function gridEdges(cells: readonly HeaderColumn[]): Map<number, number> {
  const edges = new Map<number, number>();
  const middle = (c: HeaderColumn) => (c.x0 + c.x1) / 2;
  for (let from = 0; from < cells.length; from++) {
    if (!cells[from].under?.first || !cells[from].under!.periods) continue;
    let to = from + 1;
    while (to < cells.length && cells[to].under && !cells[to].under!.first) to++;
    const grid = cells.slice(from, to);
    const step = (middle(grid[grid.length - 1]) - middle(grid[0])) / (grid.length - 1);
    if (from > 0) edges.set(from - 1, middle(grid[0]) - step / 2);
    grid.slice(1).forEach((c, k) => edges.set(from + k, (middle(grid[k]) + middle(c)) / 2));
    if (to < cells.length) edges.set(to - 1, middle(grid[grid.length - 1]) + step / 2);
    from = to - 1;
  }
  return edges;
}
