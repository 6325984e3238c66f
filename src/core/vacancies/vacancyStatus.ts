import { foldCached as foldText } from "./memoText";
import { isSumLabel } from "../table/sumRows";
import type { VacancyStatus } from "./types";

/** Status words as organisations write them; matched at the start of the folded cell. */
const STATUS_WORDS: readonly (readonly [RegExp, VacancyStatus])[] = [
  [/^(закрыт|заполнен|замещен|занят|трудоустро|принят|укомплектован|нет$)/, "closed"],
  [/^(открыт|вакант|действ|свободн|актуальн|не закрыт|не заполнен|да$|поиск)/, "open"],
];

/** Status cells hold a handful of words over a million rows: each is read once. */
const STATUS_CACHE_LIMIT = 10_000;
const statuses = new Map<string, VacancyStatus | "unknown" | null>();

/** The status a cell states, "unknown" for other words, null when empty. */
export function readStatus(cell: string | undefined): VacancyStatus | "unknown" | null {
  const text = cell ?? "";
  let status = statuses.get(text);
  if (status === undefined) {
    if (statuses.size >= STATUS_CACHE_LIMIT) statuses.clear();
    statuses.set(text, (status = statusOf(text)));
  }
  return status;
}

function statusOf(cell: string): VacancyStatus | "unknown" | null {
  const folded = foldText(cell);
  if (folded === "") return null;
  // "Не закрыта" must be read before "закрыта": the open words are tried on negations first.
  if (/^не /.test(folded)) return STATUS_WORDS[1][0].test(folded) ? "open" : "unknown";
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(folded)) return status;
  return "unknown";
}

/** Rows that carry no vacancy: an organisation saying it has none. */
const NO_VACANCY = /^(нет|нет вакансий|вакансий нет|вакансии отсутствуют|отсутству|-|—)$/;

export function saysNoVacancy(cell: string): boolean {
  return NO_VACANCY.test(foldText(cell));
}

/** Subtotal rows are not vacancies: counting them would double the totals. */
export function isSubtotal(...cells: readonly string[]): boolean {
  for (const c of cells) if (c !== "" && isSumLabel(foldText(c))) return true;
  return false;
}
