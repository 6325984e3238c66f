import { namesTermFromEvent, parseDeadline } from "../deadline";
import type { PlanKey } from "../columns/columnCatalogue";
import { readsAsOutcome } from "./outcomeWords";

/** The columns a loose line can belong to: the number is read off the row's first line, never assigned. */
export type TextColumn = Exclude<PlanKey, "number">;
export const TEXT_COLUMNS: readonly TextColumn[] = ["name", "responsible", "deadline", "result"];

export type ColumnScores = Readonly<Record<TextColumn, number>>;

/**
 * What one line of a plan says about its column, by its content alone: a catalogue of clues, each adding weight to
 * some columns and taking it from others. The line is never decided here: the row's layout (assignColumns) weighs
 * these clues together with the order of the columns and the way wrapped cells continue.
 */
interface Clue {
  readonly why: string;
  readonly test: (line: string) => boolean;
  readonly weights: Partial<ColumnScores>;
}

const PERSON = /[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+/u;
/** Initials that open a line: the rest of a person's name whose surname ended the line before («Фёдорова» / «О.С., …»). */
const INITIALS_FIRST = /^[А-ЯЁ]\.\s?[А-ЯЁ]\.(?=[,;)\s]|$)/u;
/** A position named after a comma inside the line («Волкова М.Ю., главный специалист»). */
const POSITION_AFTER_COMMA = /,\s*(методист|директор|заместител[ьи](?!\p{L})|начальник(?!\p{L})|специалист(?!\p{L})|главн\S+ специалист|ведущ\S+ (специалист|инспектор)|инспектор|педагог-психолог|руководител[ьи](?!\p{L}))/iu;
/** An abbreviation of a body ("ИРО", "МКУ «ЦРО»", "РМО,"), or one such word alone on its line. */
const ABBREVIATION = /^(?:[А-ЯЁ]{2,}[а-яё]?[А-ЯЁ]*)(?:[\s,;]|$)/u;
/**
 * A body named first, in the nominative: an executors' cell names its parties so. An oblique case («с Министерством»,
 * «Управлению образования») is a name's or a result's words about the body. A service («пресс-служба министерства»)
 * is named in lower case as often as not, as the bodies of many parties in one cell are.
 */
const ORGANISATION = /^(?:(?:Отдел|Отделы|Управление|Управления|Департамент|Комитет|Министерство|Администрация|Администрации|Центр|Совет)(?!\p{L})|[Оо]бразовательн(ые|ая) организаци[яи](?!\p{L})|(?:[Пп]ресс-)?[Сс]лужба(?!\p{L}))/u;
/**
 * Bodies' plurals in the nominative that are the singular's genitive as well («Управления», «Администрации»): a party
 * opens so seldom (none of the official plans' 483 executors' cells does), a name's or a result's phrase about one
 * body goes on so often («на сайте» / «Управления образования»). They weigh for the executors less than a body surely
 * named in the nominative.
 */
const GENITIVE_TOO = /^(?:Управления|Администрации)(?!\p{L})/u;
/**
 * Positions as a cell names them, in the nominative (a name's continuation says "руководителей"); a body's members
 * too («члены рабочей группы», «члены комиссии»: the name's words say «членов»), and the heads of bodies («главы
 * муниципальных районов»: a name says «с главами», «главам»).
 */
