/**
 * What a plan's result cell says and an executors' cell never does. Executors name bodies, positions and persons:
 * nouns in the nominative with their genitives («Отдел образования администрации округа»), no verb and no figure. A
 * result states what was done or made: a predicate («модель утверждена», «проведено не менее 6 встреч», «реестр
 * обновляется», «практику прошли все студенты»), a target's figure («не менее 80 %»), or the thing made, a document or
 * a product («аналитический отчёт», «договоры о целевом обучении»). Where two multi-line cells meet in text without
 * cells (Writer's drawing order, each cell's lines together), the result's first lines, in lower case, read on as
 * well from the executors' last line as from nothing: these words say whose they are.
 * validate/text/outputPatterns.ts judges whether a result can be checked; this catalogue tells a result's words from
 * an executor's, so it leaves out what executors share with results (numbers: «СОШ № 1»; «сайт», «программа» in a
 * body's name).
 */

/**
 * A predicate in lower case: a short passive participle or adjective («утверждена», «проведено», «обеспечены»,
 * «сформирован», «принят», «открыто», «доступен»), a verb in the present («обновляется», «получают», «участвуют»)
 * or the past plural («прошли», «получили»). Three letters at least before the ending keep short nouns out («план»,
 * «член»); nouns the endings would catch are listed apart (NOT_PREDICATES). Negated, it states nothing done: «не
 * требуется» is a funding source's or a note's word.
 */
const PREDICATE = /(?<![\p{L}-])(?<!(?<!\p{L})не\s+)(\p{Ll}{3,}(?:[еёая]н|[яы]т)[аоы]?|\p{Ll}{2,}(?:[ая]ется|ется|[ая]ются|ются|[иа]тся|ится|ятся|[аяуе]ют|ают|[ауыи]ли|шли))(?![\p{L}-])/gu;

/** Nouns with a participle's ending («органы местного самоуправления», «ветераны труда»). */
const NOT_PREDICATES = /^(?:орган|охран|стран|экран|ветеран|роман|замен|арен|сцен|времен|имен|племен|семен|знамен)[аоы]?$/u;

/** A target's figure: a comparison to a number, a share. «не реже», «не позднее» are a deadline's words. */
const FIGURE = /(?<!\p{L})не\s+(?:менее|более|ниже|выше)(?!\p{L})|\d\s*%|(?<!\S)%/u;

/**
 * Things an item makes or gives, in the nominative, as a result's first word: documents and products, payments, a
 * share or a reach. Only the forms a result opens with: «отчёта», «плана» are a name's words («Подготовка отчёта»).
 */
const PRODUCT = /^(?:отч[её]ты?|справк[аи]|доклады?|приказы?|протоколы?|постановлени[ея]|положени[ея]|решени[ея]|договоры?|соглашени[ея]|заявк[аи]|модель|реестр|банк|баз[аы]|перечень|график|план-график|планы?|прогноз|информаци[яи]|сведения|публикаци[яи]|удостоверения|сертификаты?|акты?|записка|отзывы?|рекомендации|резолюци[яи]|памятк[аи]|буклеты?|сборники?|компенсаци[яи]|выплат[аы]|пособие|надбавк[аи]|доля|охват|участие|количество|число)(?!\p{L})/u;

/** The text holds a predicate in lower case (see PREDICATE). */
export function holdsPredicate(text: string): boolean {
  for (const m of text.matchAll(PREDICATE)) if (!NOT_PREDICATES.test(m[1])) return true;
  return false;
}

/** The text holds a target's figure («не менее 40», «100 %»). */
export function holdsFigure(text: string): boolean {
  return FIGURE.test(text);
}

/** The line opens in lower case with a thing an item makes («модель», «аналитический отчёт» is an adjective first). */
export function opensWithProduct(line: string): boolean {
  return PRODUCT.test(line.trim());
}

/**
 * The text says what a result says and executors never do: a predicate, a target's figure, or a line that opens with
 * a product in lower case.
 */
export function readsAsOutcome(lines: readonly string[]): boolean {
  return lines.some((l) => holdsPredicate(l) || holdsFigure(l) || opensWithProduct(l));
}
