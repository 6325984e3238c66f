import { headerFold } from "../table/headerFold";
import { matchSynonym } from "../table/matchSynonym";

/**
 * Header synonyms of vacancy table columns. A header cell is matched against every pattern; the key whose pattern
 * matches earliest wins, ties go to the longer match ("Часов на ставку" is the norm, not the hours). Patterns see
 * lower-case text with ё→е and look-alikes fixed.
 */
export const VACANCY_COLUMNS = {
  period: [/^период/, /^месяц/, /по состоянию/, /^отчетн\S* (период|месяц)/, /^дата (отчета|сведений|представления)/],
  municipality: [/муниципал/, /^район/, /^мо$/, /городск\S* округ/, /^территори/],
  org: [/организаци/, /^оо\b/, /^оу\b/, /^доо\b/, /наименование (оо|оу|доо|учрежд|образоват)/, /учрежден/, /^школа$/],
  position: [/должност/, /^специальност/, /^професси/, /^вакансия$/],
  subject: [/предмет/, /дисциплин/, /специализац/, /^профил/, /направленност/],
  rates: [/ставк/, /ставок/, /^кол\S* ставок/],
  hours: [/час/, /нагрузк/],
  hoursPerRate: [/час\S* на (1 |одну )?ставк/, /норм\S* (часов|нагрузки)/, /^норма/],
  vacancies: [/(количество|кол-во|число) вакансий/, /^вакансий$/, /^кол\S* вакант\S* мест/],
  opened: [/дата (открытия|возникновения|появления)/, /открыт\S* с/, /возникл/, /^дата вакансии/],
  reason: [/причин/, /основани/],
  status: [/статус/, /^состояние/, /открыт\S* ?\/ ?закрыт/],
  closed: [/дата закрытия/, /закрыт\S* \(дата\)/, /дата (трудоустройства|замещения|приема)/],
  note: [/примечани/, /комментари/],
} as const satisfies Record<string, readonly RegExp[]>;

export type VacancyColumn = keyof typeof VACANCY_COLUMNS;

/**
 * Headers of other staffing tables that share words with vacancy tables: a staff list («ФИО», «Категория») or a
 * staff schedule («Ставок по штату», «Занято ставок») has positions and rates too, but is not a vacancy report.
 */
export const NOT_VACANCY_HEADERS: readonly RegExp[] = [/^фио/, /по штату/, /штатн/, /^занят/, /занято/, /образовани/, /категори/, /дата рождения/, /стаж/, /вид занятости/];

export { headerFold };

/** The vacancy column a header names, or null. */
export function matchVacancyHeader(text: string): VacancyColumn | null {
  const folded = headerFold(text);
  if (folded === "" || folded.length > 120) return null;
  return matchSynonym(VACANCY_COLUMNS, folded)?.key ?? null;
}

export function isNotVacancyHeader(text: string): boolean {
  const folded = headerFold(text);
  return NOT_VACANCY_HEADERS.some((p) => p.test(folded));
}
