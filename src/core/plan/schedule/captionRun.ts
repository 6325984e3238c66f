import { captionLabel, type GridUnit, type PeriodCaption, periodCaption, yearInHeader } from "./periodCaptions";

/**
 * The captions of a schedule grid read out of header text whose cells were lost (a PDF copied as text, lines in
 * column A): «I II III IV» over «кв. кв. кв. кв.», «I кв.» / «II кв.» on lines of their own, «янв. фев. март …».
 */
export interface CaptionRun {
  readonly unit: GridUnit;
  /** The periods' places within the year, in order: 1–4 for quarters, 1–12 for months. */
  readonly captions: readonly PeriodCaption[];
  /** The grid's year: its captions' own, else the one year the header names; null for a run over several years. */
  readonly year: number | null;
  /**
   * Each caption's year: the grid's, or over several years (a run from December on to January under «2035 год 2036
   * год») the header's years in turn.
   */
  readonly years: readonly (number | null)[];
  /** The captions in one wording, as the grid's column is named: «I кв. II кв. III кв. IV кв.». */
  readonly label: string;
  /** Indices of the lines that hold the grid's captions and nothing else. */
  readonly lines: readonly number[];
}

/** A grid has two periods or more, one after the other; one caption alone is a deadline, not a grid. */
const MIN_CAPTIONS = 2;
/** Words a caption takes at most («I кв. 2027»). */
const MAX_WORDS = 3;

interface Word {
  readonly text: string;
  readonly line: number;
}

/**
 * The longest run of consecutive periods of one unit (quarters I–IV, months January–December) that the header's
 * words name, or null. Captions printed in two rows («I II III IV» over «кв. кв. кв. кв.») pair their numbers with
 * their unit words in order.
 */
export function captionRun(lines: readonly string[]): CaptionRun | null {
  const words: Word[] = lines.flatMap((l, line) => l.split(/\s+/).filter(Boolean).map((text) => ({ text, line })));
  // A grid over consecutive years the header names goes on from the last period of a year to the first of the next.
  const yearsNamed = consecutiveYears(lines.join(" "));
  const turns = Math.max(0, yearsNamed.length - 1);
  let best: { captions: PeriodCaption[]; used: Word[] } | null = null;
  for (let i = 0; i < words.length; i++) {
    const run = paired(words, i, turns) ?? single(words, i, turns);
    if (run && run.captions.length >= MIN_CAPTIONS && (!best || run.captions.length > best.captions.length)) best = run;
  }
  if (!best) return null;
  const { used } = best;
  // A run that turned the year fewer times than the header names years is cut at its first turn: which years it
  // covers is not said.
  const turned = turnsIn(best.captions);
  const captions = turned > 0 && turned !== turns ? best.captions.slice(0, best.captions.findIndex((_, k) => turnsAt(best!.captions, k))) : best.captions;
  const usedLines = new Set(used.map((w) => w.line));
  const own = words.filter((w) => usedLines.has(w.line));
  const only = [...usedLines].filter((line) => own.filter((w) => w.line === line).every((w) => used.includes(w)));
  const rest = words.filter((w) => !used.includes(w)).map((w) => w.text).join(" ");
  const over = turnsIn(captions) > 0;
  const year = over ? null : (captions.find((c) => c.year !== null)?.year ?? yearInHeader(rest));
  let k = 0;
  const years = captions.map((_, i) => (over ? yearsNamed[turnsAt(captions, i) ? ++k : k] : year));
  return { unit: captions[0].unit, captions, year, years, label: captions.map((c) => captionLabel(c, null)).join(" "), lines: only.sort((a, b) => a - b) };
}

/** The years a header names, when they follow one another («2035 год 2036 год», «2035–2036 гг.»); else none. */
function consecutiveYears(text: string): number[] {
  const years = [...new Set((text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).map(Number))];
  return years.length >= 2 && years.every((y, i) => i === 0 || y === years[i - 1] + 1) ? years : [];
}

/** The run goes on into the next year at caption k (a period before the one above it). */
function turnsAt(captions: readonly PeriodCaption[], k: number): boolean {
  return k > 0 && captions[k].ordinal < captions[k - 1].ordinal;
}

function turnsIn(captions: readonly PeriodCaption[]): number {
  return captions.filter((_, k) => turnsAt(captions, k)).length;
}

/** Consecutive periods from word i, each caption one to three words. */
function single(words: readonly Word[], i: number, turns: number): { captions: PeriodCaption[]; used: Word[] } | null {
  const captions: PeriodCaption[] = [];
  const used: Word[] = [];
  let at = i;
  while (at < words.length) {
    const next = captionAt(words, at);
    if (!next || !follows(captions, next.caption, turns)) break;
    captions.push(next.caption);
    used.push(...words.slice(at, at + next.length));
    at += next.length;
  }
  return captions.length ? { captions, used } : null;
}

function captionAt(words: readonly Word[], at: number): { caption: PeriodCaption; length: number } | null {
  for (let n = Math.min(MAX_WORDS, words.length - at); n >= 1; n--) {
    const caption = periodCaption(words.slice(at, at + n).map((w) => w.text).join(" "));
    if (caption && caption.unit !== "year") return { caption, length: n };
  }
  return null;
}

/** «I II III IV кв. кв. кв. кв.»: numbers, then as many unit words, each number with its unit word. */
function paired(words: readonly Word[], i: number, turns: number): { captions: PeriodCaption[]; used: Word[] } | null {
  let k = 0;
  while (i + k < words.length && periodCaption(`${words[i + k].text} кв.`) !== null && periodCaption(words[i + k].text) === null) k++;
  if (k < MIN_CAPTIONS || i + 2 * k > words.length) return null;
  const captions: PeriodCaption[] = [];
  for (let j = 0; j < k; j++) {
    const c = periodCaption(`${words[i + j].text} ${words[i + k + j].text}`);
    if (!c || c.unit === "year" || !follows(captions, c, turns)) return null;
    captions.push(c);
  }
  return { captions, used: words.slice(i, i + 2 * k) };
}

/** Periods in a year, by unit: the last goes on to the next year's first. */
const PER_YEAR: Readonly<Record<GridUnit, number>> = { month: 12, quarter: 4, half_year: 2, year: 1 };

/** The next period after the run so far: the next in the year, or the next year's first while turns are left. */
function follows(run: readonly PeriodCaption[], c: PeriodCaption, turns: number): boolean {
  const prev = run[run.length - 1];
  if (!prev) return true;
  if (prev.unit !== c.unit) return false;
  if (c.ordinal === prev.ordinal + 1) return true;
  return prev.ordinal === PER_YEAR[c.unit] && c.ordinal === 1 && turnsIn(run) < turns;
}
