import { matchHeader } from "../columns/matchHeader";
import { parseDeadline } from "../deadline";
import { MONTH_NOMINATIVES } from "../deadline/months";
import { isDeadlineWord } from "../deadline/deadlineWord";
import { endsExecutorBefore } from "./continuesLine";
import { isFrequencyAttribute, lineEvidence, opensParty } from "./lineEvidence";
import { type Line, openingMarks, type Segmentation } from "./segmentRows";

/**
 * Lines that hold two cells. pdftotext without layout (and many viewers' "copy all") puts pieces of cells printed at
 * the same height on one line: «до 1 июля 2027 Отдел образования,», «…вакантных должностей Новикова А.В.»,
 * «…должностей руководители образовательных». Such a line is cut where one cell's clues end and the next cell's
 * begin, so that the row reader sees a line per cell piece, as a mouse copy gives it. Each rule of the catalogue
 * names a start of a cell that a cell's own text seldom has in its middle; the pieces keep the line's row.
 */
interface CellStart {
  readonly why: string;
  /** Where in `text` (at a word's start) a new cell may begin, or -1. */
  readonly at: (text: string, words: readonly Word[]) => number;
}

interface Word {
  readonly start: number;
  readonly text: string;
}

/** A person with initials, either way round. */
const PERSON_AT = /^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)/u;
/**
 * A surname in an oblique case («с педагогом Ивановой А.А.», «Петрову А.А.»): the person is part of the sentence
 * before it, not an executor's cell, which names people in the nominative.
 */
