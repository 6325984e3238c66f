import { monthNumber } from "../../plan/deadline/months";

/**
 * A date's words are one phrase, never two cells: a month and its year («октябрь 2027»), a year and the word naming
 * it a year («2027 г.,», «2028 года»). A full deadline cell one space from the executors' would otherwise leave part of
 * its date to them («октябрь | 2027 г., Педагог-психолог»).
 */
const YEAR = /^(?:19|20)\d\d$/;
const YEAR_WORD = /^(?:гг?\.|год(?:а|у|ом)?)[,;]?$/u;

/**
 * A deadline's preposition and the date it governs are one phrase too («до | 4 июля», «с | 01.06.2024», «не |
 * позднее»): a full cell one space before the deadline's would otherwise keep the preposition («Территориальная
 * аттестационная до | 4 июля»), and the date reads as a deadline without it, so the deadline's wording cannot tell.
 * Only one space apart (`glued`): a name's line may end in a preposition («совместно с», «по»), and where a wider gap
 * follows it the layout kept the cells' edge there.
 */
const DATE_PREPOSITION = /^(?:до|к|ко|по|с|со|позднее|ранее)$/u;
const dateStart = (word: string): boolean => /^\d/.test(word) || monthNumber(word.toLowerCase()) !== null || /^[IVX]{1,4}$/.test(word);
const prepositionOfDate = (left: string, right: string): boolean =>
  (DATE_PREPOSITION.test(left) && dateStart(right)) || (left === "не" && /^(?:позднее|ранее)$/u.test(right.toLowerCase()));

/** Whether two words of a line, `left` then `right`, are one phrase of a date that no cell edge parts. */
export function onePhrase(left: string, right: string, glued: boolean): boolean {
  const bare = right.replace(/[,;]$/, "");
  return (
    (YEAR.test(left) && YEAR_WORD.test(right)) ||
    (monthNumber(left.toLowerCase()) !== null && YEAR.test(bare)) ||
    (glued && prepositionOfDate(left.toLowerCase(), bare))
  );
}
