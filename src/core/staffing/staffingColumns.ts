import { matchSynonym } from "../table/matchSynonym";
import { foldText } from "../text/normalize";

/**
 * Header synonyms of staffing tables. Headers are folded (lower case, ё→е, look-alikes fixed) and stripped of
 * counting words ("количество", "число", units); the key whose pattern matches earliest wins, ties go to the longer
 * match, so "Высшая категория" is a count of the highest category, not the category column.
 */
export const STAFFING_COLUMNS = {
  // Shared by every kind.
  org: [/^(наименование )?(образовательн\S* )?(организаци|учреждени)/, /^(оо|оу|доо|оу|учреждение|школа)$/, /^наименование( оо| оу| доо)?$/],
  type: [/^(тип|вид)( (оо|оу|организации|учреждения|образовательной организации))?$/],
  // «Занимаемая должность» (personnel lists), «Должность (профессия)» and «Штатная должность» (1С:ЗКГУ exports).
  position: [/^должност/, /^наименование должност/, /^(занимаем|замещаем|штатн|основн)\S* должност/],
  fio: [/^ф\.?\s?и\.?\s?о/, /^фамилия/, /^работник$/, /^сотрудник$/, /^физическое лицо$/, /^(фио|ф\.и\.о\.?) (работника|сотрудника|педагога)$/],
  // Person-level sheet.
  group: [/^групп/, /^категори\S* (персонала|работник|должност)/, /^персонал/, /^вид персонала/],
  employment: [/занятост/, /^(тип|вид) занятост/, /совместительств/, /^(внешн|внутренн)\S* совместител/, /^совместител/, /^(характер|условия|вид|тип) (работы|занятости|трудовых отношений)/, /^место работы/, /^основн\S* (место|работник)/],
  rate: [/^ставк/, /^(размер|доля) ставк/, /^нагрузка \(?ставк/],
  education: [/^(уровень )?образовани/, /^образовани/],
  category: [/категори/, /^квалификационн/, /^аттестаци/],
  birthDate: [/рождени/, /^д\.? ?р\.?$/],
  sex: [/^пол$/],
  experience: [/стаж/],
  youngSpecialist: [/молод\S* специалист/],
  mentor: [/наставни/],
  training: [/кпк/, /повышени\S* квалификаци/, /курс\S* повышени/, /^дата (прохождения )?(последних )?курсов/],
  hireDate: [/^дата (приема|поступления|трудоустройства)/, /^принят/],
  dismissalDate: [/^дата (увольнения|выбытия)/, /^уволен/],
  // Aggregated sheet and staff schedule: counts per organisation (or per position).
  teachers: [/^(всего )?педагог(ов|и|ические работники|ических работников)( всего)?$/, /^педагогических$/, /^педагогический персонал$/],
  admin: [/^ауп$/, /^(руководящ|руководител|административно-управленческ)/, /^из них ауп/],
  staffTotal: [/^всего( работников| сотрудников| персонала)?$/, /^работников всего$/, /^общая численность/],
  higherEducation: [/высш\S* образовани/, /^высшее$/, /^(имеют |с )высш\S*$/],
  higherPedagogical: [/высш\S* педагогическ/],
  categoryHighest: [/высш\S* (квалификационн\S* )?категори/, /^высшая$/, /^высш\S* кат/, /^вкк$/],
  categoryFirst: [/перв\S* (квалификационн\S* )?категори/, /^первая$/, /^перв\S* кат/, /^1 категори/],
  szd: [/^сзд$/, /соответстви\S* занимаем/, /^(аттестованы )?на (соответствие|сзд)/],
  positions: [/^ставок по (штату|штатному)/, /^по штату/, /^штатн\S* (ставок|единиц|численност|расписани)/, /^ставок (в штатном|по штатному)/, /^предусмотрено/],
  occupied: [/^занят/, /^замещен/, /^фактически занят/],
  vacancies: [/ваканс/, /вакантн/],
  under35: [/(до|моложе|младше) 35/],
  pensionAge: [/пенсионн/, /^пенсионер/],
  youngSpecialists: [/^молод\S* специалист\S*$/, /^молод\S* специалистов/],
  mentoring: [/охвачен\S* наставничеств/, /^(участвуют|участники) (в )?наставничеств/],
  training3y: [/кпк за (последние )?3/, /прошли кпк/, /повышени\S* квалификаци\S* за (последние )?3/],
  dismissed: [/^уволено/, /^уволил/, /^выбыло/],
  number: [/^№/, /^n$/, /^п\/п$/, /^no\.?$/],
} as const satisfies Record<string, readonly RegExp[]>;

export type StaffingColumn = keyof typeof STAFFING_COLUMNS;

/** Columns that only a person-level sheet has, and the counts only aggregated tables and staff schedules have. */
export const PERSON_COLUMNS: readonly StaffingColumn[] = ["fio", "group", "employment", "rate", "education", "category", "birthDate", "sex", "experience", "youngSpecialist", "mentor", "training", "hireDate", "dismissalDate"];
export const COUNT_COLUMNS: readonly StaffingColumn[] = ["teachers", "admin", "staffTotal", "higherEducation", "higherPedagogical", "categoryHighest", "categoryFirst", "szd", "positions", "occupied", "vacancies", "under35", "pensionAge", "youngSpecialists", "mentoring", "training3y", "dismissed"];

/** Header words that say how something is counted, not what: dropped before matching. */
const COUNTING_WORDS = /^(кол-во|количество|число|численность|из них|в том числе|в т\.? ?ч\.?|из них:)\s+/;
const UNITS = /[\s,]*(\(?(чел|человек|ед|шт|ставок|ставки)\.?\)?)$/;

export interface HeaderMatch {
  readonly key: StaffingColumn;
  /** The header states a percentage ("с высшим образованием, %"): a stated figure, not a count. */
  readonly percent: boolean;
}

export function foldHeader(text: string): string {
  let s = foldText(text).replace(/[.:*]+$/, "").trim();
  for (let i = 0; i < 3 && COUNTING_WORDS.test(s); i++) s = s.replace(COUNTING_WORDS, "");
  return s.replace(UNITS, "").trim();
}

/** The staffing column a header names, or null. */
export function matchStaffingHeader(text: string): HeaderMatch | null {
  const raw = foldText(text);
  if (raw === "" || raw.length > 160) return null;
  const percent = /%|(^|\s)доля(\s|$)|удельн\S* вес/.test(raw);
  const folded = foldHeader(text.replace(/%/g, " ")).replace(/^(доля|удельн\S* вес)\s+/, "");
  const best = matchSynonym(STAFFING_COLUMNS, folded);
  return best ? { key: best.key, percent } : null;
}