const OBLIQUE_PERSON = /^(?:[А-ЯЁ][а-яё]+(ой|ому|ым|ою|ову|еву|ину|ыну|ого|его|ему)\s+[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(ой|ому|ым|ою|ову|еву|ину|ыну|ого|его|ему)(?!\p{L}))/u;
/**
 * Positions in the nominative, as an executor's cell names them (a name says «для руководителей»), in either case: a
 * cell opens with a capital («… наставнических пар Руководители»).
 */
const POSITION_AT = /^(руководител[ьи]|директор|заместител[ьи]|начальник|методист|специалист|главн(ый|ые) специалист|ведущ(ий|ие) специалист|инспектор|педагог-психолог|председател[ьи]|куратор)(?!\p{L})/iu;
/** An item's number opening a line («2», «1.2», «3.4.»), followed by its name. */
const ITEM_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+\p{Lu}/u;
/** The most words of an executor's first line a copy runs on at a name's line's end. */
const EXECUTOR_OPENING = 2;
/** A list of executors goes on after these: the person after them is in the same cell. */
const LIST_OPEN = /(,|;|\s(и|или))$/u;

/** Words that carry a list of executors on after an executor ended whole. */
const LIST_GOES_ON = /^(?:и|или|а также|совместно|по согласованию|при участии)(?!\p{L})/u;
/** A deadline that follows someone's plan or schedule: the body named next is the deadline's own. */
const OWNED = /(?:план\p{L}*|график\p{L}*|заседани\p{L}*|согласовани\p{L}*(?:\s+с)?)$/iu;
/** Initials at the end: the surname after them is the same person's. */
const INITIALS_END = /(?<!\p{L})[А-ЯЁ]\.\s?[А-ЯЁ]\.$/u;
/** A result's target: a figure after «не менее» / «не более», or a share in per cent. */
const TARGET = /(?:^|\s)(?:не\s+(?:менее|более)\s+\d|\d+(?:[.,]\d+)?\s*%)/u;

/**
 * The word a year is written with after its figures («2034 г.», «2034–2036 гг.», «2026 года»): the deadline's own
 * last word, however an executor's or a result's words after it read («до 1 февраля 2034 г. Ковалёва Н.В.»).
 */
const YEAR_TAIL = /^(?:гг?\.?|год[аы]?|годов)(?!\p{L})/u;
/** A month's name alone, in the nominative, as a deadline cell's first line gives it before its year. */
const LONE_MONTH = new RegExp(`^(?:${MONTH_NOMINATIVES})$`, "iu");
const isDeadline = (t: string) => t.length <= 60 && parseDeadline(t).kind !== "unparsed";
/** Some of the text's first words read as a deadline («до 1 сентября Утверждённый график»). */
const opensWithDeadline = (t: string) => wordsOf(t).some((w, k, all) => isDeadline(t.slice(0, k + 1 < all.length ? all[k + 1].start : t.length).trim()));
const hasPerson = (t: string) => /[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(t);

const CELL_STARTS: readonly CellStart[] = [
  {
    why: "a deadline first, then a cell in capitals, an executor or a result's wording («с 01.09.2028 приказы о»)",
    at: (text, words) => {
      let best = -1;
      let bestWeight = 0;
      let bestReading: string | null = null;
      for (const w of words) {
        if (w.start === 0) continue;
        const head = text.slice(0, w.start).trim();
        const rest = text.slice(w.start);
        // The head ends with a deadline whole (endsWithWholeDeadline): the parser reads one through other cells' words
        // before it too («Повышение квалификации учителей по ГАУ ДПО в течение года»); a name's are cut off later.
        if (!isDeadline(head) || isDeadline(rest) || !endsWithWholeDeadline(head)) continue;
        // The parser reads a deadline through words of the next cell («ежеквартально МКУ «ИМЦ»;»): words that do not
        // change what the deadline says are no part of it, and the cut stays before them, but for the body whose plan
        // or schedule it follows («по плану заседаний РУМО», «по графику ИРО»).
        if (best >= 0 && reading(head) === bestReading && !OWNED.test(text.slice(0, best).trim())) continue;
        const e = lineEvidence(rest);
        const weight = Math.max(e.responsible, e.result, e.name);
        const capital = /^[«"А-ЯЁ]/u.test(rest);
        // A result's words in lower case open a cell where nothing before them did: after a cell opened in capitals
        // («в течение года Не менее 30 %») they are that cell's own («менее 30 %»). A target's figure is a result's
        // too where its first word is none of a deadline's («II квартал 2028 г.» / «трудоустроено не менее 5»).
        const resultWords = best < 0 && /^\p{Ll}/u.test(rest) && (e.result >= 2 || (TARGET.test(rest) && !isDeadlineWord(w.text)));
        if ((capital || e.responsible >= 2 || resultWords) && weight >= bestWeight && (weight > 0 || best < 0)) {
          best = w.start;
          bestWeight = weight;
          bestReading = reading(head);
        }
      }
      // The year's word after the cut is the deadline's last: the cut goes past it.
      const k = words.findIndex((w) => w.start === best);
      return k > 0 && YEAR_TAIL.test(words[k].text) && /\d{4}$/u.test(words[k - 1].text) ? (words[k + 1]?.start ?? -1) : best;
    },
  },
  {
    why: "a span's start, then its end's first line: a month alone («май 2027 г. август» / «2028 г.»)",
    // A deadline printed in two columns, start and end, draws both on one baseline; a viewer's copy (pdf.js) runs the
    // start's line on with the end's first, whose year wraps below. One cell never names a dated deadline and then a
    // bare month: its span has a dash or «по» between.
    at: (text, words) => {
      const last = words[words.length - 1];
      if (words.length < 3 || !LONE_MONTH.test(last.text)) return -1;
      const head = text.slice(0, last.start).trim();
      return /\d{4}/u.test(head) && isDeadline(head) && !ENDS_OPEN.test(head) ? last.start : -1;
    },
  },
  {
    why: "lower case after an executor ended whole (an abbreviation, a closing quote, initials)",
    // Text in drawing order puts a one-line executors' cell and the next cell's first line on one baseline («ИРО не»
    // / «требуется»); a list of executors goes on with a conjunction, an agreement or a position, not so.
    at: (text, words) => {
      for (const w of words) {
        if (w.start === 0) continue;
        const head = text.slice(0, w.start).trim();
        const rest = text.slice(w.start);
        // A deadline after it is cut off by trailingDeadlineCuts, which notes the guess.
        if (endsExecutorBefore(head, rest) && !LIST_GOES_ON.test(rest) && lineEvidence(head).responsible > 0 && !opensWithDeadline(rest)) return w.start;
      }
      return -1;
    },
  },
  {
    why: "a person with initials after words that name no executor",
    at: (text, words) => {
      for (const w of words) {
        if (w.start === 0 || !PERSON_AT.test(text.slice(w.start)) || OBLIQUE_PERSON.test(text.slice(w.start))) continue;
        const head = text.slice(0, w.start).trim();
        if (head.split(/\s+/).length >= 2 && !LIST_OPEN.test(head) && !hasPerson(head) && lineEvidence(head).responsible <= 0 && !isDeadline(head)) return w.start;
      }
      return -1;
    },
  },
  {
    why: "a position after a name's words",
    at: (text, words) => {
      for (const w of words) {
        if (w.start === 0 || !POSITION_AT.test(text.slice(w.start))) continue;
        const head = text.slice(0, w.start).trim();
        if (head.split(/\s+/).length >= 2 && !LIST_OPEN.test(head) && !hasPerson(head) && lineEvidence(head).responsible <= 0 && !isDeadline(head)) return w.start;
      }
      return -1;
    },
  },
  {
    why: "an executor's body in capitals at the end of a numbered name's one line («Компенсация найма жилья Администрация»)",
    // A viewer's copy (pdf.js) runs a one-line name on with the executor's first line drawn on its baseline; the
    // executor's cell goes on below («округа»). Only a line's last word or two, a body's word in capitals (no
    // abbreviation, which a name's own text ends with: «… педагогов ОО»), after a name's words, one space apart (a
    // layout's wide gaps part its columns already); a caption is none («Наименование мероприятия Ответственные»).
    at: (text, words) => {
      // Only a row's first line, opened by its number: lines further down are pdftotext's glued flows, cut as a row
      // (gluedLines), not a line alone.
      if (/\S\s{2,}\S/u.test(text) || !ITEM_NUMBER.test(text)) return -1;
      for (const w of words.slice(-EXECUTOR_OPENING)) {
        const rest = text.slice(w.start);
        const head = text.slice(0, w.start).trim();
        if (w.start === 0 || !/^\p{Lu}\p{Ll}/u.test(w.text) || head.split(/\s+/).length < 2 || LIST_OPEN.test(head) || /[-–—(«]$/u.test(head) || matchHeader(rest) !== null) continue;
        const [e, h] = [lineEvidence(rest), lineEvidence(head.replace(/^\d+(?:\.\d+)*\.?\s+/u, ""))];
        // A name's line that ends with a deadline is three cells (a name, a deadline, an executor): no one-line name.
        if (e.responsible > Math.max(e.name, e.result, 0) && h.name > 0 && h.responsible <= 0 && !isDeadline(head) && cutTrailingDeadline(head) === null) return w.start;
      }
      return -1;
    },
  },
  {
    why: "result wording in capitals, or a target's figure, after an executor or a name",
    at: (text, words) => {
      const at = (opens: (rest: string, head: string) => boolean) => {
        for (const w of words) {
          if (w.start === 0 || !/^[А-ЯЁ][а-яё]/u.test(w.text)) continue;
          const rest = text.slice(w.start);
          const head = text.slice(0, w.start).trim();
          if (opens(rest, head) && !LIST_OPEN.test(head) && !/[-–—(«]$/u.test(head) && !PERSON_AT.test(rest) && head.split(/\s+/).length >= 2) return w.start;
        }
        return -1;
      };
      const worded = at((rest) => lineEvidence(rest).result >= 2);
      // Else a word in capitals inside a cell is seldom an ordinary one: with a target's figure after it («Участие не
      // менее 5», «Охват 100 % школ») it opens the result drawn on the executors' baseline; a surname after initials
      // is still the person's («Л.А.» / «Новикова»).
      return worded >= 0 ? worded : at((rest, head) => TARGET.test(rest) && lineEvidence(head).responsible > 0 && !INITIALS_END.test(head));
    },
  },
];

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) out.push({ start: m.index!, text: m[0] });
  return out;
}

/** One line's pieces, each a cell's: the first rule that finds a cut cuts, and the pieces are cut again. */
export function splitLine(text: string): string[] {
  const t = text.trim();
  const words = wordsOf(t);
  if (words.length < 2) return [t];
  for (const rule of CELL_STARTS) {
    const at = rule.at(t, words);
    // A deadline cut off is whole: «по плану заседаний РУМО» is not cut again before «РУМО».
    if (at > 0) return [...(rule === CELL_STARTS[0] ? [t.slice(0, at).trim()] : splitLine(t.slice(0, at))), ...splitLine(t.slice(at))];
  }
  return [t];
}

/** The lines with every joined line cut into its cells' pieces (same row). */
export function splitJoinedLines(lines: readonly Line[]): Line[] {
  return lines.flatMap((l) => splitLine(l.text).map((text, k) => ({ row: l.row, text, ...(k === 0 ? openingMarks(l) : {}) })));
}

/**
 * Words a cell's text does not end with: a deadline after them is the sentence's own («отчёт за 2026 год», «в течение
 * учебного года», «подготовка к 1 сентября»), not the next cell's start.
 */
export const OPEN_WORDS = "в|во|на|за|до|к|ко|по|с|со|от|из|для|о|об|при|через|около|после|перед|между|и|или|а|но|что|чем|года|году|годов|итогам|итогов";
const OPEN_WORD = new RegExp(`^(?:${OPEN_WORDS})$`, "iu");
/** A preposition before a count of years («до 3 лет», «от 35 лет»): an age or a length of service. */
const YEARS_COUNT = /^\p{L}+\s+\d{1,2}\s+лет(?!\p{L})/iu;
const ENDS_OPEN = new RegExp(`(?:^|\\s)(?:${OPEN_WORDS})$|[-–—(«,;:]$`, "iu");

/** A deadline's reading, to tell whether a word added before it changes what it says. */
function reading(text: string): string | null {
  if (text.length > 60) return null;
  const d = parseDeadline(text);
  return d.kind === "unparsed" ? null : `${d.kind} ${d.start} ${d.end} ${d.every}`;
}

/**
 * The line cut before a deadline at its end («ведущий инспектор до 17 января», «МКУ «ЦРО» к 24 сентября»), as
 * [before, deadline]; null where the whole line is one («третья декада июля») or no tail of it is a deadline after
 * words that could end a cell. The parser reads a deadline through other words («Орлов И.Г. III квартал» reads as
 * the quarter), so the deadline starts at the first word that belongs to it: the tail from there reads as a deadline
 * and reads otherwise (or not at all) without that word («до 17 января» ≠ «17 января»), or the word is one no cell
 * ends with («в течение года»).
 */
export function cutTrailingDeadline(text: string): [string, string] | null {
  const t = text.trim();
  const words = wordsOf(t);
  // Each tail is read once: the loop asks for tail k + 1 and then, a step later, for the same tail as k.
  const read = new Map<number, string | null>();
  const from = (k: number): string | null => {
    if (k >= words.length) return null;
    if (!read.has(k)) read.set(k, reading(t.slice(words[k].start)));
    return read.get(k)!;
  };
  // A preposition before a count of years opens no deadline: that is an age or a length of service («со стажем до 3
  // лет»), which no deadline counts so, and the deadline starts after it.
  const opens = (k: number) => OPEN_WORD.test(words[k].text) && !words.slice(k).some((w) => YEARS_COUNT.test(t.slice(w.start)));
  for (let k = 0; k < words.length; k++) {
    const r = from(k);
    // A frequency adjective qualifies the noun after it («Назначение ежемесячной» / «… выплаты»): the parser reads a
    // frequency in it that opens no deadline.
    if (r === null || (r === from(k + 1) && !opens(k)) || isFrequencyAttribute(words[k].text)) continue;
    if (k === 0) return null;
    const head = t.slice(0, words[k].start).trim();
    return ENDS_OPEN.test(head) || isDeadline(head) ? null : [head, t.slice(words[k].start)];
  }
  return null;
}

/**
 * Whether a piece cut off a line as a deadline's cell is the deadline whole. The parser reads a deadline through other
 * words («по ГАУ ДПО в течение года» and «в течение года областной» read as «в течение года»): where a cut is sought
 * among many (a page's last line holding each cell's first line), a piece with another cell's words before or after
 * the deadline is no deadline's cell.
 * - Before: words the deadline reads without (cutTrailingDeadline), past a preposition it opens with too, which may
 *   have ended the cell before («учителей по» / «ГАУ ДПО»).
 * - After: a last word of no deadline («областной») that changes nothing of the reading, but for the body whose plan or
 *   schedule the deadline follows («по графику ИРО»).
 */
export function deadlineWhole(text: string): boolean {
  const t = text.trim();
  if (!nothingBeforeDeadline(t)) return false;
  const last = t.match(/\s(\S+)$/u);
  if (!last || isDeadlineWord(last[1])) return true;
  const head = t.slice(0, last.index).trim();
  return OWNED.test(head) || reading(head) !== reading(t);
}

/**
 * The text holds no words before the deadline it reads as (deadlineWhole), past a preposition it opens with either,
 * which may have ended the cell before («учителей по» / «ГАУ ДПО в течение года»).
 */
function nothingBeforeDeadline(text: string): boolean {
  const [first, rest] = [text.match(/^\S+/u)?.[0] ?? "", text.replace(/^\S+\s*/u, "")];
  return cutTrailingDeadline(text) === null && (rest === "" || !OPEN_WORD.test(first) || cutTrailingDeadline(rest) === null);
}

/**
 * A deadline at the line's end (cutTrailingDeadline). In text given cell after cell (`cellWidth`), none with an
 * executor among the words the parser read it through («учителей по ГАУ ДПО в течение года …», a page's last line of
 * every cell's first line): the executor is a cell of its own between, and the search of glued lines cuts such a line
 * at each cell (gluedLines). Other words after it («согласно плану образовательные организации») are cut off by the
 * rows' reading later.
 */
function wholeTail(text: string, cellWidth: boolean): [string, string] | null {
  const cut = cutTrailingDeadline(text);
  if (!cut || !cellWidth) return cut;
  const inner = cutTrailingDeadline(cut[1].replace(/^\S+\s*/u, ""));
  const before = inner ? `${cut[1].match(/^\S+/u)![0]} ${inner[0]}` : "";
  return wordsOf(before).some((w) => opensParty(before.slice(w.start))) ? null : cut;
}

/** The text is a deadline the parser reads, with no other cell's word before or after it (deadlineWhole). */
export const readsAsWholeDeadline = (text: string): boolean => isDeadline(text) && deadlineWhole(text);

/** Where, from `from` on, the text's last words are a deadline whole (deadlineWhole), after words that could end a cell; or -1. */
function wholeDeadlineAt(t: string, from: number): number {
  for (const w of wordsOf(t).filter((x) => x.start >= from)) {
    const [head, tail] = [t.slice(0, w.start).trim(), t.slice(w.start)];
    if (readsAsWholeDeadline(tail)) return ENDS_OPEN.test(head) ? -1 : w.start;
  }
  return -1;
}

/**
 * The text is a deadline whole, or ends with one after a cell's words: the words the parser read it through before
 * it open no executor («учителей по ГАУ ДПО в течение года»: «ГАУ ДПО» is a cell between the name and the deadline).
 */
function endsWithWholeDeadline(text: string): boolean {
  const t = text.trim();
  const cut = cutTrailingDeadline(t);
  if (cut === null) return nothingBeforeDeadline(t);
  const at = wholeDeadlineAt(t, cut[0].length);
  const between = t.slice(cut[0].length, Math.max(at, cut[0].length)).trim();
  return at >= 0 && !wordsOf(between).some((w) => opensParty(between.slice(w.start)));
}

/**
 * Rows with no line that is a deadline whose one line ends with one: text in drawing order (a browser's copy of a
 * PDF, `pdftotext -raw`) runs a cell's last line and the next cell's first line together where the printer drew them
 * one after the other («ведущий инспектор до 17 января»). Only such rows are cut: in a row that has its deadline, a
 * date at a line's end is the sentence's own. Lines are judged by their cells' pieces (splitLine); the last piece of
 * the row that ends with a deadline is cut, and its line's pieces are given by the line's index. `cellWidth`: the
 * lines are a cell's width (linesOfCellWidth), the text given cell after cell.
 */
export interface TailCut {
  /** The line's pieces, the cut one in two. */
  readonly pieces: readonly string[];
  /** The text before the deadline, and the deadline. */
  readonly cut: readonly [string, string];
}

export function trailingDeadlineCuts(rows: Segmentation, source: readonly Line[], cellWidth = false): Map<number, TailCut> {
  const cuts = new Map<number, TailCut>();
  for (const s of rows.segments) {
    if (s.kind !== "item") continue;
    const indexes = [...new Set(s.pieces.flat().map((r) => r.index))];
    const texts = indexes.map((i) => splitLine(source[i].text));
    // A piece the parser reads as a deadline only through words of another cell is no deadline. Most rows have their
    // deadline: they are passed over before any line is cut, but for the deadline's first words run on to the line
    // before it.
    if (texts.some((line) => line.some((text) => isDeadline(text) && cutTrailingDeadline(text) === null))) {
      const opened = openedDeadline(texts);
      if (opened) cuts.set(indexes[opened.line], opened.cut);
      continue;
    }
    // The parser reads a deadline through other cells' words too: one with an executor inside is no cell's (wholeTail).
    const pieces = texts.map((line) => line.map((text) => ({ text, cut: wholeTail(text, cellWidth) })));
    const last = [...pieces.keys()].reverse().find((k) => pieces[k].some((p) => p.cut !== null));
    if (last === undefined) continue;
    const at = pieces[last].map((p) => p.cut !== null).lastIndexOf(true);
    cuts.set(indexes[last], { pieces: pieces[last].flatMap((p, k) => (k === at ? p.cut! : [p.text])), cut: pieces[last][at].cut! });
  }
  return cuts;
}

/**
 * A deadline whose first words ended the line before it, run on to another cell's last line («Руководители ОУ с
 * 01.02.2025 по» / «30.04.2025», «дорожной карты до 25» / «декабря 2028 г.»): the line before is cut where the two
 * lines together read as a deadline that reads otherwise without those words (cutTrailingDeadline). The first such
 * line of the row, by its index among the row's lines, with its pieces.
 */
/**
 * Words a deadline opens with that a cell seldom ends with: «с 01.02.2025 по», «до», «до 25», «не позднее», «первая
 * декада». («по» and a bare figure end names and targets as often: «руководящих работников по», «не менее 4».)
 */
const DEADLINE_OPENING = /^(?:с|со|до|к|не позднее|не ранее|(?:перв|втор|трет)\p{L}+ декад\p{L}*)(?!\p{L})/iu;

const LONE_OPENING = /^(?:с|со|до|к)$/iu;
/** A day first: «15.09.2027», «1 сентября»; a year («2026 год») is none. */
const DAY_FIRST = /^\d{1,2}(?:[.\s]|$)/u;

function openedDeadline(texts: readonly (readonly string[])[]): { line: number; cut: TailCut } | null {
  for (let k = 1; k < texts.length; k++) {
    const deadline = texts[k][0];
    const before = texts[k - 1][texts[k - 1].length - 1];
    if (!deadline || !before || !isDeadline(deadline)) continue;
    const cut = cutTrailingDeadline(`${before} ${deadline}`);
    if (!cut || cut[1].length <= deadline.length + 1) continue;
    const start = cut[1].slice(0, cut[1].length - deadline.length).trim();
    // The words moved change what the deadline says and are no deadline of their own, nor a name's last words
    // before it («по дополнительным» / «ежеквартально» reads as «ежеквартально» alone).
    if (!before.endsWith(start) || !cut[0] || isDeadline(start) || !DEADLINE_OPENING.test(start) || start.split(/\s+/).length > 3 || reading(cut[1]) === reading(deadline)) continue;
    // A preposition alone ends a name's line as often («совместно с» / «педагогическим колледжем»): it opens the
    // deadline only before a day («до» / «15.09.2027», «с» / «1 сентября»), not before a year («с» / «2026 год»).
    if (LONE_OPENING.test(start) && !DAY_FIRST.test(deadline.trim())) continue;
    return { line: k - 1, cut: { pieces: [...texts[k - 1].slice(0, -1), cut[0], start], cut: [cut[0], cut[1]] } };
  }
  return null;
}
