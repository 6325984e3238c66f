import { isValidDate, isoDate } from "./isoDate";
import { MONTH_SOURCE, monthNumber } from "./months";
import { foldKeepingLength } from "./normalizeDeadlineText";

/**
 * Full dates with a year: ISO, dd.mm.yyyy (spaces after the dots allowed), dd.mm.yy, "20 декабря 2024 г.",
 * "«20» декабря 2024 г." (the legal style), "01 января 2022года". Not part of a longer dotted number ("1.2.10.2024"). A trailing year word is included.
 */
const EXPLICIT_DATE = new RegExp(
  "(?<![\\d.])(?:" +
    "(\\d{4})-(\\d{2})-(\\d{2})" +
    "|(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})" +
    "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?!\\.\\d)" +
    `|[«"“]?(\\d{1,2})[»"”]?\\s?(${MONTH_SOURCE})\\s?(\\d{4})` +
    ")(?!\\d)(?:\\s?(?:года|год|г)(?!\\p{L})\\.?)?",
  "gu",
);

const HAS_DIGIT = /\d/;

function toIso(m: RegExpExecArray): string | null {
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (m[4]) [y, mo, d] = [Number(m[6]), Number(m[5]), Number(m[4])];
  else if (m[7]) [y, mo, d] = [2000 + Number(m[9]), Number(m[8]), Number(m[7])];
  else [y, mo, d] = [Number(m[12]), monthNumber(m[11]) ?? 0, Number(m[10])];
  return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** A full date found in a text: the day, and where it is written (index and length in the source text). */
export interface ExplicitDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

/** Explicit full dates in a text (dd.mm.yyyy, dd.mm.yy, "20 декабря 2024 г."), in order, for splitting sub-events. */
export function findExplicitDates(text: string): ExplicitDate[] {
  // Every form of a date holds digits, and folding makes none: a text without any is not folded.
  if (!HAS_DIGIT.test(text)) return [];
  const folded = foldKeepingLength(text);
  const found: ExplicitDate[] = [];
  EXPLICIT_DATE.lastIndex = 0;
  for (let m = EXPLICIT_DATE.exec(folded); m !== null; m = EXPLICIT_DATE.exec(folded)) {
    const iso = toIso(m);
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  return found;
}
