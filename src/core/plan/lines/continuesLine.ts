import { MONTH_WORD } from "../deadline/months";
import { completesDeadlineWord } from "./brokenWords";
import { isBareConsent, opensParty } from "./lineEvidence";
import { opensWithFunding } from "./fundingWords";
import { opensWithProduct } from "./outcomeWords";
import { announcesList, endsListItem, opensListItem, opensNextItem } from "./listItems";

/**
 * How wrapped lines of one cell follow each other. A line that ends in a hyphen, a comma or a word that cannot end a
 * phrase (a preposition, a conjunction) is cut in the middle, so the next line of its cell continues it; a line
 * that starts in lower case continues something. These judge whether two lines are one cell's neighbours.
 * A comparative needing its figure counts as open too: «не менее» / «70 %».
 */
const OPEN_WORDS = new Set(["и", "или", "а", "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "от", "до", "для", "из", "за", "при", "под", "над", "без", "через", "между", "по", "у", "не", "а также", "также", "как", "что", "их", "его", "её", "менее", "более"]);

/** A line that ends with a person's name: initials and surname either way round. */
const PERSON_END = /([А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)$/u;

const LETTER = /\p{L}/u;
const OPEN_PUNCTUATION = new Set([",", "(", "«", "„", "–", "—", "-"]);

/**
 * A straight quote is the same character open and closed (a legal system's text and typed executors use it: «ГАУ ДПО
 * "ЗИРО"»): at the line's end it opens a name only where it is odd, the line's quotes not pairing up («ГАУ ДПО "»).
 */
function endsOpeningStraightQuote(t: string): boolean {
  if (!t.endsWith('"')) return false;
  let count = 0;
  for (const ch of t) if (ch === '"') count++;
  return count % 2 === 1;
}

/**
 * An organisation's legal form, abbreviated, as the line's last word («МКУ», «ГАУ ДПО», «МБОУ СОШ»): the body's name
 * follows it («МКУ» / «Методический кабинет»»), in the same cell.
 */
const LEGAL_FORM = /^(?:[МГ][АБК]?(?:Д|П)?О?У|ФГ[АБ]ОУ|[ОК]Г[АБК]У|ГУП|МУП|АНО|ДПО|СОШ|ООШ|ЦДО)$/u;

/**
 * The line stops mid-phrase: the same cell must go on. Read from the end by hand: the lines reader asks this of the
 * same lines thousands of times, and a regular expression anchored at the end is tried from every position.
 */
export function endsOpen(line: string): boolean {
  const t = line.trimEnd();
  if (OPEN_PUNCTUATION.has(t[t.length - 1]) || endsOpeningStraightQuote(t)) return true;
  let start = t.length;
  while (start > 0 && LETTER.test(t[start - 1])) start--;
  if (start === t.length) return false;
  const last = t.slice(start);
  return LEGAL_FORM.test(last) || (OPEN_WORDS.has(last.toLowerCase()) && !closesComparison(t.slice(0, start), last)) || opensCompoundPreposition(t.slice(0, start), last);
}

/** «и более», «или менее» close what they compare («1,5 ставки и более», «5 лет и менее»); «не менее» asks for a figure. */
function closesComparison(before: string, last: string): boolean {
  return /^(?:более|менее)$/iu.test(last) && /^(?:и|или)$/iu.test(lastWordOf(before));
}

/** The last word of `text` (empty where it has none). */
function lastWordOf(text: string): string {
  return text.trimEnd().split(/\s+/).pop() ?? "";
}

/**
 * Compound prepositions by their last word and the word before it («в течение»). («не позднее», «по мере» so too were
 * tried: a row-by-row reading then parted «по мере» from its «необходимости» three lines further, roadmap-2026's
 * copies and olkhovsky-2028's text each lost a deadline or two.)
 */
const COMPOUND_PREPOSITIONS: ReadonlyMap<string, string> = new Map([["течение", "в"], ["течении", "в"]]);

/** `last` ends a compound preposition after the text `before` it: the phrase it opens goes on. */
function opensCompoundPreposition(before: string, last: string): boolean {
  const first = COMPOUND_PREPOSITIONS.get(last.toLowerCase());
  return first !== undefined && lastWordOf(before).toLowerCase() === first;
}

/**
 * The line ends on a position that names no body yet («руководители» / «ОО»): in a row's executors' cell the body
 * follows on the next line. The row reader weighs it (cellContinuation); readers that cut lines of other texts do not.
 */
export function endsOnBodilessPosition(line: string): boolean {
  const m = /(\p{L}+)\s*$/u.exec(line);
  return m !== null && POSITION_OF.has(m[1].toLowerCase()) && !QUALIFIED.test(line.slice(0, m.index).trimEnd());
}

/**
 * continuation, with a line ending on a bodiless position open: its body follows. A body after a position is in the
 * genitive («начальник» / «отдела кадров», «руководители» / «образовательных организаций»), in lower case: the surest
 * continuation there is. Capitalised, only a name that does not decline can be its body (an abbreviation: «руководители»
 * / «ОО», a name in quotes, a number); that line may as well open the next party («начальник» / «РМО; Совет»), so it
 * gains less than a genitive, which a reading may otherwise leave to a neighbouring cell's wrapped line. An ordinary
 * capitalised word is a nominative: the next party.
 */
export function cellContinuation(prev: string, next: string): number {
  if (!endsOnBodilessPosition(prev) || endsOpen(prev)) return continuation(prev, next);
  if (startsMidPhrase(next)) return GENITIVE_BODY;
  if (INDECLINABLE_BODY.test(next.trim())) return 0.5;
  return continuation(prev, next);
}

/** What a lower-case line after a bodiless position gains: as sure as initials after a surname (continuation). */
const GENITIVE_BODY = 2;
/** A body's name that does not decline: an abbreviation («ОО», «МКУ»), a name in quotes, a number («№ 3»). */
const INDECLINABLE_BODY = /^(?:[«"„\d№]|[А-ЯЁ]{2,}(?!\p{Ll}))/u;

/** An adjective in the nominative before a position makes it whole («классные руководители», «главный специалист»). */
const QUALIFIED = /\p{L}(?:ые|ие|ый|ий|ой|ая|ее|ое)$/u;

/**
 * Positions that name whose they are after them («руководители» / «ОО», «заместитель» / «начальника управления»): an
 * executors' line ending with one goes on in the same cell.
 */
const POSITION_OF = new Set(["руководители", "руководитель", "заместители", "заместитель", "начальник"]);

/**
 * The line ends with an adjective («педагогических», «муниципального», «квалификационные», «профсоюзной»): in a
 * plan's wording the noun it qualifies usually follows, on the next line of the same cell. Endings nouns share are
 * left out («-ей» of «детей», «-ие» of «обучение», «-ой» of «работой»).
 */
const ADJECTIVE_END = /\p{L}{3,}(ых|их|ого|его|ому|ему|ыми|ими|ым|им|ые|[кгхжшщч]ие|ая|яя|ое|ую|[нкмвч]ой)$/u;

export function endsWithAdjective(line: string): boolean {
  return ADJECTIVE_END.test(line.trim());
}

/**
 * Quotes the line opens and does not close («Центр развития → 1), or closes without opening (образования» → −1). A
 * cell's quotes balance: a cell that ends inside a quote was cut, and a closing quote belongs to the cell that opened
 * it — the strongest sign of which cell a wrapped name of a body («Педагог / года») goes on in.
 */
export function quoteBalance(line: string): { readonly depth: number; readonly low: number } {
  let depth = 0;
  let low = 0;
  for (const ch of line) {
    // Only the guillemets: “ closes a Russian „…“ and opens an English “…”.
    if (ch === "«") depth++;
    else if (ch === "»") low = Math.min(low, --depth);
  }
  return { depth, low };
}

/** The line reads as the rest of a sentence: lower case first, or closing punctuation and brackets first. */
export function startsMidPhrase(line: string): boolean {
  return /^[\p{Ll}),.;:»]/u.test(line.trim());
}

/**
 * The line cannot open a cell of executors: it starts with a preposition or a conjunction in lower case («для
 * педагогов…», «и молодых специалистов»), or with an adjective in an oblique case («педагогических работников…»,
 * «муниципального округа», «дорожной карты»). An executors' cell names bodies, positions and persons in the nominative, and where it
 * opens in lower case it is with a position («руководители ОО», «заместители директоров»); such a line goes on
 * another cell.
 */
const NO_EXECUTOR_START = /^(?:(?:для|по|на|в|во|с|со|о|об|из|к|ко|при|за|от|через|между|и|или|а|но|что|как|также)\s|\p{Ll}\p{L}+(?:ых|их|ого|его|ому|ему|ыми|ими|ной|ней)(?!\p{L}))/u;

/**
 * Adjectives whose stressed «-ной» is the masculine nominative as well («областной бюджет», «окружной», «основной»):
 * a body's or a funding source's first word as often as the rest of a phrase; other «-ной», «-ней» are an oblique case
 * of the feminine («дорожной карты», «средней школы»).
 */
export const NOMINATIVE_IN_OI = /^(?:областн|окружн|основн)ой(?!\p{L})/u;

/** The line opens with an adjective in an oblique case in lower case («образовательных организаций»): the rest of a phrase, no cell's opening. */
export function opensWithObliqueAdjective(line: string): boolean {
  const t = line.trim();
  return OBLIQUE_ADJECTIVE_FIRST.test(t) && !NOMINATIVE_IN_OI.test(t);
}

const OBLIQUE_ADJECTIVE_FIRST = /^\p{Ll}\p{L}+(?:ых|их|ого|его|ому|ему|ыми|ими|ным|ной|ней)(?!\p{L})/u;

export function opensNoExecutorCell(line: string): boolean {
  const t = line.trim();
  return NO_EXECUTOR_START.test(t) && !NOMINATIVE_IN_OI.test(t);
}

/**
 * The line opens with a title in quotes («Педагогический дебют», «Первые шаги»): the name a club, a contest or a school
 * goes by, printed after the noun it names («конкурсе» / «Педагогический дебют»). An executors' cell gives a body's
 * name in quotes only after its legal form («МКУ» / «Методический центр»»), so no executors' cell opens with one.
 */
export function opensWithTitle(line: string): boolean {
  return /^[«„]/u.test(line.trim());
}

/**
 * A line that ends an executor whole with no separator after it: a body's abbreviation («руководители ОО», «по
 * УВР»), a closing quote or bracket («МКУ «Централизованная бухгалтерия»», «(по согласованию)»), initials («(Крылова
 * И.П.)»). Another executor after it comes capitalised or as a position; a line in lower case after it is the next
 * cell's (a result, a source of funding: «не требуется», «прогноз потребности»).
 */
const PARTY_END = /(?:(?<!\p{L})[А-ЯЁ]{2,}|[»)]|(?<!\p{L})[А-ЯЁ]\.)$/u;
/**
 * A lower-case line that may open an executor: a position, or an adjective in the nominative («классные
 * руководители», «методические объединения»). An adjective ends in -ие only after к, г, х or a hissing consonant
 * («городские», «общие»): «пособие», «обучение», «участие» are nouns, a result's words.
 */
const OPENS_EXECUTOR = /^(?:руководител|методист|директор|заместител|начальник|специалист|главн|ведущ|инспектор|педагог|ответственн|председател|член|\p{L}+(?:ые|[кгхжшщч]ие|ое|ый|ий)(?!\p{L}))/u;

/** A line in lower case that may open a cell of executors: a position («руководители ОО»), a nominative adjective. */
export function opensExecutor(line: string): boolean {
  return OPENS_EXECUTOR.test(line.trim());
}

/** `next` cannot carry on an executors' cell whose line `prev` ended an executor whole (see PARTY_END). */
export function endsExecutorBefore(prev: string, next: string): boolean {
  const t = next.trim();
  // The consent bare on its own line notes the party above it («ИРО» / «по согласованию»), and ends it.
  return (PARTY_END.test(prev.trim()) || isBareConsent(prev)) && /^\p{Ll}/u.test(t) && !OPENS_EXECUTOR.test(t) && !isBareConsent(t);
}

/** A position that is a whole party by itself, its body left unsaid («методист», «ведущий инспектор»). */
const WHOLE_POSITION = /^(?:(?:главный|ведущий|старший)\s+)?(?:методист|директор|инспектор|специалист|педагог-психолог)$/iu;

/**
 * `next` opens the next party of an executors' cell whose line `prev` ended one whole: officials type a cell's parties
 * one to a paragraph («УО» / «Совет молодых педагогов», «методист» / «МКУ «Центр развития образования»»), so the line
 * after a whole party that names a body or a position is that cell's next paragraph, however short the line before.
 */
export function opensNextParty(prev: string, next: string): boolean {
  const p = prev.trim();
  // A title in quotes first («Педагог года»») is a name's last line (opensWithTitle), no party, whatever follows it;
  // a quote or a bracket closed that the line did not open («системы образования округа»», «(ежеквартальн» / «о)»)
  // may close a name's title or a deadline's remark as well as a party, and the body named after it is no party's
  // then (in the name: «… округа»» / «Управление …»). Initials close a person's bracket wherever it opened.
  const closedHere = (p.endsWith("»") ? p.includes("«") : true) && (p.endsWith(")") ? p.includes("(") || /[А-ЯЁ]\.\)$/u.test(p) : true);
  const ended = PARTY_END.test(p) && !opensWithTitle(p) && closedHere;
  return (ended || WHOLE_POSITION.test(p)) && opensParty(next);
}

/**
 * `next` opens the next party of an executors' cell whose party so far ends on `prev`, a body's name ending on a noun in
 * lower case («Отдел образования» / «администрации» / «района», «Комитет по управлению» / «муниципальным имуществом»):
 * officials type each party on a paragraph of its own, and the next one opens capitalised with a body, its abbreviation
 * or a position («Отдел образования», «МКУ «Централизованная бухгалтерия»», «Совет молодых педагогов»). The line
 * before names no whole party by itself: only the cell's first line says there is one (see localScorer), and a
 * deadline's or a name's tail in the genitive («по мере поступления» / «заявлений», «других муниципальных» /
 * «образований») before a body opens no executors' cell. An open line, an adjective or a position without its body
 * («руководители») at the end is no party's end.
 */
export function opensPartyAfterBody(prev: string, next: string): boolean {
  const p = prev.trim();
  return BODY_NOUN_END.test(p) && !endsOpen(p) && !endsWithAdjective(p) && !endsOnBodilessPosition(p) && /^\p{Lu}/u.test(next.trim()) && opensParty(next);
}

/** A line ending on a word in lower case, a noun as a body's name ends («района», «образования», «имуществом»). */
const BODY_NOUN_END = /(?<!\p{L})\p{Ll}{3,}$/u;

/**
 * A capitalised adjective in an oblique case first («Озёрского муниципального округа»): a place's name in the genitive,
 * the rest of a name or a result wrapped; no party opens with one, parties being named in the nominative.
 */
const OBLIQUE_ADJECTIVE_CAPITAL = /^\p{Lu}\p{Ll}+(?:ого|его|ому|ему|ых|их|ыми|ими)(?!\p{L})/u;

/**
 * `next` is no more of an executors' cell whose line `prev` ended an executor whole: a line in lower case that opens
 * no executor (endsExecutorBefore), or a capitalised adjective in an oblique case, which neither goes on a whole party
 * («(Ситникова О.В.)» / «Озёрского») nor opens another; or a line of another cell's words after a body's name or a
 * whole party (opensNoPartyWords).
 */
export function endsExecutorsCellBefore(prev: string, next: string): boolean {
  return endsExecutorBefore(prev, next) || (PARTY_END.test(prev.trim()) && OBLIQUE_ADJECTIVE_CAPITAL.test(next.trim())) || opensNoPartyWords(prev, next);
}

/**
 * A noun in the nominative in lower case first: a verbal noun or a noun of quality («соответствие штатной
 * численности…», «потребность рассчитана…», «обучение прошли…»), as a result opens. A body's name goes on in an
 * oblique case («образования», «администрации», «имуществом»). The few bodies named by such a noun («Финансовое» /
 * «управление», «районное методическое» / «объединение») are left out. «-ние» after a vowel only: «средние»,
 * «последние» are adjectives.
 */
const NOMINATIVE_NOUN_FIRST = /^(?!(?:управление|объединение|учреждение|отделение)(?!\p{L}))\p{Ll}+(?:[аеяё]ние|тие|ствие|ость)(?!\p{L})/u;

/** The line opens with a verbal noun or a noun of quality in lower case, in the nominative (NOMINATIVE_NOUN_FIRST). */
export function opensWithNominativeNoun(line: string): boolean {
  return NOMINATIVE_NOUN_FIRST.test(line.trim());
}

/** An adjective in the nominative at the line's end, its noun to follow («федеральный» / «бюджеты», «Финансовое»). */
const NOMINATIVE_ADJECTIVE_END = /\p{L}{2,}(?:ый|[кгхжшщч]ий|ой|ые|[кгхжшщч]ие|ое|ая|яя)$/u;

/**
 * `next` carries on no executors' cell whose party so far ends on `prev`: after a body's name ending on a noun
 * («Отдел образования» / «администрации района», «руководители» / «общеобразовательных организаций») or a party
 * ended whole (PARTY_END), a line in lower case that names no party and goes on no name, as the next column's first
 * line does: a noun in the nominative (NOMINATIVE_NOUN_FIRST), a thing made (opensWithProduct: «доля», «отчёт»), a
 * source of funding (opensWithFunding). Officials list the executors' parties, each named whole; text in drawing order puts
 * the result's or the funding's first line, in lower case, right under the last party.
 */
export function opensNoPartyWords(prev: string, next: string): boolean {
  const p = prev.trim();
  const t = next.trim();
  const partyEnded = PARTY_END.test(p) || (BODY_NOUN_END.test(p) && !endsOpen(p) && !endsWithAdjective(p) && !NOMINATIVE_ADJECTIVE_END.test(p) && !endsOnBodilessPosition(p));
  return partyEnded && (NOMINATIVE_NOUN_FIRST.test(t) || (/^\p{Ll}/u.test(t) && opensWithProduct(t)) || opensWithFunding(t));
}

/** The line ends a sentence or a list: nothing in the same cell needs to follow. */
export function endsClosed(line: string): boolean {
  return /[.;!?»)]$/u.test(line.trim());
}

/**
 * How well `next` continues `prev` inside one cell: positive when the wrap reads through, negative when `next`
 * opens something new after a complete phrase. Capitalised continuations are common (names of bodies, «Педагог
 * года»), so they cost little.
 */
export function continuation(prev: string, next: string): number {
  // A surname at the end and initials first: one person's name, cut by the wrap (in brackets too: «(Белова» / «Л.Г.)»).
  if (/(^|[\s,;(])[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$/u.test(prev.trim()) && /^[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(next.trim())) return 2;
  // A person's full name closes a phrase: a lower-case genitive after it («А.В. Новикова» / «образования») belongs
  // to another cell; a position after a name comes after a comma or on its own line, in the nominative.
  if (PERSON_END.test(prev.trim()) && /^\p{Ll}/u.test(next.trim()) && !/^(методист|директор|заместитель|начальник|специалист|главный|ведущий|инспектор|педагог|руководитель)/u.test(next.trim())) return -0.8;
  // A deadline's word broken at a narrow column's edge before a rest that is a word too («необходимост» / «и»): as
  // sure as a word's rest that is none (REST_OF_WORD), the rest no conjunction of the next cell.
  if (completesDeadlineWord(prev, next)) return 3;
  // A list's item under the phrase that announces it, or after the item before it: the same cell's next paragraph.
  if (opensListItem(next)) {
    if (announcesList(prev) || opensNextItem(prev, next)) return LIST_ANNOUNCED;
    if (endsListItem(prev)) return LIST_GOES_ON_ITEM;
  }
  // A deadline broken where no deadline ends («не позднее» / «01.12.2028»): the next line carries it on.
  if (endsOpen(prev) || deadlineGoesOn(prev, next)) return startsMidPhrase(next) || /^[«"„\p{Lu}\d]/u.test(next.trim()) ? 1.5 : 0.5;
  if (startsMidPhrase(next)) return 1;
  // A body's noun capitalised in the genitive after a noun in lower case is that noun's complement («на официальном
  // сайте» / «Управления образования», «по поручению» / «Министерства»): the wrap reads through as a lower-case one does.
  if (GENITIVE_BODY_FIRST.test(next.trim()) && BODY_NOUN_END.test(prev.trim())) return GENITIVE_COMPLEMENT;
  // So is a place's name in the genitive after a noun, a body's capitalised too («Администрация» / «Ольховского
  // района», «Министерство образования» / «Ольховской области» is not: «-ой» is a nominative's as well): no cell opens
  // with one (OBLIQUE_ADJECTIVE_CAPITAL). A whole party before it (PARTY_END: «ОО», «»», initials) ends there.
  if (OBLIQUE_ADJECTIVE_CAPITAL.test(next.trim()) && NOUN_END.test(prev.trim()) && !PARTY_END.test(prev.trim()) && !PERSON_END.test(prev.trim())) return GENITIVE_COMPLEMENT;
  // A title in quotes after a noun in lower case names it (opensWithTitle); after a position it would open a party.
  if (opensWithTitle(next) && TITLED_NOUN_END.test(prev.trim()) && !POSITION_END.test(prev.trim())) return TITLE_AFTER_NOUN;
  return endsClosed(prev) ? -0.3 : -0.6;
}

/**
 * An item after the colon that announces its list, or after the item before it when that took one line, goes on as
 * surely as a phrase cut mid-way (endsOpen).
 */
const LIST_ANNOUNCED = 1.5;
/** An item after an item ended with «;»: a list goes on, though an executors' cell may end a party so too. */
const LIST_GOES_ON_ITEM = 0.5;

/**
 * A body's noun capitalised in the genitive singular first («Управления», «Комитета», «Министерства»): an executors'
 * cell names its parties in the nominative (none of the official plans' executors opens a party so), so such a line
 * after a noun is the rest of a name's or a result's phrase about the body. «Управления», «Администрации» are plurals
 * in the nominative as well: the line before decides (continuation).
 */
const GENITIVE_BODY_FIRST = /^(?:Управления|Комитета|Министерства|Отдела|Департамента|Администрации|Центра|Совета|Правительства|Института|Университета)(?!\p{L})/u;
/** A line ending on a word of three letters or more, in either case, with no punctuation after it. */
const NOUN_END = /(?<!\p{L})\p{L}\p{Ll}{2,}$/u;
/** What a body's genitive after a noun gains (continuation): as much as a line going on after an open one. */
const GENITIVE_COMPLEMENT = 1.5;

/** A line ending on a word in lower case: a noun a title in quotes may name («конкурсе», «педагога», «клуба»). */
const TITLED_NOUN_END = /(?<!\p{L})\p{Ll}{3,}$/u;
/** A position ending the line («методист», «директор»): what follows in quotes is another party, not its title. */
const POSITION_END = /(?<!\p{L})(?:методист|директор|заместитель|начальник|специалист|инспектор|педагог-психолог|руководител[ьи]|председатель|наставник[и]?)$/iu;
/** What a title in quotes gains after a noun (continuation): less than a line in lower case, which surely goes on. */
const TITLE_AFTER_NOUN = 0.5;

const MONTH = MONTH_WORD;
/**
 * A deadline wrapped in its narrow column, each break at a place no deadline ends: after a day without its month
 * («ежегодно до 1» / «сентября», «до 10» / «числа»), before the year of a date or a month («до 25 декабря» / «2025
 * года», «IV квартал» / «2027 г.»), before the year's word («2027» / «г.», «года – январь»), after «в течение»,
 * before the month a part of it names («третья декада» / «января»).
 */
const DEADLINE_BREAKS: readonly { readonly end: RegExp; readonly start: RegExp }[] = [
  { end: /(?<!\d[.,]?)(?<![\d.])\b\d{1,2}$/u, start: new RegExp(`^(числа|${MONTH})(?!\\p{L})`, "iu") },
  { end: new RegExp(`(${MONTH}|квартал[аы]?|полугоди[ея])$`, "iu"), start: /^(20\d\d(?!\d)|\d{2}\s*(г\.|года?(?!\p{L})))/u },
  { end: /(?<!\d)20\d\d$/u, start: /^(г\.|гг\.|год[аы]?)(?!\p{L})/iu },
  { end: /(?<!\p{L})в течени[еи]$/iu, start: /^(года|учебного|календарного|месяца|квартала|полугодия|периода|всего|\d)/u },
  { end: /(?<!\p{L})не (позднее|ранее)$/iu, start: new RegExp(`^(\\d|${MONTH}|конца|начала|окончания)`, "iu") },
  { end: /(?<!\p{L})по мере$/iu, start: /^(необходимост|поступлени|готовност|потребност)/u },
  { end: /(?<!\p{L})(?:декад[аеуы]|конец|конца|начало|начала|середина|середины)$/iu, start: new RegExp(`^${MONTH}`, "iu") },
];

/** `next` carries on a deadline `prev` broke off. */
export function deadlineGoesOn(prev: string, next: string): boolean {
  const a = prev.trim();
  const b = next.trim();
  return DEADLINE_BREAKS.some((r) => r.end.test(a) && r.start.test(b)) || completesDeadlineWord(a, b);
}
