import { MONTH_STEMS } from "./months";

/**
 * Whether a word is one a deadline is written with (DESIGN §3): a figure, a date or a year, a Roman numeral, a dash,
 * a month, a part of the year, a repeat («ежемесячно»), a word of the phrases that name no date («по мере
 * необходимости», «в течение года», «по запросу», «согласно плану») or one of their prepositions. Words of no deadline
 * («Протокол», «кадров», «ОО») are another cell's text that ran on beside the deadline's.
 */

/** Figures, dates, years, Roman numerals, dashes and brackets alone: no letters that say anything else. */
const FIGURE_OR_MARK = /^(\p{N}|[IVXLC]{1,4}$|[–—\-/()]+$)/u;
/** The stems a deadline's words start with, in the folded form (lower case, ё → е). */
const STEMS = [
  ...MONTH_STEMS,
  "квартал", "полугоди", "полгода", "декад", "месяц", "недел", "числ", "дн[яеи]", "год", "гг?\\.?$", "учебн", "календарн",
  "перв", "втор", "трет", "четверт", "конц", "начал", "окончани", "середин",
  "ежедневн", "еженедельн", "ежемесячн", "ежеквартальн", "ежеполугодн", "ежегодн", "кажд", "раз[а]?$",
  "постоянн", "систематическ", "регулярн", "круглогодичн", "течени", "протяжени", "период", "весь$", "всего$", "срок",
  "действи", "реализаци", "мере$", "необходимост", "запрос", "заявк", "требовани", "согласн", "соответстви",
  "план", "график", "итог", "позднее$", "ранее$", "установленн", "утвержденн",
];
const STEM = new RegExp(`^(${STEMS.join("|")})`, "u");
/** Prepositions and particles a deadline's phrase is built with («не позднее», «с … по …», «до», «к», «в течение»). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(["с", "со", "по", "до", "к", "ко", "в", "во", "не", "на", "от", "за", "и", "или", "при", "после"]);
/** Quotes and punctuation around a word, which say nothing of it. */
const AROUND = /^[«»"“”„(),.;:]+|[«»"“”„(),;:]+$/gu;

/** The word without what surrounds it, in the folded form the stems are written in. */
const folded = (word: string): string => word.replace(AROUND, "").toLowerCase().replace(/ё/g, "е");

export function isDeadlineWord(word: string): boolean {
  const w = folded(word);
  if (w === "") return true;
  return FIGURE_OR_MARK.test(word.replace(AROUND, "")) || FUNCTION_WORDS.has(w) || STEM.test(w);
}

/**
 * Words that name a time and nothing else: a month, a part of the year, a year, a date, a repeat, «постоянно».
 * No executor's cell holds one (a name's may: «по итогам учебного года», «на 2026 год»).
 */
const CALENDAR = new RegExp(
  `^(${[...MONTH_STEMS, "квартал", "полугоди", "декад", "ежедневн", "еженедельн", "ежемесячн", "ежеквартальн", "ежегодн", "постоянн", "течени"].join("|")})`,
  "u",
);
const YEAR_OR_DATE = /^((19|20)\d\d(\/(19|20)?\d\d)?|\d{1,2}\.\d{1,2}\.\d{2,4})(г\.?)?$/u;

export function isCalendarWord(word: string): boolean {
  const w = folded(word);
  return CALENDAR.test(w) || YEAR_OR_DATE.test(w) || /^[IV]{1,3}$/u.test(word.replace(AROUND, ""));
}
