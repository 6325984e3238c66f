import type { Locale } from "../issues/issue";
import { localizeTable } from "../../i18n";

/**
 * Month names for a reporting month written as YYYY-MM. Russian needs two forms: «за ноябрь 2025» (nominative, also
 * the label of a sheet or a table row) and «в ноябре 2025» (prepositional, after «в»).
 */
export type MonthForm = "nominative" | "prepositional";

const MONTHS = {
  ru: {
    nominative: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    prepositional: ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"],
  },
  en: {
    nominative: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    prepositional: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  },
} as const;

/** "ноябрь 2025" for "2025-11"; a value that is no YYYY-MM month is returned as it is, never invented. */
export function monthName(period: string, locale: Locale, form: MonthForm = "nominative"): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const name = m ? localizeTable(MONTHS, locale)[form][Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : period;
}
