import { parseDeadline } from "../deadline";
import { lineEvidence } from "./lineEvidence";
import type { Line } from "./segmentRows";

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
/** Positions in the nominative, as an executor's cell names them (a name says «для руководителей»). */
const POSITION_AT = /^(руководител[ьи]|директор|заместител[ьи]|начальник|методист|специалист|главн(ый|ые) специалист|ведущ(ий|ие) специалист|инспектор|педагог-психолог|председател[ьи]|куратор)(?!\p{L})/u;
/** A list of executors goes on after these: the person after them is in the same cell. */
const LIST_OPEN = /(,|;|\s(и|или))$/u;

const isDeadline = (t: string) => t.length <= 60 && parseDeadline(t).kind !== "unparsed";
const hasPerson = (t: string) => /[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(t);

const CELL_STARTS: readonly CellStart[] = [
  {
    why: "a deadline first, then a cell in capitals or an executor",
    at: (text, words) => {
      let best = -1;
      let bestWeight = 0;
      for (const w of words) {
        if (w.start === 0) continue;
        const head = text.slice(0, w.start).trim();
        const rest = text.slice(w.start);
        if (!isDeadline(head) || isDeadline(rest)) continue;
        const e = lineEvidence(rest);
        const weight = Math.max(e.responsible, e.result, e.name);
        const capital = /^[«"А-ЯЁ]/u.test(rest);
        if ((capital || e.responsible >= 2) && weight >= bestWeight && (weight > 0 || best < 0)) {
          best = w.start;
          bestWeight = weight;
        }
      }
      return best;
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
    why: "result wording in capitals after an executor or a name",
    at: (text, words) => {
      for (const w of words) {
        if (w.start === 0 || !/^[А-ЯЁ][а-яё]/u.test(w.text)) continue;
        const rest = text.slice(w.start);
        const head = text.slice(0, w.start).trim();
        if (lineEvidence(rest).result >= 2 && !LIST_OPEN.test(head) && !/[-–—(«]$/u.test(head) && !PERSON_AT.test(rest) && head.split(/\s+/).length >= 2) return w.start;
      }
      return -1;
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
  return lines.flatMap((l) => splitLine(l.text).map((text, k) => ({ row: l.row, text, ...(k === 0 && l.parted ? { parted: true } : {}) })));
}
