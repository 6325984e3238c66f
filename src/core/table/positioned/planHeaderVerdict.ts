import { isPlanLayout, layoutFromHeader } from "../../plan/columns/detectHeader";
import { parseDeadline } from "../../plan/deadline/parseDeadline";
import type { HeaderVerdict } from "./types";
import { monthNumber } from "../../plan/deadline/months";

/** A header row judged as a plan's: the number of plan columns it names, and more when it is a plan header. */
export function planHeaderVerdict(cells: readonly string[]): HeaderVerdict {
  const layout = layoutFromHeader({ cells, row: 0 }, 0);
  if (layout.notAPlan) return { score: 0, numberColumn: null };
  const deadline = layout.index.deadline;
  // Of a plan's columns only the deadline's wording is sure enough to say where a cell starts.
  const reads = (column: number, text: string) => (column !== deadline || text.trim() === "" ? null : parseDeadline(text).kind !== "unparsed" && !foreignWordInDeadline(text));
  const repeated = new Set([layout.index.responsible, layout.index.deadline, layout.index.result].filter((c) => c !== undefined));
  return { score: layout.score + (isPlanLayout(layout) ? 10 : 0), numberColumn: layout.index.number ?? null, reads, mergedDown: (column) => repeated.has(column), emptyIsMerged: (column) => column === layout.index.responsible };
}

/**
 * A deadline's words after its first are dates, months, periods and their prepositions, in lower case: a word in title
 * case inside one («ежегодно, до Отдел 15 сентября») is the next cell's first word (an executor: «Отдел», «Комитет»,
 * «Руководители») glued to a deadline that fills its column. Months are a deadline's own, and so are roman numerals;
 * a sentence may open after a full stop. An organisation's all-capital name is the deadline's only where the words
 * before it ask whose schedule or plan it follows («по графику ГАУ ДПО СО «ИРО»»): after a deadline that reads whole
 * («ежемесячно МКУ «РМК»») or a range's open dash («октябрь – МКУ») it opens the executors' cell glued to it.
 */
function foreignWordInDeadline(text: string): boolean {
  const words = text.trim().split(/\s+/);
  let owned = true;
  return words.some((w, k) => {
    if (k === 0) return false;
    const before = words[k - 1];
    const month = monthNumber(w.toLowerCase().replace(/[^\p{L}]/gu, "")) !== null;
    if (ALL_CAPITALS.test(w) && !ROMAN.test(w) && !month) {
      owned = (owned && ALL_CAPITALS.test(before)) || OWNER_ASKED.test(before.toLowerCase());
      return !owned;
    }
    owned = false;
    return /^\p{Lu}\p{Ll}{2,}/u.test(w) && !month && !/[.!?]$/.test(before);
  });
}

/** A word in capitals only (an abbreviation, quoted or not: «МКУ», «ИРО»»). */
const ALL_CAPITALS = /^[«"(]*\p{Lu}{2,}[»")]*[,;.]?$/u;
/** A roman numeral (a quarter's, a half-year's), in Latin letters or their Cyrillic look-alikes. */
const ROMAN = /^[IVXІХ]{1,4}[.,]?$/u;
/** Words after which a deadline names whose schedule, plan or consent it follows. */
const OWNER_ASKED = /^(графику?|графиком|плану?|планом|заседаний|работы|мероприятий|календарю|согласованию|запросу|приказу|положению|решению|регламенту)$/u;