const POSITION = /^(руководител[ьи](?!\p{L})|глав[аы](?!\p{L})|члены?(?!\p{L})|методист|директор|заместител[ьи](?!\p{L})|начальник(?!\p{L})|специалист(?!\p{L})|главн\S+ специалист|ведущ\S+ (специалист|инспектор)|инспектор|педагог-психолог|ответственн)/iu;
/** A result's wording first; a target's figure wrapped after its «не» («не» / «менее 70 %») counts as one. */
const RESULT = /^(проведен[аоы]?(?!\p{L})|подготовлен|разработан|утвержд[её]н|создан[аоы]?(?!\p{L})|сформирован|обеспечен[аоы]?(?!\p{L})|заключен|направлен|размещен|увеличен|повышен|снижен|отч[её]т(?!н(?:ым|ого|ом)(?!\p{L}))|доля|не менее|не более|(менее|более)\s+\d|приказ|справк|аналитическ\S+ (справк|отч)|информаци|протокол|сводн|банк|база|реестр|публикаци|охват|количеств|число|рост|план-график|утвержд[её]нн|\d+\s*%)/iu;
/** An action noun opening an item's name ("Организация", "Проведение", "Мониторинг"). */
const ACTION = /^[А-ЯЁ][а-яё]*(ние|ция|тие|ка|ство|инг|ор|ирование)(?!\p{L})/u;
/**
 * «начал» as in «начало», «в начале года», «срок начала»: not «начальник», a position's word, which goes on executors.
 * A report's deadline «до 10 числа месяца, следующего за отчётным» wraps into lines of its own («следующего за» /
 * «отчётным»): «отчётным» there is no result's «отчёт». An on-demand deadline wraps so too («по мере» / «поступления» /
 * «заявлений», «заявок», «обращений»).
 */
const DEADLINE_WORD = /(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|полугоди|течени|ежемесячн|ежеквартальн|ежегодн|еженедельн|постоянн|числа|года?(?!\p{L})|годы|необходимост|мере|поступлени|заявлени|заявок|обращени|плану|графику|срок|окончани|начал[оаеу]?(?!\p{L})|итогам|запрос|позднее|следующ\p{L}* за(?!\p{L})|за отч[её]тн|^отч[её]тн(?:ым|ого|ом)(?!\p{L})|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4})/iu;

/**
 * A frequency word as an adjective before the noun it qualifies («Проведение ежегодного мониторинга», «Ежемесячная
 * доплата», «с еженедельным обновлением»): a name's or a result's words about a thing, the noun on the next line too
 * where the line ends with it («Назначение ежемесячной» / «стимулирующей выплаты»). A deadline's cell says how often
 * with the adverb («ежегодно, до 1 октября»).
 */
const FREQUENCY_ATTRIBUTE = /(?<!\p{L})(?:ежедневн|еженедельн|ежемесячн|ежеквартальн|ежеполугодн|ежегодн)(?:ый|ий|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ой|ей|ую|юю|ое|ее|ые|ие|ых|их|ыми|ими)(?=\s+\p{L}|\s*$)/giu;

const FREQUENCY_ATTRIBUTE_FIRST = new RegExp(`^${FREQUENCY_ATTRIBUTE.source}`, "iu");

/** The word is a frequency adjective («ежемесячной», «ежегодного»): an attribute of a noun, never a deadline's first word. */
export function isFrequencyAttribute(word: string): boolean {
  return FREQUENCY_ATTRIBUTE_FIRST.test(word.trim());
}

/**
 * Whether the line reads as a deadline, its frequency adjectives that qualify a noun left out (they tell no time); a
 * term counted from an event («в течение 30 дней с даты …») is a deadline cell's words though the parser dates it not.
 */
export function lineReadsAsDeadline(line: string): boolean {
  // A line that is the adjective alone («Ежеквартальный») is a deadline's cell of its own: nothing it qualifies.
  const text = isFrequencyAttribute(line) && !/\s/u.test(line.trim()) ? line : line.replace(FREQUENCY_ATTRIBUTE, "");
  return parseDeadline(text).kind !== "unparsed" || namesTermFromEvent(text);
}

/**
 * Whether the line is a deadline's words and no result's: a result tells how often it comes true («компенсацию
 * получают не менее 5 педагогов ежегодно», «реестр обновляется ежемесячно», «не менее 5 договоров ежегодно»), and the
 * deadline parser reads its frequency, but a deadline cell names a time and states nothing done, no figure, no
 * product (none of the official plans' 421 deadlines does). A line that opens with a deadline is one still: a PDF's
 * text glues a deadline to the result beside it («ежеквартально не менее 8 публикаций в год»).
 */
