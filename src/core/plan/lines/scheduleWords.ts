/**
 * The words of a deadline that follows another body's schedule or plan: «по графику ИРО», «по плану работы МКУ «ИМЦ»»,
 * «в соответствии с планом-графиком ГАУ ДПО «ЗИРО»», «по графику проведения ярмарок». The deadline names whose
 * schedule it is (its owner), and a narrow deadline cell wraps that name onto lines of its own: a body's
 * abbreviation, its legal form and its name in quotes, or what the schedule is of in the genitive. Read word by word
 * by scheduleOwner.
 */

/**
 * A schedule's or a plan's noun in the cases «по», «согласно» and «в соответствии с» govern («по графику», «согласно
 * плану», «в соответствии с планом-графиком»): a deadline's words. Its other cases are a name's or a result's («плана
 * работы», «график утверждён»).
 */
export const SCHEDULE_NOUN = /^(?:плану|планом|графику|графиком|плану-графику|планом-графиком|расписанию|расписанием)$/iu;

/**
 * An adjective before a schedule's noun says which schedule it is, and no owner follows: «по отдельному графику»,
 * «по утверждённому плану», «в соответствии с индивидуальным планом» (the dative's and the instrumental's endings).
 */
export const SCHEDULE_ADJECTIVE = /^\p{Ll}+(?:ому|ему|ым|им)$/u;

/**
 * A body's legal form: its name follows it («ГАУ ДПО» / «Институт развития образования»», «МКУ «ИМЦ»»). State and
 * municipal institutions («ГАУ», «ГАОУ», «ГБУ», «МКУ», «МБОУ», «ФГБОУ», «ОГАУ», «КГБУ»), their kind of education
 * («ДПО», «ВО», «СПО»), a region's letters after it («СО»), a non-profit's «АНО».
 */
export const LEGAL_FORM = /^(?:[ОК]?Ф?Г[АБК]?[ОНП]?[ОУ]?У|М[АБК][ДО]?[ОУ]?У|АНО|ЧОУ|ДПО|ВО|СПО|СО)$/u;

/**
 * A body's abbreviation that is its name: two capitals or more, lower-case letters between them allowed
 * («ИРО», «ИМЦ», «РУМО», «ЗИРО», «ЮУрГГПУ»).
 */
export const BODY_ABBREVIATION = /^[А-ЯЁ](?:[А-ЯЁа-яё]*[А-ЯЁ])$/u;

/**
 * A word in the genitive, in lower case: the genitive's endings, and «ог» for «-ого» broken at a narrow cell's edge
 * («методическог» / «о кабинета»). The endings are a nominative plural's as well («методисты», «педагоги»): a word
 * in them opens an owner only where OWNER_HEAD names it, and only goes on one that did.
 */
export const GENITIVE = /^\p{Ll}[\p{Ll}-]*(?:а|я|ы|и|ов|ев|ей|ий|ок|ого|его|ог|ых|их)$/u;

/**
 * The words a schedule's owner in lower case opens with: what the schedule is of, the work or the event («работы»,
 * «проведения ярмарок», «заседаний», «аттестации», «учебного процесса вуза»), or the body whose it is
 * («министерства образования области», «института», «вузов», «методического кабинета»). Stems, read in the genitive
 * alone (GENITIVE).
 */
export const OWNER_HEAD = /^(?:работ|проведени|заседани|аттестаци|обучени|повышени|курс|министерств|департамент|управлени|комитет|отдел|институт|университет|академи|вуз|колледж|центр|кабинет|объединени|учебн|методическ|научно-методическ|информационно-методическ|педагогическ|процесс|ярмар|конкурс|мероприяти|школ|ассоциаци|организаци|учреждени|образовательн|образовани)/u;

/**
 * Genitives that are no schedule's owner: a source of funding's («средства областного бюджета», «муниципального
 * бюджета», «без финансирования»), printed in a column of its own that text in drawing order may give right after
 * the deadline's lines, and the calendar's, which are the deadline's own words whoever its owner.
 */
export const NOT_OWNER = /^(?:бюджет\p{L}*|средств\p{L}*|внебюджетн\p{L}*|финансировани\p{L}*|софинансировани\p{L}*|областн\p{L}*|муниципальн\p{L}*|федеральн\p{L}*|местн\p{L}*|краев\p{L}*|республиканск\p{L}*|районн\p{L}*|собственн\p{L}*|год[аов]*|месяц\p{L}*|квартал\p{L}*|полугоди\p{L}*|недел\p{L}*|декад\p{L}*|числа|дня|дней|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/iu;