export function readsAsDeadlineAlone(line: string): boolean {
  return lineReadsAsDeadline(line) && (!readsAsOutcome([line]) || opensWithDeadline(line));
}

/** The line's first words (up to three) read as a deadline. */
function opensWithDeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return [1, 2, 3].some((n) => n < words.length && lineReadsAsDeadline(words.slice(0, n).join(" ")));
}

/**
 * The consent officials print after a body outside their authority, in brackets («ИРО (по согласованию)»), or the
 * piece a narrow cell breaks off («района (по» / «согласованию)»; «(по» alone may open «(по плану…)» as well): an executors' cell's words.
 * It ends one party, not the cell: another may follow it («… (по согласованию) ГАУ ДПО "ЗИРО"», «ИРО (по согласованию),
 * УО»), in the line or in a cell's paragraphs joined.
 */
const CONSENT = /\(по\s+согласовани\p{L}*\)|\(по\s+согласовани\p{L}*$|^\(?(?:по\s+)?согласовани\p{L}*\)/u;

/**
 * The same consent typed bare on a line of its own under the cell's last executor («ИРО» / «по согласованию»). The
 * deadline parser reads it as on demand, and a deadline may say so, but officials print it under executors: no plan of
 * the official fixtures has it as a deadline, seven have it after a body. It weighs for the executors, and for the
 * deadline a little; a row with no other deadline line still gives it the deadline (an empty deadline costs more).
 */
const BARE_CONSENT = /^по\s+согласовани\p{L}*[.,;]?$/iu;

/** The line is the consent alone, bare (BARE_CONSENT): typed on a line of its own, never a wrapped line's rest. */
export function isBareConsent(line: string): boolean {
  return BARE_CONSENT.test(line.trim());
}

/**
 * «В течение» with nothing after it: the rest of the deadline went on a line or a page further. (Taking «не позднее»
 * and «по мере» alone so too was tried: a centred Writer table then read its rows from the wrong lines,
 * lo-docx-pdftotext-stream-centred 22 → 17 of 43.)
 */
const DEADLINE_OPENING = /^в\s+течени[еи]$/iu;

/**
 * «на 2029–2031 годы», «на 2028 год» first: the years a programme, a plan or a forecast is for, the rest of a name
 * («… программы «Учитель для села»» / «на 2029–2031 годы»). No deadline of the official plans opens so (0 of 453);
 * ten of their 483 names hold such years.
 */
const YEARS_COMPLEMENT = /^на\s+\d{4}(?:\s*[–—-]\s*\d{4}|\/\d{4})?\s+(?:год|гг|учебн)/iu;

/** A dash that opens a line before the end of a span («– январь 2027 года», «— 2027 годы»). */
const SPAN_END = /^[–—-]\s*(?=\S)/u;

const CLUES: readonly Clue[] = [
  { why: "a deadline by itself", test: (l) => l.length <= 60 && !BARE_CONSENT.test(l) && !YEARS_COMPLEMENT.test(l) && readsAsDeadlineAlone(l), weights: { deadline: 3, name: -1.5, result: -1, responsible: -1.5 } },
  { why: "the years a plan or forecast is for", test: (l) => YEARS_COMPLEMENT.test(l), weights: { name: 1, deadline: -1 } },
  // «Декабрь 2026 года» / «– январь 2027 года»: a span wrapped in its narrow cell gives its end a line of its own.
  { why: "a span's end after its dash", test: (l) => l.length <= 60 && SPAN_END.test(l) && readsAsDeadlineAlone(l.replace(SPAN_END, "")), weights: { deadline: 3, name: -1.5, result: -1, responsible: -1.5 } },
  // A page or a narrow column breaks a deadline after its opening words («в течение» / «года»): no name or result
  // wraps to leave them alone on a line.
  { why: "a deadline's opening words alone", test: (l) => DEADLINE_OPENING.test(l), weights: { deadline: 2, name: -1, result: -1, responsible: -1.5 } },
  { why: "calendar words in a short line", test: (l) => l.length <= 30 && DEADLINE_WORD.test(l), weights: { deadline: 1 } },
  { why: "neither a calendar word nor a figure", test: (l) => !DEADLINE_WORD.test(l) && !/\d/.test(l), weights: { deadline: -1.5 } },
  { why: "a person with initials", test: (l) => PERSON.test(l), weights: { responsible: 3, name: -1.5, result: -1.5, deadline: -2 } },
  { why: "initials first, their surname on the line before", test: (l) => INITIALS_FIRST.test(l) && !PERSON.test(l), weights: { responsible: 2, name: -1, result: -1.5, deadline: -2 } },
  { why: "a position after a comma", test: (l) => POSITION_AFTER_COMMA.test(l) && !POSITION.test(l), weights: { responsible: 1.5, result: -0.5 } },
  { why: "a body's abbreviation first", test: (l) => ABBREVIATION.test(l), weights: { responsible: 1.5, deadline: -1 } },
  { why: "a body named first", test: (l) => ORGANISATION.test(l) && !GENITIVE_TOO.test(l), weights: { responsible: 1.5 } },
  { why: "a body's plural that is a genitive too first", test: (l) => GENITIVE_TOO.test(l), weights: { responsible: 0.5 } },
  { why: "a position first", test: (l) => POSITION.test(l), weights: { responsible: 2, deadline: -1 } },
  { why: "an executor's consent in brackets", test: (l) => CONSENT.test(l), weights: { responsible: 2, name: -1, result: -1, deadline: -1 } },
  { why: "an executor's consent bare on its line", test: (l) => BARE_CONSENT.test(l), weights: { responsible: 2, deadline: 1.5, name: -1.5, result: -1 } },
  { why: "result wording first", test: (l) => RESULT.test(l), weights: { result: 2, name: -0.5 } },
  // Executors hold no verb and no figure: a line that does is no executors' line (outcomeWords).
  { why: "a result's predicate or figure, or a product first", test: (l) => readsAsOutcome([l]), weights: { responsible: -2, result: 1 } },
  // A body's noun has an action noun's ending («Министерство», «Управление», «Администрация») and names no action.
  { why: "an action noun first", test: (l) => ACTION.test(l) && !ORGANISATION.test(l), weights: { name: 1.5, responsible: -0.5 } },
];

/**
 * Whether a line opens an executor's entry the way executors typed one per line do, in lower case too: a position
 * («методист», «руководители ОО») or a body («образовательные организации»). Capitals open a line of their own anyway.
 */
export function opensExecutorEntry(line: string): boolean {
  const t = line.trim();
  return POSITION.test(t) || ORGANISATION.test(t);
}

/** A line that opens a party as an executors' cell names one: a body, a body's abbreviation («МКУ «ЦРО»», «УО»), a position. */
export function opensParty(line: string): boolean {
  const t = line.trim();
  return POSITION.test(t) || ORGANISATION.test(t) || ABBREVIATION.test(t);
}

/** Clue weights of a line, summed per column. */
export function lineEvidence(line: string): ColumnScores {
  const t = line.trim();
  const out: Record<TextColumn, number> = { name: 0, responsible: 0, deadline: 0, result: 0 };
  for (const clue of CLUES) {
    if (!clue.test(t)) continue;
    for (const [k, w] of Object.entries(clue.weights) as [TextColumn, number][]) out[k] += w;
  }
  return out;
}

/** The column a line alone points to most, or null when no clue speaks for any (tests and diagnostics). */
export function strongestColumn(line: string): TextColumn | null {
  const e = lineEvidence(line);
  const best = TEXT_COLUMNS.reduce((a, b) => (e[b] > e[a] ? b : a));
  return e[best] > 0 ? best : null;
}
